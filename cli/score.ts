/**
 * npm run score -- answers.json [--format json|text|md] [--bank questions/role-fit.en.json]
 * Prints the engine's full result as JSON (the recommendation in `outcome`), a short summary
 * with --format text, or the Markdown summary the app exports with --format md.
 * A bad answers file exits 1 with one line per problem.
 */
import { parseArgs } from 'node:util';
import { buildMarkdownSummary, checkAnswers, evaluate } from '../src/engine';
import { formatTextSummary } from './text-summary';
import { DEFAULT_BANK, loadBankFile, readJson } from './io';

const USAGE = 'usage: npm run score -- <answers.json> [--format json|text|md] [--bank <bank.json>]';

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'json' }, bank: { type: 'string', default: DEFAULT_BANK } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const [file, ...extra] = positionals;
  const format = values.format;
  if (file === undefined || extra.length > 0 || (format !== 'json' && format !== 'text' && format !== 'md')) {
    console.error(USAGE);
    return 2;
  }
  const bankFile = values.bank;
  const loaded = loadBankFile(bankFile);
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(`${bankFile}: ${problem.path}: ${problem.message}`);
    return 1;
  }
  const read = readJson(file);
  if (!read.ok) {
    console.error(`${file}: ${read.message}`);
    return 1;
  }
  const checked = checkAnswers(loaded.bank, read.value);
  if (!checked.ok) {
    for (const error of checked.errors) console.error(`${file}: ${error.question || '(answers)'}: ${error.message}`);
    return 1;
  }
  const result = evaluate(loaded.bank, checked.answers);
  if (format === 'md')
    process.stdout.write(buildMarkdownSummary(loaded.bank, checked.answers, result, { date: new Date() }));
  else console.log(format === 'text' ? formatTextSummary(loaded.bank, result) : JSON.stringify(result, null, 2));
  return 0;
}

process.exitCode = main(process.argv.slice(2));

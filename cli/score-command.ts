/**
 * npm run score -- answers.json [--format json|text|md] [--bank questions/role-fit.en.json]
 * Prints the engine's full result as JSON (the recommendation in `outcome`), a short summary
 * with --format text, or the Markdown summary the app exports with --format md.
 * A bad answers file exits 1 with one line per problem; bad arguments exit 2 with the usage.
 */
import { parseArgs } from 'node:util';
import { buildMarkdownSummary, checkAnswers, evaluate } from '../src/engine';
import { formatTextSummary } from './text-summary';
import { DEFAULT_BANK, loadBankFile, readJson, type CliIo } from './io';

const USAGE = 'usage: npm run score -- <answers.json> [--format json|text|md] [--bank <bank.json>]';

/** Runs `npm run score` on its arguments, writing to `io`; returns the exit code. */
export function runScore(args: readonly string[], io: CliIo): number {
  const fail = (text: string) => io.stderr.write(`${text}\n`);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { format: { type: 'string', default: 'json' }, bank: { type: 'string', default: DEFAULT_BANK } },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const [file, ...extra] = positionals;
  const format = values.format;
  if (file === undefined || extra.length > 0 || (format !== 'json' && format !== 'text' && format !== 'md')) {
    fail(USAGE);
    return 2;
  }
  const bankFile = values.bank;
  const loaded = loadBankFile(bankFile);
  if (!loaded.ok) {
    for (const problem of loaded.problems) fail(`${bankFile}: ${problem.path}: ${problem.message}`);
    return 1;
  }
  const read = readJson(file);
  if (!read.ok) {
    fail(`${file}: ${read.message}`);
    return 1;
  }
  const checked = checkAnswers(loaded.bank, read.value);
  if (!checked.ok) {
    for (const error of checked.errors) fail(`${file}: ${error.question || '(answers)'}: ${error.message}`);
    return 1;
  }
  const result = evaluate(loaded.bank, checked.answers);
  if (format === 'md')
    io.stdout.write(buildMarkdownSummary(loaded.bank, checked.answers, result, { date: new Date() }));
  else
    io.stdout.write(
      `${format === 'text' ? formatTextSummary(loaded.bank, result) : JSON.stringify(result, null, 2)}\n`,
    );
  return 0;
}

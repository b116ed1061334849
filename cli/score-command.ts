/**
 * npm run score -- answers.json... [--format json|text|md|kit|line] [--lang en|de|es]
 *   [--bank <bank.json>] [--kit <hiring-kit.json>]
 * Prints the engine's full result as JSON (the recommendation in `outcome`, the hiring kit in
 * `kit`), a short summary with --format text, the Markdown summary the app exports with
 * --format md, the hiring kit in Markdown with --format kit, or one line per file with
 * --format line (file, outcome, status, plan), which takes several files at once.
 * The summaries and the kit are written in the bank's language (--lang, or a --bank file's
 * `locale`); the JSON's ids (`outcome`, `status`, plan roles) are the same in every language.
 * A bad answers file exits 1 with one line per problem, file name first, control characters
 * escaped; bad arguments exit 2 with the usage.
 */
import { parseArgs } from 'node:util';
import {
  buildHiringKitMarkdown,
  buildMarkdownSummary,
  checkAnswers,
  evaluate,
  hiringKits,
  planLine,
} from '../src/engine';
import { isLanguage, LANGUAGES } from '../src/i18n/languages';
import { loadDefaultKit, loadHiringKitFile } from './hiring-kit-file';
import { formatTextSummary } from './text-summary';
import { loadBankFile, loadDefaultBank, readJson, type CliIo } from './io';

// The usage and argument errors stay English: the language is not known before the arguments are read.
const USAGE = `usage: npm run score -- <answers.json>... [--format json|text|md|kit|line] [--lang ${LANGUAGES.join('|')}] [--bank <bank.json>] [--kit <hiring-kit.json>] (several files need --format line)`;
const FORMATS = ['json', 'text', 'md', 'kit', 'line'] as const;

/** Text from an input file, safe for a terminal: control characters (escape sequences, line breaks) shown as \\xNN. */
export function terminalSafe(text: string): string {
  return Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || (code >= 0x7f && code < 0xa0) ? `\\x${code.toString(16).padStart(2, '0')}` : char;
  }).join('');
}

/** Runs `npm run score` on its arguments, writing to `io`; returns the exit code. */
export function runScore(args: readonly string[], io: CliIo): number {
  const fail = (text: string) => io.stderr.write(`${terminalSafe(text)}\n`);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        lang: { type: 'string', default: 'en' },
        bank: { type: 'string' },
        kit: { type: 'string' },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const format = FORMATS.find((name) => name === values.format);
  const lang = values.lang;
  if (!isLanguage(lang) || positionals.length === 0 || !format || (positionals.length > 1 && format !== 'line')) {
    fail(USAGE);
    return 2;
  }
  // The default bank in the chosen language, or a whole bank file.
  const bankFile = values.bank ?? `questions/role-fit.json (${lang})`;
  const loaded = values.bank ? loadBankFile(values.bank) : loadDefaultBank(lang);
  if (!loaded.ok) {
    for (const problem of loaded.problems) fail(`${bankFile}: ${problem.path}: ${problem.message}`);
    return 1;
  }
  // The kit is read only for the formats that print it.
  const kitFile = values.kit ?? `questions/hiring-kit.json (${lang})`;
  const readKit = () => (values.kit ? loadHiringKitFile(values.kit, loaded.bank) : loadDefaultKit(lang, loaded.bank));
  const kit = format === 'json' || format === 'kit' ? readKit() : undefined;
  if (kit && !kit.ok) {
    for (const problem of kit.problems) fail(`${kitFile}: ${problem.path}: ${problem.message}`);
    return 1;
  }
  let code = 0;
  for (const file of positionals) {
    const read = readJson(file);
    const checked = read.ok ? checkAnswers(loaded.bank, read.value) : undefined;
    if (!read.ok) fail(`${file}: ${read.message}`);
    else if (checked && !checked.ok)
      for (const error of checked.errors) fail(`${file}: ${error.question || '(answers)'}: ${error.message}`);
    if (!checked?.ok) {
      code = 1;
      continue;
    }
    const result = evaluate(loaded.bank, checked.answers);
    if (format === 'md')
      io.stdout.write(buildMarkdownSummary(loaded.bank, checked.answers, result, { date: new Date() }));
    else if (format === 'line')
      io.stdout.write(`${terminalSafe(file)}\t${result.outcome}\t${result.status}\t${planLine(loaded.bank, result)}\n`);
    else if (format === 'text') io.stdout.write(`${formatTextSummary(loaded.bank, result, checked.answers)}\n`);
    else {
      const kits = kit?.ok ? hiringKits(loaded.bank, kit.kit, checked.answers, result) : [];
      if (format === 'kit')
        io.stdout.write(buildHiringKitMarkdown(kits, { date: new Date(), locale: loaded.bank.locale }));
      else io.stdout.write(`${JSON.stringify({ ...result, kit: kits }, null, 2)}\n`);
    }
  }
  return code;
}

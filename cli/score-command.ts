/**
 * npm run score -- answers.json... [--format json|text|md|kit|line] [--lang en|de|es]
 *   [--bank <bank.json>] [--kit <hiring-kit.json>]
 * Prints the engine's full result as JSON (the recommendation in `outcome`, the hiring kit in
 * `kit`), a short summary with --format text, the Markdown summary the app exports with
 * --format md, the hiring kit in Markdown with --format kit, or one line per file with
 * --format line (file, outcome, status, plan), which takes several files at once.
 * The summaries and the kit are written in the bank's language (--lang, or a --bank file's
 * `locale`); the JSON's ids (`outcome`, `status`, plan roles) are the same in every language.
 * A bad answers file exits 1 with one line per problem (file name, question id, then the
 * problem in the language's words), control characters escaped; bad arguments exit 2 with what
 * is wrong and the usage, in the language --lang asks for. A bank or kit file's own problems
 * (paths and schema rules, for whoever writes one) are in English, as `validate:questions` says them.
 */
import { parseArgs } from 'node:util';
import {
  buildHiringKitMarkdown,
  buildMarkdownSummary,
  checkAnswers,
  evaluate,
  type AnswerError,
  hiringKits,
  planLine,
} from '../src/engine';
import { answerProblem } from '../src/engine/words/refusal-text';
import { commandLineMessages } from '../src/i18n/all-languages';
import { fill } from '../src/i18n/format';
import { isLanguage, LANGUAGES, type Language } from '../src/i18n/languages';
import { loadDefaultKit, loadHiringKitFile } from './hiring-kit-file';
import { formatTextSummary } from './text-summary';
import { loadBankFile, loadDefaultBank, readJson, type CliIo } from './io';

const FORMATS = ['json', 'text', 'md', 'kit', 'line'] as const;
const OPTIONS = ['format', 'lang', 'bank', 'kit'] as const;

/** Text from an input file, safe for a terminal: control characters (escape sequences, line breaks) shown as \\xNN. */
export function terminalSafe(text: string): string {
  return Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || (code >= 0x7f && code < 0xa0) ? `\\x${code.toString(16).padStart(2, '0')}` : char;
  }).join('');
}

type Arguments =
  | {
      ok: true;
      files: string[];
      format: (typeof FORMATS)[number];
      lang: Language;
      bank: string | undefined;
      kit: string | undefined;
    }
  | { ok: false; lang: Language; problem: string };

/**
 * The arguments, or what is wrong with them, in the language asked for: --lang is read first, so
 * even a mistake in the others is said in it (English when --lang itself is wrong).
 */
function readArguments(args: readonly string[]): Arguments {
  // Not strict: an unknown option or a missing value is told below in the language asked for.
  const options = Object.fromEntries(OPTIONS.map((name) => [name, { type: 'string' as const }]));
  const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false });
  const asked = values.lang;
  const lang = isLanguage(asked) ? asked : 'en';
  const m = commandLineMessages(lang);
  const fail = (problem: string): Arguments => ({ ok: false, lang, problem });
  const unknown = Object.keys(values).find((name) => !(OPTIONS as readonly string[]).includes(name));
  if (unknown !== undefined) return fail(fill(lang, m.unknownOption, { option: `--${unknown}` }));
  const missing = OPTIONS.find((name) => typeof values[name] === 'boolean');
  if (missing !== undefined) return fail(fill(lang, m.needsValue, { option: `--${missing}` }));
  if (asked !== undefined && !isLanguage(asked))
    return fail(fill(lang, m.unknownLanguage, { language: String(asked), languages: LANGUAGES.join(', ') }));
  const format = FORMATS.find((name) => name === (values.format ?? 'json'));
  if (!format) return fail(fill(lang, m.unknownFormat, { format: String(values.format), formats: FORMATS.join(', ') }));
  if (positionals.length === 0) return fail(m.noFile);
  if (positionals.length > 1 && format !== 'line') return fail(m.severalNeedLine);
  const text = (value: string | boolean | undefined) => (typeof value === 'string' ? value : undefined);
  return { ok: true, files: positionals, format, lang, bank: text(values.bank), kit: text(values.kit) };
}

/** Runs `npm run score` on its arguments, writing to `io`; returns the exit code. */
export function runScore(args: readonly string[], io: CliIo): number {
  const fail = (text: string) => io.stderr.write(`${terminalSafe(text)}\n`);
  const read = readArguments(args);
  if (!read.ok) {
    const usage = fill(read.lang, commandLineMessages(read.lang).usage, {
      formats: FORMATS.join('|'),
      languages: LANGUAGES.join('|'),
    });
    fail(read.problem);
    fail(usage);
    return 2;
  }
  const { files, format, lang } = read;
  // The default bank in the chosen language, or a whole bank file.
  const bankFile = read.bank ?? `questions/role-fit.json (${lang})`;
  const loaded = read.bank ? loadBankFile(read.bank, lang) : loadDefaultBank(lang);
  if (!loaded.ok) {
    for (const problem of loaded.problems) fail(`${bankFile}: ${problem.path}: ${problem.message}`);
    return 1;
  }
  // The kit is read only for the formats that print it.
  const kitFile = read.kit ?? `questions/hiring-kit.json (${lang})`;
  const readKit = () => (read.kit ? loadHiringKitFile(read.kit, loaded.bank, lang) : loadDefaultKit(lang, loaded.bank));
  const kit = format === 'json' || format === 'kit' ? readKit() : undefined;
  if (kit && !kit.ok) {
    for (const problem of kit.problems) fail(`${kitFile}: ${problem.path}: ${problem.message}`);
    return 1;
  }
  const bank = loaded.bank;
  // The problems are worded as the app words them, in the bank's language, after the question's id.
  const problem = (error: AnswerError, answers: unknown) => {
    const given = typeof answers === 'object' && answers !== null ? (answers as Record<string, unknown>) : {};
    const sentence = answerProblem(bank, error, given);
    const question = bank.questions.find((candidate) => candidate.id === error.question);
    if (error.code !== 'unknown-option' || !question || question.type === 'number') return sentence;
    const ids = question.options.map((option) => option.id).join(', ');
    return `${sentence} (${fill(lang, commandLineMessages(lang).options, { ids })})`;
  };
  let code = 0;
  for (const file of files) {
    const json = readJson(file, lang);
    const checked = json.ok ? checkAnswers(bank, json.value) : undefined;
    if (!json.ok) fail(`${file}: ${json.message}`);
    else if (checked && !checked.ok)
      for (const error of checked.errors) fail(`${file}: ${error.question || '-'}: ${problem(error, json.value)}`);
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

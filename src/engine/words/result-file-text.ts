/**
 * A refused result file in plain words: what it looks like instead, where a value is wrong
 * (naming questions by their titles), and what changed in the questions since it was saved.
 */
import type * as z from 'zod/mini';
import { fill, plural } from '../../i18n/format';
import type { Locale } from '../../i18n/languages';
import { MAX_QUOTED, cappedDetails, linkMessages, questionName, quoted } from './refusal-text';
import type { BankChanges, ParsedResultFile } from '../exchange/result-file';
import type { Bank } from '../bank/schema';

/** The refusal messages for files in a bank's language. */
export const fileMessages = (bank: Bank) => linkMessages(bank.locale).file;

export function failure(bank: Bank, message: string, details: string[] = []): ParsedResultFile {
  return { ok: false, error: { message, details: cappedDetails(details, bank.locale) } };
}

type BinaryKind = keyof ReturnType<typeof fileMessages>['startsLike'];

/** Kinds of binary file people choose by mistake, by how their text starts once decoded. */
const BINARY_KINDS: [string[], BinaryKind][] = [
  [['\uFFFDPNG', '\u0089PNG'], 'png'],
  [['GIF8'], 'gif'],
  [['\uFFFD\uFFFD\uFFFD'], 'jpeg'],
  [['%PDF-'], 'pdf'],
  [['PK\u0003\u0004'], 'zip'],
];

/** True for the text of a file that is not text: control characters, or bytes that are not UTF-8. */
const looksBinary = (text: string): boolean =>
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\uFFFD]/.test(text.slice(0, 1000));

/** Why text that JSON.parse refused is not a result file. */
export function notJson(bank: Bank, text: string, error: unknown): ParsedResultFile {
  const locale = bank.locale as Locale;
  const m = fileMessages(bank);
  if (looksBinary(text)) {
    const kind = BINARY_KINDS.find(([starts]) => starts.some((start) => text.startsWith(start)))?.[1];
    return failure(bank, m.binary, kind ? [m.startsLike[kind]] : []);
  }
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    // Only numbers are taken from the parser's words, which differ from browser to browser.
    const reason = error instanceof Error ? error.message : '';
    const lineColumn = /line (\d+) column (\d+)/i.exec(reason);
    const position = /position (\d+)/i.exec(reason);
    let where: string | undefined;
    if (/end of (JSON )?(input|data)|EOF|unterminated/i.test(reason)) where = m.cutShort;
    else if (lineColumn)
      where = fill(locale, m.stopsAt, { line: Number(lineColumn[1]), column: Number(lineColumn[2]) });
    else if (position) {
      const lines = text.slice(0, Number(position[1])).split('\n');
      where = fill(locale, m.stopsAt, { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 });
    }
    return failure(bank, m.brokenJson, where ? [where] : []);
  }
  return failure(
    bank,
    m.notJson,
    start.startsWith('<') ? [m.markup] : [fill(locale, m.begins, { start: quoted(start, MAX_QUOTED, locale) })],
  );
}

/** The parts of a result file, by their key in the file and in the messages. */
const PARTS = {
  $schema: 'schema',
  format: 'format',
  formatVersion: 'formatVersion',
  bank: 'bank',
  createdAt: 'createdAt',
  answers: 'answers',
  result: 'result',
} as const;

/**
 * Where a path points in a result file, in words: the answer to “What stage…”, “outcome” in the
 * result stored…. `start` for the words that begin a sentence, `inner` for words inside one.
 */
export function placeOf(bank: Bank, path: readonly PropertyKey[], form: 'start' | 'inner' = 'inner'): string {
  const locale = bank.locale as Locale;
  const places = fileMessages(bank).place;
  const [top, next, ...rest] = path.map(String);
  const part = top === undefined || !Object.hasOwn(PARTS, top) ? undefined : PARTS[top as keyof typeof PARTS];
  if (part === undefined) return places.file[form];
  if (next === undefined) return places[part][form];
  if (top === 'answers') {
    const question = bank.questions.find((candidate) => candidate.id === next);
    return fill(locale, places.answer[form], {
      question: question ? questionName(question, locale) : quoted(next, MAX_QUOTED, locale),
    });
  }
  return fill(locale, places.inPart[form], {
    name: quoted([next, ...rest].join('.'), MAX_QUOTED, locale),
    part: places[part].inner,
  });
}

/** Whether parsed JSON has something at a path. */
function isPresent(data: unknown, path: readonly PropertyKey[]): boolean {
  let value = data;
  for (const name of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, name)) return false;
    value = (value as Record<PropertyKey, unknown>)[name];
  }
  return true;
}

/** One schema issue in a sentence. An issue anywhere inside an answer is said of that answer. */
export function issueText(bank: Bank, data: unknown, issue: z.core.$ZodIssue): string {
  const locale = bank.locale as Locale;
  const m = fileMessages(bank);
  const path = issue.path[0] === 'answers' ? issue.path.slice(0, 2) : issue.path;
  if (issue.code === 'invalid_key' && path[0] === 'answers')
    return fill(locale, m.unknownAnswer, { id: quoted(String(path[1]), MAX_QUOTED, locale) });
  const place = placeOf(bank, path, 'start');
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys
      .slice(0, 3)
      .map((name) => quoted(name, 20, locale))
      .join(', ');
    const more = issue.keys.length - 3;
    return more > 0
      ? plural(locale, m.unknownEntriesMore, issue.keys.length, { place, names, more })
      : plural(locale, m.unknownEntries, issue.keys.length, { place, names });
  }
  if (issue.code === 'custom' && path.length === 1 && path[0] === 'answers') return m.tooManyAnswers;
  if (issue.code === 'invalid_type')
    return fill(locale, isPresent(data, issue.path) ? m.wrongKind : m.missing, { place });
  return fill(locale, m.badValue, { place });
}

/** What JSON that is not a result file looks like, when it looks like something else Role Fit reads. */
export function lookalike(bank: Bank, data: unknown): string[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const m = fileMessages(bank);
  const record = data as Record<string, unknown>;
  if (Array.isArray(record.questions) && Array.isArray(record.dimensions)) return [m.questionSet];
  const inner = record.answers;
  const answers = typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? inner : record;
  const ids = bank.questions.map((question) => question.id);
  const keys = Object.keys(answers);
  return keys.length > 0 && keys.every((name) => ids.includes(name)) ? [m.plainAnswers] : [];
}

export function changedNotice(bank: Bank, savedVersion: string, changes: BankChanges): string {
  const locale = bank.locale as Locale;
  const m = fileMessages(bank);
  const parts: string[] = [];
  const added = bank.questions.filter((question) => changes.added.includes(question.id));
  if (added.length > 0)
    parts.push(
      fill(locale, m.newQuestions, {
        topics: added.map((question) => fill(locale, linkMessages(locale).quote, { text: question.topic })).join(', '),
      }),
    );
  const dropped = changes.removed.length;
  if (dropped > 0) parts.push(plural(locale, m.dropped, dropped));
  if (parts.length === 0) parts.push(m.reworded);
  return fill(locale, m.changed, { saved: savedVersion, current: bank.version, changes: parts.join('; ') });
}

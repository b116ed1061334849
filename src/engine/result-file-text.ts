/**
 * A refused result file in plain words: what it looks like instead, where a value is wrong
 * (naming questions by their titles), and what changed in the questions since it was saved.
 */
import type * as z from 'zod/mini';
import { formatWhole } from './describe';
import { cappedDetails, questionName, quoted } from './refusal-text';
import type { BankChanges, ParsedResultFile } from './result-file';
import type { Bank } from './schema';

export function failure(message: string, details: string[] = []): ParsedResultFile {
  return { ok: false, error: { message, details: cappedDetails(details) } };
}

export const CHOOSE = 'choose the .json file Role Fit saved';

/** Kinds of binary file people choose by mistake, by how their text starts once decoded. */
const BINARY_KINDS: [string[], string][] = [
  [['\uFFFDPNG', '\u0089PNG'], 'a PNG image'],
  [['GIF8'], 'a GIF image'],
  [['\uFFFD\uFFFD\uFFFD'], 'a JPEG image'],
  [['%PDF-'], 'a PDF document'],
  [['PK\u0003\u0004'], 'a ZIP archive (Word and Excel documents are ZIP archives too)'],
];

/** True for the text of a file that is not text: control characters, or bytes that are not UTF-8. */
const looksBinary = (text: string): boolean =>
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\uFFFD]/.test(text.slice(0, 1000));

/** Why text that JSON.parse refused is not a result file. */
export function notJson(text: string, error: unknown): ParsedResultFile {
  if (looksBinary(text)) {
    const kind = BINARY_KINDS.find(([starts]) => starts.some((start) => text.startsWith(start)))?.[1];
    return failure(
      `This file looks like a binary file (an image or an archive?), not a Role Fit result; ${CHOOSE}.`,
      kind ? [`It starts like ${kind}.`] : [],
    );
  }
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    // Only numbers are taken from the parser's words, which differ from browser to browser.
    const reason = error instanceof Error ? error.message : '';
    const lineColumn = /line (\d+) column (\d+)/i.exec(reason);
    const position = /position (\d+)/i.exec(reason);
    let where: string | undefined;
    if (/end of (JSON )?(input|data)|EOF|unterminated/i.test(reason))
      where = 'It ends before its data does: it may have been cut short.';
    else if (lineColumn) where = `It stops being JSON at line ${lineColumn[1]}, column ${lineColumn[2]}.`;
    else if (position) {
      const lines = text.slice(0, Number(position[1])).split('\n');
      where = `It stops being JSON at line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}.`;
    }
    return failure(
      `This file is damaged: its JSON text is cut short or broken, so it is not a Role Fit result; ${CHOOSE}.`,
      where ? [where] : [],
    );
  }
  return failure(
    `This is not a Role Fit result file: it is not JSON text; ${CHOOSE}.`,
    start.startsWith('<') ? ['It looks like a web page or other markup.'] : [`It begins ${quoted(start)}.`],
  );
}

/** The parts of a result file, in words. */
const PARTS: Record<string, string> = {
  $schema: 'the schema address',
  format: 'the name of the format',
  formatVersion: 'the version of the format',
  bank: 'the record of the questions it was saved with',
  createdAt: 'the date it was saved',
  answers: 'the list of answers',
  result: 'the result stored with the answers',
};

/** Where a path points in a result file, in words: the answer to “What stage…”, “outcome” in the result stored…. */
export function placeOf(bank: Bank, path: readonly PropertyKey[]): string {
  const [top, next, ...rest] = path.map(String);
  const part = top === undefined || !Object.hasOwn(PARTS, top) ? undefined : PARTS[top];
  if (part === undefined) return 'the file';
  if (next === undefined) return part;
  if (top === 'answers') {
    const question = bank.questions.find((candidate) => candidate.id === next);
    return `the answer to ${question ? questionName(question) : quoted(next)}`;
  }
  return `${quoted([next, ...rest].join('.'))} in ${part}`;
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

export const capitalized = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** One schema issue in a sentence. An issue anywhere inside an answer is said of that answer. */
export function issueText(bank: Bank, data: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path[0] === 'answers' ? issue.path.slice(0, 2) : issue.path;
  if (issue.code === 'invalid_key' && path[0] === 'answers')
    return `There is an answer to ${quoted(String(path[1]))}, which is not a question Role Fit asks.`;
  const place = capitalized(placeOf(bank, path));
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.slice(0, 3).map((name) => quoted(name, 20));
    const more = issue.keys.length > names.length ? ` and ${formatWhole(issue.keys.length - names.length)} more` : '';
    const entries = issue.keys.length === 1 ? 'an entry' : `${formatWhole(issue.keys.length)} entries`;
    return `${place} has ${entries} Role Fit never writes: ${names.join(', ')}${more}.`;
  }
  if (issue.code === 'custom' && path.length === 1 && path[0] === 'answers')
    return 'The list of answers holds more answers than there are questions.';
  if (issue.code === 'invalid_type')
    return isPresent(data, issue.path) ? `${place} holds the wrong kind of value.` : `${place} is missing.`;
  return `${place} holds a value Role Fit never writes.`;
}

/** What JSON that is not a result file looks like, when it looks like something else Role Fit reads. */
export function lookalike(bank: Bank, data: unknown): string[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  if (Array.isArray(record.questions) && Array.isArray(record.dimensions))
    return ['It looks like a question set, not a saved result.'];
  const inner = record.answers;
  const answers = typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? inner : record;
  const ids = bank.questions.map((question) => question.id);
  const keys = Object.keys(answers);
  return keys.length > 0 && keys.every((name) => ids.includes(name))
    ? ['It looks like a plain list of answers, which the command line reads (“npm run score”), not a saved result.']
    : [];
}

export function changedNotice(bank: Bank, savedVersion: string, changes: BankChanges): string {
  const parts: string[] = [];
  const added = bank.questions.filter((question) => changes.added.includes(question.id));
  if (added.length > 0) parts.push(`new questions: ${added.map((question) => `“${question.topic}”`).join(', ')}`);
  const dropped = changes.removed.length;
  if (dropped > 0)
    parts.push(dropped === 1 ? 'one question was dropped' : `${formatWhole(dropped)} questions were dropped`);
  if (parts.length === 0) parts.push('some questions or options were reworded or reweighted');
  return `This result was saved with version ${savedVersion} of the questions and this is ${bank.version} (${parts.join('; ')}), so check your answers before relying on the result.`;
}

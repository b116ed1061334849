/**
 * The saved result file: the answers plus enough about the bank to notice when its questions
 * changed. The evaluation inside is for people and other tools reading the file; Role Fit
 * never trusts it and recomputes the result from the answers on open.
 */
import { checkAnswers } from '../scoring/answers';
import { bankHash, sameQuestions } from '../bank/bank-hash';
import { evaluate } from '../scoring/evaluate';
import type { Answers, Bank } from '../bank/schema';
import { dropHiddenAnswers } from '../scoring/flow';
import { cleanName } from '../scoring/compare';
import { RESULT_FILE_VERSION, resultFileSchema, type ResultFile } from './result-file-schema';
import { MAX_QUOTED, answerProblem, quoted } from '../words/refusal-text';
import {
  changedNotice,
  failure,
  fileMessages,
  issueText,
  lookalike,
  notJson,
  placeOf,
} from '../words/result-file-text';
import { fill, plural } from '../../i18n/format';
import type { Locale } from '../../i18n/languages';

export { RESULT_FILE_VERSION, resultFileJsonSchema, resultFileSchema, type ResultFile } from './result-file-schema';

// The app's file reader loads this module alone: it shows the chosen file's name with this.
export { shownFileName } from '../words/refusal-text';

/** The largest file read, in bytes, in the app and on the command line: real ones are a few kilobytes. */
export const MAX_FILE_BYTES = 1_000_000;
/** The longest text read: a file within MAX_FILE_BYTES has no more characters than bytes. */
export const MAX_RESULT_FILE_CHARS = MAX_FILE_BYTES;
/** Deeper JSON is refused: a real result file nests about eight levels. */
export const MAX_RESULT_FILE_DEPTH = 32;
/** Keys that could reach an object's prototype if some later code merged the data carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** What changed in the bank between saving and opening. */
export interface BankChanges {
  /** Ids of questions the bank has now that it did not have when the file was saved. */
  added: string[];
  /** Ids of questions that were dropped since; their answers are left out. */
  removed: string[];
}

export type ParsedResultFile =
  | {
      ok: true;
      answers: Answers;
      /** When the file was saved (ISO 8601). */
      createdAt: string;
      /** Whose answers these are, cleaned (no control or direction characters); absent when the file names nobody. */
      name?: string;
      /** Set when the bank changed since the file was saved. */
      notice?: string;
      changes?: BankChanges;
    }
  | { ok: false; error: { message: string; details: string[] } };

/**
 * The file for these answers, ready for JSON.stringify. Answers must have passed
 * `checkAnswers`; answers to hidden questions are left out.
 */
export function buildResultFile(bank: Bank, answers: Answers, now: Date, name = ''): ResultFile {
  const kept = dropHiddenAnswers(bank, answers);
  const named = cleanName(name);
  return {
    format: 'role-fit-result',
    formatVersion: RESULT_FILE_VERSION,
    bank: {
      id: bank.id,
      version: bank.version,
      hash: bankHash(bank),
      questions: bank.questions.map((question) => question.id),
    },
    createdAt: now.toISOString(),
    ...(named ? { name: named } : {}),
    answers: { ...kept },
    result: evaluate(bank, kept),
  };
}

/** The result file as the text written to disk: indented, with a final newline. */
export function resultFileText(bank: Bank, answers: Answers, now: Date, name = ''): string {
  return `${JSON.stringify(buildResultFile(bank, answers, now, name), null, 2)}\n`;
}

/** Refuses a file by its size, before it is read, in the bank's language; undefined when the size is fine. */
export function checkResultFileSize(bank: Bank, bytes: number): ParsedResultFile | undefined {
  const m = fileMessages(bank);
  return bytes > MAX_FILE_BYTES ? failure(bank, m.tooLarge, [plural(bank.locale as Locale, m.size, bytes)]) : undefined;
}

/** Every forbidden key (with its path) and whether the value nests too deeply. Iterative: no recursion to overflow. */
function inspect(root: unknown): { forbidden: string[][]; tooDeep: boolean } {
  const forbidden: string[][] = [];
  const stack: { value: unknown; depth: number; path: string[] }[] = [{ value: root, depth: 0, path: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, depth, path } = item;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_RESULT_FILE_DEPTH) return { forbidden, tooDeep: true };
    if (Array.isArray(value)) {
      value.forEach((child, i) => stack.push({ value: child, depth: depth + 1, path: [...path, String(i)] }));
      continue;
    }
    for (const [name, child] of Object.entries(value)) {
      const at = [...path, name];
      if (FORBIDDEN_KEYS.has(name)) forbidden.push(at);
      stack.push({ value: child, depth: depth + 1, path: at });
    }
  }
  return { forbidden, tooDeep: false };
}

/**
 * Reads a saved result file's text against a bank. Accepts any input and never throws.
 * Refuses huge, deeply nested or prototype-touching JSON before validating it; answers come
 * back checked, with a notice naming added questions and counting dropped ones when the bank
 * changed. A refusal is one sentence, with details in plain words (at most MAX_DETAILS lines)
 * that name questions by their titles and quote little of the file.
 */
export function parseResultFile(bank: Bank, text: unknown): ParsedResultFile {
  const locale = bank.locale as Locale;
  const m = fileMessages(bank);
  if (typeof text !== 'string') return failure(bank, m.notAFile);
  if (text.length > MAX_RESULT_FILE_CHARS) return failure(bank, m.tooLarge);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return failure(bank, m.empty);
  let data: unknown;
  try {
    data = JSON.parse(body) as unknown;
  } catch (error) {
    return notJson(bank, body, error);
  }
  const { forbidden, tooDeep } = inspect(data);
  if (tooDeep) return failure(bank, fill(locale, m.tooDeep, { depth: MAX_RESULT_FILE_DEPTH }));
  if (forbidden.length > 0)
    return failure(
      bank,
      m.forbidden,
      forbidden.map((path) =>
        fill(locale, m.forbiddenName, {
          name: quoted(path.at(-1) ?? '', MAX_QUOTED, locale),
          place: placeOf(bank, path.slice(0, -1)),
        }),
      ),
    );
  const header =
    typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  if (header.format !== 'role-fit-result') return failure(bank, m.notAResult, lookalike(bank, data));
  if (typeof header.formatVersion === 'number' && header.formatVersion > RESULT_FILE_VERSION)
    return failure(bank, m.newerVersion);
  const parsed = resultFileSchema.safeParse(data);
  if (!parsed.success)
    return failure(
      bank,
      m.damaged,
      parsed.error.issues.map((issue) => issueText(bank, data, issue)),
    );
  const file = parsed.data;
  if (file.bank.id !== bank.id)
    return failure(
      bank,
      fill(locale, m.otherBank, { fileBank: quoted(file.bank.id, MAX_QUOTED, locale), bank: bank.id }),
    );
  const current = bank.questions.map((question) => question.id);
  const sameBank = sameQuestions(bank, file.bank.hash);
  const changes: BankChanges = {
    added: current.filter((id) => !file.bank.questions.includes(id)),
    removed: file.bank.questions.filter((id) => !current.includes(id)),
  };
  // Answers to questions the bank dropped since saving are left out (and counted in the notice).
  const answers = Object.fromEntries(
    Object.entries(file.answers).filter(([id]) => sameBank || !changes.removed.includes(id)),
  );
  const checked = checkAnswers(bank, answers);
  if (!checked.ok)
    return failure(
      bank,
      m.answersDoNotFit,
      checked.errors.map((error) => answerProblem(bank, error, answers)),
    );
  const named = cleanName(file.name ?? '');
  const name = named ? { name: named } : {};
  if (sameBank) return { ok: true, answers: checked.answers, createdAt: file.createdAt, ...name };
  return {
    ok: true,
    answers: checked.answers,
    createdAt: file.createdAt,
    ...name,
    notice: changedNotice(bank, file.bank.version, changes),
    changes,
  };
}

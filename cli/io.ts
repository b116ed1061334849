/** File, output and argument helpers for the command line. Node only; the engine stays pure. */
import { readFileSync } from 'node:fs';
import { parseBank, type Bank, type BankIssue } from '../src/engine';
import { commandLineMessages, defaultBankJson } from '../src/i18n/all-languages';
import { fill } from '../src/i18n/format';
import type { Locale } from '../src/i18n/languages';
import { MAX_FILE_BYTES } from '../src/engine/exchange/result-file';

/** Where a command writes: the process's streams from an entry point, strings in tests. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** The process's own streams, for the entry points. */
export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

/** The default bank: its language-neutral data, with a language's texts (questions/texts/). */
export const DEFAULT_BANK_DATA = 'questions/role-fit.json';

export type Read = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Reads and parses a JSON file; a missing, huge or malformed file is a message in `locale`, not
 * a throw. The system's error code and the JSON parser's detail are quoted as they come.
 */
export function readJson(file: string, locale: Locale = 'en'): Read {
  const m = commandLineMessages(locale).file;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? m.notFound : fill(locale, m.unreadable, { code: code ?? '?' }) };
  }
  // The app's limit: far above any real bank, answers or result file.
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: m.tooLarge };
  try {
    return { ok: true, value: JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    return { ok: false, message: fill(locale, m.notJson, { detail: (error as Error).message }) };
  }
}

export type LoadedBank = { ok: true; bank: Bank } | { ok: false; problems: BankIssue[] };

/** Reads and validates a bank file; a file that cannot be read is said in `locale`, the bank's problems in English. */
export function loadBankFile(file: string, locale: Locale = 'en'): LoadedBank {
  const read = readJson(file, locale);
  if (!read.ok) return { ok: false, problems: [{ path: '(file)', message: read.message }] };
  const parsed = parseBank(read.value);
  return parsed.ok ? parsed : { ok: false, problems: parsed.issues };
}

/** The default bank in a language, validated. */
export function loadDefaultBank(locale: Locale): LoadedBank {
  const parsed = parseBank(defaultBankJson(locale));
  return parsed.ok ? parsed : { ok: false, problems: parsed.issues };
}

/** File, output and argument helpers for the command line. Node only; the engine stays pure. */
import { readFileSync } from 'node:fs';
import { parseBank, type Bank, type BankIssue } from '../src/engine';
import { defaultBankJson } from '../src/i18n/all-languages';
import type { Locale } from '../src/i18n/languages';
import { MAX_FILE_BYTES, MAX_FILE_SIZE_TEXT } from '../src/engine/exchange/result-file';

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

/** Reads and parses a JSON file; a missing, huge or malformed file is a message, not a throw. */
export function readJson(file: string): Read {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message: code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? 'unknown error'})`,
    };
  }
  // The app's limit, in the same words: far above any real bank, answers or result file.
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: `the file is larger than ${MAX_FILE_SIZE_TEXT}` };
  try {
    return { ok: true, value: JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    return { ok: false, message: `not valid JSON (${(error as Error).message})` };
  }
}

export type LoadedBank = { ok: true; bank: Bank } | { ok: false; problems: BankIssue[] };

/** Reads and validates a bank file. */
export function loadBankFile(file: string): LoadedBank {
  const read = readJson(file);
  if (!read.ok) return { ok: false, problems: [{ path: '(file)', message: read.message }] };
  const parsed = parseBank(read.value);
  return parsed.ok ? parsed : { ok: false, problems: parsed.issues };
}

/** The default bank in a language, validated. */
export function loadDefaultBank(locale: Locale): LoadedBank {
  const parsed = parseBank(defaultBankJson(locale));
  return parsed.ok ? parsed : { ok: false, problems: parsed.issues };
}

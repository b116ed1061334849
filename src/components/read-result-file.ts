/** The one reader for result files a user chooses, used by "Open a saved result" and by Compare. */
import type { Answers, Bank } from '../engine';
import { readText } from './download';

/** Larger files are refused before reading: a real result file is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export type ReadResult =
  { ok: true; answers: Answers; notice: string | undefined } | { ok: false; message: string; details: string[] };

/** Reads and checks a chosen file. Never throws; every refusal says what is wrong. */
export async function readResultFile(bank: Bank, file: File): Promise<ReadResult> {
  if (file.size > MAX_IMPORT_BYTES)
    return {
      ok: false,
      message:
        'This file is larger than 1 MB, so it cannot be a Role Fit result; choose the .json file Role Fit saved.',
      details: [`${file.name}: ${file.size.toLocaleString('en')} bytes`],
    };
  // Parsing brings Zod: it loads when a file is chosen (while the file is read), not with the first screen.
  const parser = import('../engine/result-file');
  let text: string;
  try {
    text = await readText(file);
  } catch {
    return { ok: false, message: 'The browser could not read this file; try choosing it again.', details: [] };
  }
  const parsed = (await parser).parseResultFile(bank, text);
  return parsed.ok
    ? { ok: true, answers: parsed.answers, notice: parsed.notice }
    : { ok: false, message: parsed.error.message, details: parsed.error.details };
}

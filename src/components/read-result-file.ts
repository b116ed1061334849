/** The one reader for result files a user chooses, used by "Open a saved result" and by Compare. */
import type { Answers, Bank } from '../engine';
import { readText } from './download';
import { resultMessages } from '../i18n/registry';

export type ReadResult =
  | {
      ok: true;
      answers: Answers;
      notice: string | undefined;
      /** The file's name as the page shows it: no control or direction characters, at most 60 characters. */
      name: string;
      /** Whose answers the file says these are, cleaned; '' when it names nobody. */
      person: string;
    }
  | { ok: false; message: string; details: string[] };

/** Reads and checks a chosen file. Never throws; every refusal says what is wrong in plain words, in the bank's language. */
export async function readResultFile(bank: Bank, file: File): Promise<ReadResult> {
  // The parser brings Zod and the wording of every refusal: it loads when a file is chosen, not
  // with the first screen. A file too large to be a result is refused by its size, unread.
  const parser = await import('../engine/exchange/result-file');
  let parsed = parser.checkResultFileSize(bank, file.size);
  if (!parsed) {
    let text: string;
    try {
      text = await readText(file);
    } catch {
      return { ok: false, message: resultMessages(bank.locale).links.file.unreadable, details: [] };
    }
    parsed = parser.parseResultFile(bank, text);
  }
  return parsed.ok
    ? {
        ok: true,
        answers: parsed.answers,
        notice: parsed.notice,
        name: parser.shownFileName(file.name),
        person: parsed.name ?? '',
      }
    : { ok: false, message: parsed.error.message, details: parsed.error.details };
}

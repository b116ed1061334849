/** Reading the hiring kit file for the command line. Node only; the engine stays pure. */
import { basename } from 'node:path';
import { parseHiringKit, type Bank, type BankIssue, type HiringKitFile } from '../src/engine';
import kitData from '../questions/hiring-kit.json' with { type: 'json' };
import { withTexts } from '../src/engine/bank/bank-texts';
import { kitTexts } from '../src/i18n/all-languages';
import type { Locale } from '../src/i18n/languages';
import { readJson } from './io';

/** The default kit: its language-neutral data, with a language's texts (questions/texts/). */
export const DEFAULT_KIT_DATA = 'questions/hiring-kit.json';

/** The default hiring kit in a language, validated against the bank. */
export function loadDefaultKit(locale: Locale, bank: Bank): LoadedKit {
  const parsed = parseHiringKit({ ...(withTexts(kitData, kitTexts(locale)) as object), locale }, bank);
  return parsed.ok ? parsed : { ok: false, problems: parsed.issues };
}

/** A hiring kit, not a question bank: `hiring-kit.<locale>.json`. */
export const isHiringKitFile = (file: string): boolean => /^hiring-kit\.[^/\\]*\.json$/.test(basename(file));

export type LoadedKit = { ok: true; kit: HiringKitFile } | { ok: false; problems: BankIssue[] };

/** Reads and validates a hiring kit file against the bank it is for; a file that cannot be read is said in `locale`. */
export function loadHiringKitFile(file: string, bank: Bank, locale: Locale = 'en'): LoadedKit {
  const read = readJson(file, locale);
  if (!read.ok) return { ok: false, problems: [{ path: '(file)', message: read.message }] };
  const parsed = parseHiringKit(read.value, bank);
  return parsed.ok ? parsed : { ok: false, problems: parsed.issues };
}

/** Reading the hiring kit file for the command line. Node only; the engine stays pure. */
import { basename } from 'node:path';
import { parseHiringKit, type Bank, type BankIssue, type HiringKitFile } from '../src/engine';
import { readJson } from './io';

export const DEFAULT_KIT = 'questions/hiring-kit.en.json';

/** A hiring kit, not a question bank: `hiring-kit.<locale>.json`. */
export const isHiringKitFile = (file: string): boolean => /^hiring-kit\.[^/\\]*\.json$/.test(basename(file));

export type LoadedKit = { ok: true; kit: HiringKitFile } | { ok: false; problems: BankIssue[] };

/** Reads and validates a hiring kit file against the bank it is for. */
export function loadHiringKitFile(file: string, bank: Bank): LoadedKit {
  const read = readJson(file);
  if (!read.ok) return { ok: false, problems: [{ path: '(file)', message: read.message }] };
  const parsed = parseHiringKit(read.value, bank);
  return parsed.ok ? parsed : { ok: false, problems: parsed.issues };
}

/**
 * A short content hash of a bank, so links and saved files can tell two versions of a bank
 * apart even when someone forgot to bump its version. Not cryptographic: it detects change,
 * it does not resist forgery (nothing in a link or file is trusted anyway).
 */
import { splitTexts } from './bank-texts.ts';
import type { Bank } from './schema';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a (32 bit) over the UTF-8 bytes of a string, as 8 lower-case hex digits. */
export function fnv1aHex(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** JSON with object keys sorted at every level: equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  // JSON.stringify skips these (undefined); JSON data never holds them.
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return 'null';
  return JSON.stringify(value);
}

const hashes = new WeakMap<Bank, string>();

/** Outcome texts only the result reads: the app loads them, with the plan, after the first download. */
export const RESULT_ONLY_OUTCOME_KEYS = ['summary', 'responsibilities', 'skills', 'variants'] as const;

/** Whether a link or file carrying this hash was made with these questions, now or in an earlier version that means the same. */
export function sameQuestions(bank: Bank, hash: string): boolean {
  return hash === bankHash(bank) || (bank.formerHashes ?? []).includes(hash);
}

/**
 * The bank's content hash: 8 hex digits over the canonical JSON of what the questions need,
 * in any language: the texts are left out, so a link made in German opens in Spanish with no
 * notice. So are `$schema`, which only helps editors, `formerHashes`, and what loads with the
 * result (the plan, the outcomes' long texts, the conflicts and each question's moves): a bank
 * without them hashes the same as the whole.
 */
export function bankHash(bank: Bank): string {
  const cached = hashes.get(bank);
  if (cached) return cached;
  const content: Partial<Bank> = {
    ...bank,
    // What "What would change it" searches is not part of the questions: it loads with the result.
    questions: bank.questions.map((question) => ({ ...question, moves: undefined })),
    outcomes: bank.outcomes.map(
      (outcome) =>
        Object.fromEntries(
          Object.entries(outcome).filter(([key]) => !(RESULT_ONLY_OUTCOME_KEYS as readonly string[]).includes(key)),
        ) as typeof outcome,
    ),
  };
  delete content.$schema;
  delete content.plan;
  delete content.conflicts;
  delete content.locale;
  delete content.formerHashes;
  const hash = fnv1aHex(canonicalJson(splitTexts(content).data));
  hashes.set(bank, hash);
  return hash;
}

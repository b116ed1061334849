/**
 * Comparison links: several people's names and answers packed into the URL fragment, so a
 * comparison can be passed on without a server. Nothing in a link is trusted: each person's
 * answers go through the share-link decoder, which checks them against the bank, names are
 * checked as personName would write them, and the comparison is always recomputed.
 *
 * Version 1 looks like `c1.<bank id>.<bank hash>.<name>.<answers>.….<checksum>`, with a name
 * and answers for each of 2 to 5 people: the name as unpadded base64url of its UTF-8 bytes,
 * the answers as the payload of a version 1 share link (share-link.ts). The checksum is FNV-1a
 * over everything before it, so a link cut short or mistyped is caught.
 */
import { bankHash, fnv1aHex } from '../bank/bank-hash';
import { MAX_NAME_LENGTH, MAX_PEOPLE, MIN_PEOPLE, personName, type Person } from '../scoring/compare';
import type { Bank } from '../bank/schema';
import { decodeShareLink, encodeShareLink, type DecodedShareLink } from './share-link';
import { linkMessages } from '../words/refusal-text';
import { fill, plural } from '../../i18n/format';
import type { Locale } from '../../i18n/languages';

/** The version new comparison links are written in. */
export const COMPARE_LINK_VERSION = 1;

/** Longer input is refused before any work: five people with the longest names take about 1,200 characters. */
export const MAX_COMPARE_LINK_LENGTH = 4000;

export type CompareLinkErrorCode =
  | 'empty'
  | 'too-long'
  | 'not-a-link'
  | 'newer-version'
  | 'unknown-version'
  | 'damaged'
  | 'other-bank'
  | 'people'
  | 'bad-name'
  | 'bad-answers';

export interface CompareLinkError {
  code: CompareLinkErrorCode;
  /** One plain sentence: what is wrong and what to do. */
  message: string;
  /** For "bad-answers": one line per answer that does not fit, when the share-link decoder gives them. */
  details?: string[];
}

export type DecodedCompareLink =
  | {
      ok: true;
      /** 2 to 5 people, each with a name and answers that passed checkAnswers. */
      people: Person[];
      /** Set when the link was made with other questions: the answers may need a look. */
      notice?: string;
    }
  | { ok: false; error: CompareLinkError };

/** The English notice, for code that has no bank at hand; links decoded read it in the bank's language. */
export const COMPARISON_CHANGED_NOTICE =
  'Role Fit’s questions or advice have changed since this comparison was made, so check the answers before relying on it.';

// Each message is read by the person who opened the link: only the sender can make it again.
const MESSAGE_KEYS = {
  empty: 'empty',
  'too-long': 'tooLong',
  'not-a-link': 'notALink',
  'newer-version': 'newerVersion',
  'unknown-version': 'unknownVersion',
  damaged: 'damaged',
} as const satisfies Partial<Record<CompareLinkErrorCode, string>>;

function fail(bank: Bank, code: CompareLinkErrorCode, message?: string, details?: string[]): DecodedCompareLink {
  const text =
    message ??
    (code in MESSAGE_KEYS ? linkMessages(bank.locale).comparison[MESSAGE_KEYS[code as keyof typeof MESSAGE_KEYS]] : '');
  return { ok: false, error: details ? { code, message: text, details } : { code, message: text } };
}

/** The fragment of a link (the part after "#"), or the text itself when it has none. */
function fragmentOf(link: string): string {
  const hashAt = link.indexOf('#');
  return (hashAt >= 0 ? link.slice(hashAt + 1) : link).trim();
}

// A whole number without leading zeros, so each link has one spelling.
const VERSION = /^c(0|[1-9]\d{0,5})$/;

/**
 * True when a link (or its fragment) is a comparison link rather than one person's share
 * link: it says so in its first part. Says nothing about whether it decodes.
 */
export function isCompareLink(link: string): boolean {
  return VERSION.test(fragmentOf(link).split('.', 1)[0] ?? '');
}

// ---- names -------------------------------------------------------------------------------

function nameToBase64Url(name: string): string {
  const binary = Array.from(new TextEncoder().encode(name), (byte) => String.fromCharCode(byte)).join('');
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The name a part holds, or undefined unless it is base64url of UTF-8 that personName leaves as it is. */
function nameFromBase64Url(part: string, index: number, locale: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(part) || part.length % 4 === 1 || part.length > 4 * MAX_NAME_LENGTH) return undefined;
  let name: string;
  try {
    const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    name = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return undefined;
  }
  // One spelling per name, and only names this app would write.
  return nameToBase64Url(name) === part && personName(name, index, locale) === name ? name : undefined;
}

// ---- version 1 ---------------------------------------------------------------------------

const BANK_ID = /^[a-z][a-z0-9-]{0,39}$/;
const HASH = /^[0-9a-f]{8}$/;
/** The share-link version whose payloads a version 1 comparison link carries. */
const SHARE_PREFIX = 'v1';

function decodeV1(bank: Bank, parts: readonly string[]): DecodedCompareLink {
  const locale = bank.locale as Locale;
  const m = linkMessages(locale).comparison;
  // c1, bank id, bank hash, a name and answers for each person, checksum.
  if (parts.length < 6 || parts.length % 2 === 1) return fail(bank, 'damaged');
  const body = parts.slice(0, -1).join('.');
  if (fnv1aHex(body) !== parts.at(-1)) return fail(bank, 'damaged');
  const [, bankId = '', hash = ''] = parts;
  if (!BANK_ID.test(bankId) || !HASH.test(hash)) return fail(bank, 'not-a-link');
  if (bankId !== bank.id)
    return fail(bank, 'other-bank', fill(locale, m.otherBank, { linkBank: bankId, bank: bank.id }));
  const count = (parts.length - 4) / 2;
  if (count < MIN_PEOPLE || count > MAX_PEOPLE)
    return fail(bank, 'people', plural(locale, m.people, count, { min: MIN_PEOPLE, max: MAX_PEOPLE }));

  const people: Person[] = [];
  let changed = false;
  for (let index = 0; index < count; index++) {
    const label = nameFromBase64Url(parts[3 + 2 * index] ?? '', index, locale);
    if (label === undefined) return fail(bank, 'bad-name', fill(locale, m.badName, { number: index + 1 }));
    // The whole link's checksum already holds: each person's answers are read as a share link of their own.
    const share = `${SHARE_PREFIX}.${bankId}.${hash}.${parts[4 + 2 * index] ?? ''}`;
    const decoded = decodeShareLink(bank, `${share}.${fnv1aHex(share)}`);
    if (!decoded.ok)
      return fail(
        bank,
        'bad-answers',
        fill(locale, m.badAnswers, { name: label, message: decoded.error.message }),
        decoded.error.details,
      );
    if (decoded.notice) changed = true;
    people.push({ label, answers: decoded.answers });
  }
  return changed ? { ok: true, people, notice: m.changed } : { ok: true, people };
}

/** The payload part of the person's share link: `v1.<bank id>.<bank hash>.<payload>.<checksum>`. */
function sharePayload(bank: Bank, person: Person): string {
  const [prefix, , , payload = ''] = encodeShareLink(bank, person.answers).split('.');
  if (prefix !== SHARE_PREFIX)
    throw new Error(`comparison links carry ${SHARE_PREFIX} share payloads, not ${prefix ?? ''}`);
  return payload;
}

// ---- public API --------------------------------------------------------------------------

/**
 * The URL fragment (without "#") that carries these people's names and answers. Answers must
 * have passed `checkAnswers` for this bank; names are written as personName gives them.
 * Throws a RangeError for fewer than 2 or more than 5 people, as compareResults does.
 */
export function encodeCompareLink(bank: Bank, people: readonly Person[]): string {
  if (people.length < MIN_PEOPLE || people.length > MAX_PEOPLE)
    throw new RangeError(`a comparison link holds ${MIN_PEOPLE} to ${MAX_PEOPLE} people, not ${people.length}`);
  const parts = people.flatMap((person, index) => [
    nameToBase64Url(personName(person.label, index, bank.locale)),
    sharePayload(bank, person),
  ]);
  const body = [`c${COMPARE_LINK_VERSION}`, bank.id, bankHash(bank), ...parts].join('.');
  return `${body}.${fnv1aHex(body)}`;
}

/**
 * Reads a comparison link, or the fragment of one, against a bank. Accepts any input and never
 * throws: the people come back named and with checked answers, with a notice when the bank
 * changed since the link was made, or an error naming what is wrong and what to do.
 */
export function decodeCompareLink(bank: Bank, link: unknown): DecodedCompareLink {
  if (typeof link !== 'string') return fail(bank, 'not-a-link');
  if (link.length > MAX_COMPARE_LINK_LENGTH) return fail(bank, 'too-long');
  const fragment = fragmentOf(link);
  if (fragment === '') return fail(bank, 'empty');
  const parts = fragment.split('.');
  const match = VERSION.exec(parts[0] ?? '');
  if (!match) return fail(bank, 'not-a-link');
  const version = Number(match[1]);
  if (version === COMPARE_LINK_VERSION) return decodeV1(bank, parts);
  return fail(bank, version > COMPARE_LINK_VERSION ? 'newer-version' : 'unknown-version');
}

/** What a link holds, by kind: one person's result (a share link) or a comparison, decoded. */
export type DecodedLink = ({ kind: 'result' } & DecodedShareLink) | ({ kind: 'comparison' } & DecodedCompareLink);

/**
 * Reads a link that may be either kind, as the address's fragment may be: a comparison link
 * when isCompareLink says so, else a share link. Accepts any text and never throws.
 */
export function decodeLink(bank: Bank, link: string): DecodedLink {
  return isCompareLink(link)
    ? { kind: 'comparison', ...decodeCompareLink(bank, link) }
    : { kind: 'result', ...decodeShareLink(bank, link) };
}

/**
 * Share links: a result's answers packed into the URL fragment, so a result can be passed on
 * without a server. Nothing in a link is trusted: the answers are checked against the bank
 * and the result is always recomputed from them.
 *
 * Version 1 looks like `v1.<bank id>.<bank hash>.<payload>.<checksum>`. The payload holds one
 * token per question in bank order (trailing unanswered questions left out), each an unsigned
 * LEB128 varint, packed as unpadded base64url. A token's two low bits say what it holds:
 *   0: 0 is "unanswered", 1 is "Not sure"   1: an option index   2: a bit mask of options
 *   3: a whole number, zigzag-coded so negative numbers stay short
 * The checksum is FNV-1a over everything before it, so a link cut short or mistyped is caught.
 */
import { checkAnswers } from '../scoring/answers';
import { bankHash, fnv1aHex, sameQuestions } from '../bank/bank-hash';
import { UNSURE } from '../bank/constants';
import type { Answers, Bank, Question } from '../bank/schema';
import { dropHiddenAnswers } from '../scoring/flow';
import { answerProblem, cappedDetails, linkMessages, questionName } from '../words/refusal-text';
import { fill } from '../../i18n/format';
import type { Locale } from '../../i18n/languages';

/** The version new links are written in. Every version ever written keeps a decoder below. */
export const SHARE_LINK_VERSION = 1;

/** Longer input is refused before any work: real links are a few dozen characters. */
export const MAX_SHARE_LINK_LENGTH = 2000;

export type ShareLinkErrorCode =
  | 'empty'
  | 'too-long'
  | 'not-a-link'
  | 'newer-version'
  | 'unknown-version'
  | 'damaged'
  | 'other-bank'
  | 'bad-answer'
  | 'invalid-answers';

export interface ShareLinkError {
  code: ShareLinkErrorCode;
  /** One plain sentence: what is wrong and what to do. */
  message: string;
  /** For "invalid-answers": one line per answer that does not fit. */
  details?: string[];
}

export type DecodedShareLink =
  | {
      ok: true;
      answers: Answers;
      /** Set when the link was made with other questions: the answers may need a look. */
      notice?: string;
    }
  | { ok: false; error: ShareLinkError };

/** Decodes the parts of a link (split on ".", version first) of one format version. */
export type Decoder = (bank: Bank, parts: readonly string[]) => DecodedShareLink;

/** The English notice, for code that has no bank at hand; links decoded read it in the bank's language. */
export const QUESTIONS_CHANGED_NOTICE =
  'Role Fit’s questions or advice have changed since this link was made, so check the answers before relying on the result.';

// Each message is read by the person who opened or pasted the link: only the sender can make it again.
const MESSAGE_KEYS = {
  empty: 'empty',
  'too-long': 'tooLong',
  'not-a-link': 'notALink',
  'newer-version': 'newerVersion',
  'unknown-version': 'unknownVersion',
  damaged: 'damaged',
  'invalid-answers': 'invalidAnswers',
} as const satisfies Record<Exclude<ShareLinkErrorCode, 'other-bank' | 'bad-answer'>, string>;

function fail(bank: Bank, code: ShareLinkErrorCode, message?: string, details?: string[]): DecodedShareLink {
  const text =
    message ??
    (code === 'other-bank' || code === 'bad-answer' ? '' : linkMessages(bank.locale).share[MESSAGE_KEYS[code]]);
  return { ok: false, error: details ? { code, message: text, details } : { code, message: text } };
}

// ---- base64url and varints --------------------------------------------------------------

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: readonly number[]): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) text += ALPHABET.charAt((chunk >> (18 - 6 * c)) & 63);
  }
  return text;
}

/** The bytes, or undefined for a character outside base64url or bits left over. */
function fromBase64Url(text: string): number[] | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  // Leftover bits must be zero, so each payload has exactly one spelling.
  return (buffer & ((1 << bits) - 1)) === 0 ? bytes : undefined;
}

function writeVarint(value: number, out: number[]): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) + 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

/** Reads varints; undefined when one runs off the end, is too big or is not written minimally. */
function readVarints(bytes: readonly number[]): number[] | undefined {
  const values: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    let value = 0;
    let scale = 1;
    for (let length = 1; ; length++) {
      const byte = bytes[i++];
      if (byte === undefined || length > 8) return undefined;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        if (byte === 0 && length > 1) return undefined;
        break;
      }
      scale *= 0x80;
    }
    if (value > Number.MAX_SAFE_INTEGER) return undefined;
    values.push(value);
  }
  return values;
}

// ---- tokens ------------------------------------------------------------------------------

const KIND_SPECIAL = 0;
const KIND_OPTION = 1;
const KIND_MASK = 2;
const KIND_NUMBER = 3;
const UNANSWERED_TOKEN = 0;
const UNSURE_TOKEN = 4 * 1 + KIND_SPECIAL;

const zigzag = (n: number): number => (n >= 0 ? 2 * n : -2 * n - 1);
const unzigzag = (z: number): number => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

function tokenFor(question: Question, answer: Answers[string] | undefined): number {
  if (answer === undefined) return UNANSWERED_TOKEN;
  if (answer === UNSURE) return UNSURE_TOKEN;
  let token: number | undefined;
  if (question.type === 'number') {
    if (typeof answer === 'number' && Number.isSafeInteger(answer)) token = 4 * zigzag(answer) + KIND_NUMBER;
  } else if (question.type === 'multiple') {
    if (Array.isArray(answer)) {
      const mask = question.options.reduce((bits, option, i) => (answer.includes(option.id) ? bits + 2 ** i : bits), 0);
      if (mask > 0) token = 4 * mask + KIND_MASK;
    }
  } else {
    const index = question.options.findIndex((option) => option.id === answer);
    if (index >= 0) token = 4 * index + KIND_OPTION;
  }
  if (token === undefined || !Number.isSafeInteger(token))
    throw new RangeError(`the answer to "${question.id}" cannot be encoded: answers must pass checkAnswers first`);
  return token;
}

/** The answer a token gives a question, or undefined when it cannot fit that question. */
function answerFor(question: Question, token: number): Answers[string] | null | undefined {
  const kind = token % 4;
  const value = Math.floor(token / 4);
  if (kind === KIND_SPECIAL) return value === 0 ? null : value === 1 ? UNSURE : undefined;
  if (question.type === 'number') {
    if (kind !== KIND_NUMBER) return undefined;
    const number = unzigzag(value);
    return number >= question.min && number <= question.max ? number : undefined;
  }
  if (question.type === 'multiple') {
    if (kind !== KIND_MASK || value === 0 || value >= 2 ** question.options.length) return undefined;
    return question.options.filter((_, i) => Math.floor(value / 2 ** i) % 2 === 1).map((option) => option.id);
  }
  if (kind !== KIND_OPTION) return undefined;
  return question.options[value]?.id;
}

// ---- version 1 ---------------------------------------------------------------------------

/** The questions in link order: the bank's `linkOrder` when it has one, so questions added later go last. */
function linkQuestions(bank: Bank): Bank['questions'] {
  if (!bank.linkOrder) return bank.questions;
  return bank.linkOrder.flatMap((id) => bank.questions.find((question) => question.id === id) ?? []);
}

const BANK_ID = /^[a-z][a-z0-9-]{0,39}$/;
const HASH = /^[0-9a-f]{8}$/;

const decodeV1: Decoder = (bank, parts) => {
  const locale = bank.locale as Locale;
  const m = linkMessages(locale).share;
  if (parts.length !== 5) return fail(bank, 'damaged');
  const [version, bankId = '', hash = '', payload = '', check = ''] = parts;
  if (fnv1aHex(`${version ?? ''}.${bankId}.${hash}.${payload}`) !== check) return fail(bank, 'damaged');
  if (!BANK_ID.test(bankId) || !HASH.test(hash)) return fail(bank, 'not-a-link');
  if (bankId !== bank.id)
    return fail(bank, 'other-bank', fill(locale, m.otherBank, { linkBank: bankId, bank: bank.id }));
  const bytes = fromBase64Url(payload);
  const tokens = bytes && readVarints(bytes);
  if (!tokens) return fail(bank, 'damaged');
  const questions = linkQuestions(bank);
  if (tokens.length > questions.length) return fail(bank, 'bad-answer', m.tooManyAnswers);
  const answers: Record<string, Answers[string]> = {};
  for (const [index, token] of tokens.entries()) {
    const question = questions[index];
    if (!question) continue;
    const answer = answerFor(question, token);
    if (answer === undefined)
      return fail(bank, 'bad-answer', fill(locale, m.badAnswer, { question: questionName(question, locale) }));
    if (answer !== null) answers[question.id] = answer;
  }
  const checked = checkAnswers(bank, answers);
  if (!checked.ok)
    return fail(
      bank,
      'invalid-answers',
      undefined,
      cappedDetails(
        checked.errors.map((error) => answerProblem(bank, error, answers)),
        locale,
      ),
    );
  return sameQuestions(bank, hash)
    ? { ok: true, answers: checked.answers }
    : { ok: true, answers: checked.answers, notice: m.changed };
};

/** One decoder per format version ever written, so old links keep opening. */
export const decoders: Readonly<Record<number, Decoder>> = { 1: decodeV1 };

// ---- public API --------------------------------------------------------------------------

/**
 * The URL fragment (without "#") that carries these answers. Answers must have passed
 * `checkAnswers` for this bank; answers to hidden questions are left out.
 */
export function encodeShareLink(bank: Bank, answers: Answers): string {
  const shown = dropHiddenAnswers(bank, answers);
  const tokens = linkQuestions(bank).map((question) => tokenFor(question, shown[question.id]));
  while (tokens.length > 0 && tokens[tokens.length - 1] === UNANSWERED_TOKEN) tokens.pop();
  const bytes: number[] = [];
  for (const token of tokens) writeVarint(token, bytes);
  const body = `v${SHARE_LINK_VERSION}.${bank.id}.${bankHash(bank)}.${toBase64Url(bytes)}`;
  return `${body}.${fnv1aHex(body)}`;
}

/**
 * Reads a share link, or the fragment of one, against a bank. Accepts any input and never
 * throws: the answers come back checked, with a notice when the bank changed since the link
 * was made, or an error naming what is wrong and what to do.
 */
export function decodeShareLink(bank: Bank, link: unknown): DecodedShareLink {
  if (typeof link !== 'string') return fail(bank, 'not-a-link');
  if (link.length > MAX_SHARE_LINK_LENGTH) return fail(bank, 'too-long');
  const hashAt = link.indexOf('#');
  const fragment = (hashAt >= 0 ? link.slice(hashAt + 1) : link).trim();
  if (fragment === '') return fail(bank, 'empty');
  const parts = fragment.split('.');
  const match = /^v(\d{1,6})$/.exec(parts[0] ?? '');
  if (!match) return fail(bank, 'not-a-link');
  const version = Number(match[1]);
  const decoder = Object.hasOwn(decoders, version) ? decoders[version] : undefined;
  if (decoder) return decoder(bank, parts);
  return fail(bank, version > SHARE_LINK_VERSION ? 'newer-version' : 'unknown-version');
}

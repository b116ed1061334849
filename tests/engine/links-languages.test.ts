/**
 * Links and files hold ids only, so one made in one language opens in any other, with no
 * notice; and what is wrong with a broken one is said in the language of the bank it is read
 * against.
 */
import { describe, expect, it } from 'vitest';
import {
  bankHash,
  checkAnswers,
  decodeCompareLink,
  decodeShareLink,
  encodeCompareLink,
  encodeShareLink,
  type Answers,
  type Bank,
} from '../../src/engine';
import { fnv1aHex } from '../../src/engine/bank/bank-hash';
import { parseResultFile, resultFileText } from '../../src/engine/exchange/result-file';
import en from '../../src/i18n/messages/en/links';
import { defaultBank } from '../fixtures/default-bank';
import { personas } from '../fixtures/personas';

const german = defaultBank('de');
const spanish = defaultBank('es');
const english = defaultBank('en');

function checked(bank: Bank, input: unknown): Answers {
  const result = checkAnswers(bank, input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.answers;
}

const first = checked(german, personas[0]?.answers);
const second = checked(german, personas[1]?.answers);

/** Every English sentence of the links messages, at any depth. */
function englishTexts(value: unknown): string[] {
  if (typeof value === 'string') return value.length > 12 ? [value.replace(/\{\w+\}.*$/s, '')] : [];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(englishTexts);
  return [];
}
const englishSentences = englishTexts(en).filter((text) => text.length > 12);

function expectNoEnglish(text: string): void {
  for (const sentence of englishSentences) expect(text).not.toContain(sentence);
}

/** A share link with its bank-hash part replaced (and its checksum made again). */
function withHash(link: string, hash: string): string {
  const [version, bankId, , payload] = link.split('.');
  const body = `${version ?? ''}.${bankId ?? ''}.${hash}.${payload ?? ''}`;
  return `${body}.${fnv1aHex(body)}`;
}

describe('links and files across languages', () => {
  it('hashes the bank the same in every language', () => {
    expect(bankHash(german)).toBe(bankHash(english));
    expect(bankHash(spanish)).toBe(bankHash(english));
  });

  it('opens a share link made in German in Spanish and English with the same answers and no notice', () => {
    const link = encodeShareLink(german, first);
    for (const bank of [spanish, english]) expect(decodeShareLink(bank, link)).toEqual({ ok: true, answers: first });
  });

  it('opens a comparison link made in German in Spanish and English with the same people and no notice', () => {
    const link = encodeCompareLink(german, [
      { label: 'Gründerin', answers: first },
      { label: '', answers: second },
    ]);
    for (const bank of [spanish, english])
      expect(decodeCompareLink(bank, link)).toEqual({
        ok: true,
        people: [
          { label: 'Gründerin', answers: first },
          // The default name is written into the link in the language it was made in.
          { label: 'Person 2', answers: second },
        ],
      });
  });

  it('opens a result file saved in German in English with no notice', () => {
    const text = resultFileText(german, first, new Date('2026-12-07T10:00:00Z'), 'Gründerin');
    const parsed = parseResultFile(english, text);
    expect(parsed).toEqual({ ok: true, answers: first, createdAt: '2026-12-07T10:00:00.000Z', name: 'Gründerin' });
  });

  it('opens a link made with the English 1.3.0 bank before links left out the texts, in German with no notice', () => {
    const old = withHash(encodeShareLink(english, first), 'ca69041d');
    expect(old.split('.')[2]).toBe('ca69041d');
    expect(decodeShareLink(german, old)).toEqual({ ok: true, answers: first });
  });

  it('explains a broken share link in German with the German bank', () => {
    const link = encodeShareLink(german, first);
    const damaged = decodeShareLink(german, `${link.slice(0, -3)}xyz`);
    expect(damaged.ok).toBe(false);
    if (damaged.ok) return;
    expect(damaged.error.message).toContain('beschädigt');
    expectNoEnglish(damaged.error.message);

    const other = decodeShareLink(german, link.replace(`.${german.id}.`, '.other-bank.'));
    // The checksum no longer holds: still a German sentence.
    expect(other.ok).toBe(false);
    if (!other.ok) expectNoEnglish(other.error.message);
  });

  it('names the question an answer does not fit by its German title', () => {
    // Nothing answered before "engineers", then an option where a number belongs.
    const order = german.linkOrder ?? german.questions.map((question) => question.id);
    const bytes = [...order.slice(0, order.indexOf('engineers')).map(() => 0), 4 * 0 + 1];
    const body = `v1.${german.id}.${bankHash(german)}.${Buffer.from(bytes).toString('base64url')}`;
    const decoded = decodeShareLink(german, `${body}.${fnv1aHex(body)}`);
    expect(decoded).toMatchObject({ ok: false, error: { code: 'bad-answer' } });
    if (decoded.ok) return;
    const title = german.questions.find((question) => question.id === 'engineers')?.title ?? '';
    expect(decoded.error.message).toContain(`zur Frage „${title.split(' ')[0] ?? ''}`);
    expectNoEnglish(decoded.error.message);
  });

  it('explains a broken comparison link in German with the German bank', () => {
    const decoded = decodeCompareLink(german, 'c1.role-fit');
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error.message).toContain('Vergleichslink ist beschädigt');
    expectNoEnglish(decoded.error.message);
  });

  it('refuses a file in German with the German bank, naming the question by its German title', () => {
    const text = resultFileText(english, first, new Date('2026-12-07T10:00:00Z'));
    const data = JSON.parse(text) as { answers: Record<string, unknown> };
    data.answers.engineers = 'many';
    const parsed = parseResultFile(german, JSON.stringify(data));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).toContain('passen nicht zu den aktuellen Fragen');
    const title = german.questions.find((question) => question.id === 'engineers')?.title ?? '';
    expect(parsed.error.details.join('\n')).toContain(`„${title.split(' ')[0] ?? ''}`);
    for (const line of [parsed.error.message, ...parsed.error.details]) expectNoEnglish(line);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPARISON_CHANGED_NOTICE,
  MAX_COMPARE_LINK_LENGTH,
  bankHash,
  checkAnswers,
  decodeCompareLink,
  decodeLink,
  encodeCompareLink,
  encodeShareLink,
  isCompareLink,
  type Answers,
  type Bank,
  type CompareLinkErrorCode,
  type DecodedCompareLink,
  type Person,
} from '../../src/engine';
import { fnv1aHex } from '../../src/engine/bank/bank-hash';
import { answersArbitrary } from '../fixtures/answer-arbitrary';
import { defaultBank } from '../fixtures/default-bank';
import { expectDecoderIsTotal, hostileInputs } from '../fixtures/hostile-input';
import { miniBank } from '../fixtures/mini-bank';
import { personas } from '../fixtures/personas';

const bank = defaultBank();

function checked(input: unknown, against: Bank = bank): Answers {
  const result = checkAnswers(against, input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.answers;
}

const people: Person[] = personas.slice(0, 3).map((persona, index) => ({
  label: ['Ada', 'Grace', 'Linus'][index] ?? '',
  answers: checked(persona.answers),
}));
const pmMinded = { size: 5, direction: 'unclear', delivery: 'agree', pains: ['drift'] };
const poMinded = { size: 5, direction: 'clear', delivery: 'strongly-disagree', pains: ['waiting'] };

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
/** The payload of a person's share link: what a comparison link carries for their answers. */
const payload = (answers: Answers, against: Bank = bank) => encodeShareLink(against, answers).split('.')[3] ?? '';

/** A comparison link from raw parts, with a correct checksum: only the content can be wrong. */
function sealed(
  parts: string[],
  {
    version = 'c1',
    bankId = bank.id,
    hash = bankHash(bank),
  }: { version?: string; bankId?: string; hash?: string } = {},
): string {
  const body = [version, bankId, hash, ...parts].join('.');
  return `${body}.${fnv1aHex(body)}`;
}

describe('encodeCompareLink and decodeCompareLink', () => {
  it('round-trips names and answers, in order', () => {
    const link = encodeCompareLink(bank, people);
    expect(link).toMatch(/^c1\.role-fit\.[0-9a-f]{8}\.([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.){3}[0-9a-f]{8}$/);
    expect(decodeCompareLink(bank, link)).toEqual({ ok: true, people });
  });

  it('writes each name as personName gives it', () => {
    const link = encodeCompareLink(miniBank, [
      { label: '  Ada\tLovelace\u202e ', answers: pmMinded },
      { label: '', answers: poMinded },
    ]);
    const decoded = decodeCompareLink(miniBank, link);
    expect(decoded.ok && decoded.people.map((person) => person.label)).toEqual(['Ada Lovelace', 'Person 2']);
  });

  it.each([
    ['names in other scripts', ['Zoë', '李小龍', 'Åsa-Britt 🚀']],
    ['names with Markdown and HTML in them', ['**Ada**', '<img src=x onerror=alert(1)>']],
    ['names of 40 characters', ['A'.repeat(40), '🚀'.repeat(20)]],
  ])('keeps %s as they are', (_, names) => {
    const named = names.map((label, index) => ({ label, answers: index % 2 ? poMinded : pmMinded }));
    const decoded = decodeCompareLink(miniBank, encodeCompareLink(miniBank, named));
    expect(decoded).toEqual({ ok: true, people: named });
  });

  it('reads a whole address as well as its fragment, with spaces around it', () => {
    const link = encodeCompareLink(bank, people);
    expect(decodeCompareLink(bank, `  http://127.0.0.1:5173/role-fit/?step=compare#${link}\n`)).toEqual({
      ok: true,
      people,
    });
  });

  it('opens a link made with other questions, with a notice', () => {
    const link = sealed([base64url('Ada'), payload(pmMinded, miniBank), base64url('Bo'), ''], {
      bankId: miniBank.id,
      hash: '00000000',
    });
    expect(decodeCompareLink(miniBank, link)).toEqual({
      ok: true,
      people: [
        { label: 'Ada', answers: pmMinded },
        { label: 'Bo', answers: {} },
      ],
      notice: COMPARISON_CHANGED_NOTICE,
    });
  });

  it.each([1, 6])('refuses to encode %i people', (count) => {
    const many = Array.from({ length: count }, (_, index) => ({ label: `P${index}`, answers: pmMinded }));
    expect(() => encodeCompareLink(miniBank, many)).toThrow(RangeError);
  });

  it('keeps five people with the longest names well inside the length limit', () => {
    const fullest = Array.from({ length: 5 }, (_, index) => ({
      label: `${'€'.repeat(39)}${index}`,
      answers: checked(personas[index]?.answers),
    }));
    expect(encodeCompareLink(bank, fullest).length).toBeLessThan(MAX_COMPARE_LINK_LENGTH / 2);
  });
});

describe('isCompareLink', () => {
  it.each([
    ['a comparison link', 'c1.role-fit.0.a.b.c.d.0', true],
    ['a comparison link in an address', 'http://127.0.0.1:5173/#c1.x', true],
    ['a later version', 'c12.x', true],
    ['a share link', encodeShareLink(bank, {}), false],
    ['a share link in an address', `http://127.0.0.1:5173/#${encodeShareLink(bank, {})}`, false],
    ['a word starting with c', 'compare.x', false],
    ['nothing', '', false],
  ])('%s: %s', (_, text, expected) => {
    expect(isCompareLink(text)).toBe(expected);
  });
});

describe('decodeLink', () => {
  const share = encodeShareLink(miniBank, pmMinded);
  const comparison = encodeCompareLink(miniBank, [
    { label: 'Ada', answers: pmMinded },
    { label: 'Bo', answers: poMinded },
  ]);
  it.each([
    ['a share link', `#${share}`, { kind: 'result', ok: true, answers: pmMinded }],
    [
      'a comparison link',
      `#${comparison}`,
      {
        kind: 'comparison',
        ok: true,
        people: [
          { label: 'Ada', answers: pmMinded },
          { label: 'Bo', answers: poMinded },
        ],
      },
    ],
    ['a damaged share link', `#${share.slice(0, -2)}`, { kind: 'result', ok: false, error: { code: 'damaged' } }],
    [
      'a damaged comparison link',
      `#${comparison.slice(0, -2)}`,
      { kind: 'comparison', ok: false, error: { code: 'damaged' } },
    ],
    ['neither', '#<script>', { kind: 'result', ok: false, error: { code: 'not-a-link' } }],
  ])('%s', (_, fragment, expected) => {
    expect(decodeLink(miniBank, fragment)).toMatchObject(expected);
  });
});

const ask = '; ask the person who sent it for a new link.';

describe('refused links', () => {
  const good = encodeCompareLink(miniBank, [
    { label: 'Ada', answers: pmMinded },
    { label: 'Bo', answers: poMinded },
  ]);
  const mini = { bankId: miniBank.id, hash: bankHash(miniBank) };
  const ada = base64url('Ada');
  const bo = base64url('Bo');

  it.each<[string, unknown, CompareLinkErrorCode, string]>([
    ['not text', 42, 'not-a-link', 'This is not a Role Fit comparison link'],
    ['nothing after the #', 'http://127.0.0.1:5173/#', 'empty', 'the part after “#” is missing'],
    ['far too long', `c1.${'a'.repeat(MAX_COMPARE_LINK_LENGTH)}`, 'too-long', 'far too long'],
    ['a share link', encodeShareLink(miniBank, pmMinded), 'not-a-link', 'not a Role Fit comparison link'],
    ['a version with a leading zero', `c01${good.slice(2)}`, 'not-a-link', 'not a Role Fit comparison link'],
    ['a newer version', `c2${good.slice(2)}`, 'newer-version', 'made by a newer version of Role Fit'],
    ['version 0', `c0${good.slice(2)}`, 'unknown-version', 'a format Role Fit does not know'],
    ['cut short', good.slice(0, -3), 'damaged', 'probably cut short'],
    ['a name changed', good.replace(`.${base64url('Ada')}.`, `.${base64url('Adb')}.`), 'damaged', 'damaged'],
    ['only its header', sealed([], mini), 'damaged', 'damaged'],
    ['a name without answers', sealed([ada, '', bo], mini), 'damaged', 'damaged'],
    ['a bank id that is not one', sealed([ada, '', bo, ''], { ...mini, bankId: 'Mini!' }), 'not-a-link', 'not a'],
    ['a hash that is not one', sealed([ada, '', bo, ''], { ...mini, hash: 'xyz' }), 'not-a-link', 'not a'],
  ])('%s', (_, input, code, words) => {
    const decoded = decodeCompareLink(miniBank, input);
    expect(decoded).toMatchObject({ ok: false, error: { code } });
    expect(decoded.ok ? '' : decoded.error.message).toContain(words);
  });

  it('names the question set a link was made for', () => {
    expect(decodeCompareLink(miniBank, encodeCompareLink(bank, people))).toEqual({
      ok: false,
      error: {
        code: 'other-bank',
        message: 'This comparison was made for the question set “role-fit”, not “mini”, so it cannot be opened here.',
      },
    });
  });

  it.each([
    [1, 'This comparison link holds 1 person'],
    [6, 'This comparison link holds 6 people'],
  ])('says how many people a link holds when it is %i', (count, words) => {
    const parts = Array.from({ length: count }, (_, index) => [base64url(`P${index}`), '']).flat();
    expect(decodeCompareLink(miniBank, sealed(parts, mini))).toEqual({
      ok: false,
      error: { code: 'people', message: `${words}, but a comparison takes 2 to 5${ask}` },
    });
  });

  it.each([
    ['not base64url', 'Ad+a'],
    ['not UTF-8', Buffer.from([0xff, 0xfe]).toString('base64url')],
    ['empty after trimming', base64url('   ')],
    ['a line break', base64url('Ada\nLovelace')],
    ['a control character', base64url('Ada\u0000')],
    ['a bidi override', base64url('Ada\u202e')],
    ['spaces around it', base64url(' Ada ')],
    ['longer than 40 characters', base64url('A'.repeat(41))],
    ['a second spelling (padding)', `${base64url('Ad')}==`],
    // "QWQ" is "Ad"; "QWR" sets two bits that hold no byte.
    ['a second spelling (loose bits)', 'QWR'],
  ])('names the person whose name is %s', (_, name) => {
    expect(decodeCompareLink(miniBank, sealed([ada, '', name, ''], mini))).toEqual({
      ok: false,
      error: {
        code: 'bad-name',
        message: `The name of person 2 in this comparison link cannot be read${ask}`,
      },
    });
  });

  it('names the person whose answers do not fit, with the share-link reason', () => {
    // Token 4·9+1: option 9 of "direction", which has far fewer.
    const bad = Buffer.from([0, 0, 37]).toString('base64url');
    const decoded = decodeCompareLink(miniBank, sealed([ada, payload(pmMinded, miniBank), bo, bad], mini));
    expect(decoded).toMatchObject({ ok: false, error: { code: 'bad-answers' } });
    expect(decoded.ok ? '' : decoded.error.message).toMatch(/^Bo: This link holds an answer that does not fit/);
  });

  it('names the person whose payload is not base64url', () => {
    const decoded = decodeCompareLink(miniBank, sealed([ada, '', bo, '<script>'], mini));
    expect(decoded).toMatchObject({ ok: false, error: { code: 'bad-answers' } });
    expect(decoded.ok ? '' : decoded.error.message).toMatch(/^Bo: This link is damaged/);
  });
});

const codes: Record<CompareLinkErrorCode, true> = {
  empty: true,
  'too-long': true,
  'not-a-link': true,
  'newer-version': true,
  'unknown-version': true,
  damaged: true,
  'other-bank': true,
  people: true,
  'bad-name': true,
  'bad-answers': true,
};

/** Checked people that encode back to an equal link, or a known code with one plain sentence. */
function expectOutcome(outcome: DecodedCompareLink): void {
  if (outcome.ok) {
    expect(decodeCompareLink(bank, encodeCompareLink(bank, outcome.people))).toEqual({
      ok: true,
      people: outcome.people,
    });
    for (const person of outcome.people) expect(checkAnswers(bank, person.answers)).toMatchObject({ ok: true });
    return;
  }
  expect(Object.hasOwn(codes, outcome.error.code)).toBe(true);
  expect(outcome.error.message).toMatch(/^[^\n]*\S[^\n]*$/);
}

describe('properties', () => {
  it('round-trips any 2 to 5 people with any names and valid answers', () => {
    const person = fc.record({ label: fc.string({ unit: 'binary', maxLength: 60 }), answers: answersArbitrary(bank) });
    fc.assert(
      fc.property(fc.array(person, { minLength: 2, maxLength: 5 }), (input) => {
        const named = input.map((entry) => ({ ...entry, answers: checked(entry.answers) }));
        const decoded = decodeCompareLink(bank, encodeCompareLink(bank, named));
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        expect(decoded.people.map((entry) => entry.answers)).toEqual(named.map((entry) => entry.answers));
        // A name comes back as it was written: re-encoding gives the same link.
        expect(encodeCompareLink(bank, decoded.people)).toBe(encodeCompareLink(bank, named));
      }),
      { numRuns: 150 },
    );
  });

  it('never throws for link-shaped text', () => {
    const part = fc.string({ unit: fc.constantFrom(...'c1.role-fitABCxyz09_-#QWRh'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        expectOutcome(decodeCompareLink(bank, parts.join('.')));
      }),
      { numRuns: 300 },
    );
  });

  it.each(hostileInputs)('returns a result and pollutes nothing when fed %s', (_, arbitrary) => {
    expectDecoderIsTotal((input) => decodeCompareLink(bank, input), arbitrary, expectOutcome);
  });
});

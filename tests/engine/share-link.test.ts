import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  QUESTIONS_CHANGED_NOTICE,
  bankHash,
  checkAnswers,
  decodeShareLink,
  encodeShareLink,
  evaluate,
  shareLinkDecoders,
  type Answers,
  type Bank,
  type ShareLinkDecoder,
  type ShareLinkErrorCode,
} from '../../src/engine';
import { fnv1aHex } from '../../src/engine/bank/bank-hash';
import { answersArbitrary } from '../fixtures/answer-arbitrary';
import { defaultBank } from '../fixtures/default-bank';
import { expectDecoderIsTotal, expectShareLinkOutcome, hostileInputs } from '../fixtures/hostile-input';
import { miniBank } from '../fixtures/mini-bank';
import { personas } from '../fixtures/personas';

const bank = defaultBank();
const engineers = bank.questions.find((question) => question.id === 'engineers');
const engineersMax = engineers?.type === 'number' ? engineers.max : 0;

function checked(input: unknown, against: Bank = bank): Answers {
  const result = checkAnswers(against, input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.answers;
}

/** A v1 link around raw varint bytes, with a correct checksum: only the content can be wrong. */
function sealed(bytes: number[], { bankId = bank.id, hash = bankHash(bank), version = 'v1' } = {}): string {
  const body = `${version}.${bankId}.${hash}.${Buffer.from(bytes).toString('base64url')}`;
  return `${body}.${fnv1aHex(body)}`;
}

/** Tokens of the v1 payload: 0 unanswered, 4 unsure, 4i+1 option i, 4m+2 mask m, 4z+3 zigzag number z. */
const option = (i: number) => 4 * i + 1;
const mask = (m: number) => 4 * m + 2;
const number = (n: number) => 4 * (n >= 0 ? 2 * n : -2 * n - 1) + 3;
function varints(tokens: number[]): number[] {
  const bytes: number[] = [];
  for (let token of tokens) {
    while (token >= 0x80) {
      bytes.push((token % 0x80) | 0x80);
      token = Math.floor(token / 0x80);
    }
    bytes.push(token);
  }
  return bytes;
}

/** The biggest answers the default bank allows: every question shown, most options ticked, largest numbers. */
function fullestAnswers(): Answers {
  const answers: Record<string, Answers[string]> = {};
  for (const question of bank.questions) {
    if (question.type === 'number') answers[question.id] = question.max;
    else if (question.type === 'multiple')
      answers[question.id] = question.options
        .filter((entry) => !entry.exclusive)
        .slice(-question.maxChoices)
        .map((entry) => entry.id);
    else answers[question.id] = question.options.at(-1)?.id ?? '';
  }
  // The last option of these does not show its follow-up question; these do.
  answers.markets = 'entering-several';
  answers['vision-owner'] = 'product-leader';
  return checked(answers);
}

// Links made by v1 and pasted here once: they must open for as long as Role Fit exists.
const savedV1Links: [string, string][] = [
  ['combined-seed-startup', 'v1.role-fit.96a01c45.BSMAAUIBAAkFCQkBEg2CAQU.2b06ba27'],
  ['combined-pre-seed-mvp', 'v1.role-fit.96a01c45.ARMAAUIBAAkJCQ0BBgmCAQE.f8172a6a'],
  ['combined-small-saas', 'v1.role-fit.96a01c45.BUMABQYBAAkFBQkFMg0KBQ.016e2fcd'],
  ['combined-unsure-bootstrapped', 'v1.role-fit.96a01c45.ARsAAQQEAAkECQQBBgSCAQE.7bf2fb31'],
  ['combined-near-boundary', 'v1.role-fit.96a01c45.BVMAARIJCgkFCQkBMg0KBQ.4a91829b'],
  ['both-enterprise-expansion', 'v1.role-fit.96a01c45.EdMPYw0eDQ4NBQUFDfoDEToN.f199aad6'],
  ['both-scale-up-new-region', 'v1.role-fit.96a01c45.DeMDMwkWCQYJCQ0FBdoBDR4J.73edb281'],
  ['both-regulated-fintech', 'v1.role-fit.96a01c45.CZsCIwUOBQARBREFBfICDWoJ.2307c1b9'],
  ['both-overwhelmed-split', 'v1.role-fit.96a01c45.CcsBGwUGCQoJBQ0FBXoNZgk.5dfe50a9'],
  ['both-unsure-corporate', 'v1.role-fit.96a01c45.EcMHBA0uBQANBAUFDcoDBDoN.9fb8b875'],
  ['po-founder-led-chaos', 'v1.role-fit.96a01c45.BXsTAQYBAAENCQEFIgUiBQ.4c20c7ca'],
  ['po-product-leader-needs-delivery', 'v1.role-fit.96a01c45.DcMCIwUGBQAFEQUFBcoBCTIF.eed0c093'],
  ['po-cto-runs-backlog', 'v1.role-fit.96a01c45.CaMBEwEKAQABDQUFBWIFIgU.a629fd80'],
  ['po-overwhelmed-lead-keeps-vision', 'v1.role-fit.96a01c45.CZMBEwUGAQAFDQ0FBTIJJgU.20eb7e36'],
  ['po-unsure-agency-spinout', 'v1.role-fit.96a01c45.BXMEASIEAAENEQUFBgQiBQ.69728b21'],
  ['pm-smooth-delivery-new-market', 'v1.role-fit.96a01c45.CcsBGwEGCQoJBQENCToRQgU.44944996'],
  ['pm-no-roadmap-growth', 'v1.role-fit.96a01c45.CfMBGwkSBQARAQERCVoNSgU.8d9cc103'],
  ['pm-sales-led-drift', 'v1.role-fit.96a01c45.DesCKwUGDRYNBQENCWoRSgU.e571f901'],
  ['pm-overwhelmed-lead-keeps-backlog', 'v1.role-fit.96a01c45.CaMBEwESCSIJBQ0NCTINRgU.e54614c8'],
  ['pm-unsure-marketplace', 'v1.role-fit.96a01c45.CbMBBAUSCQQRAQUNCTINQgQ.674ae6d5'],
];

describe('encodeShareLink → decodeShareLink', () => {
  it.each(personas.map((persona) => [persona.id, persona] as const))('round-trips %s', (_, persona) => {
    const answers = checked(persona.answers);
    const link = encodeShareLink(bank, answers);
    expect(link).toMatch(/^v1\.role-fit\.[0-9a-f]{8}\.[A-Za-z0-9_-]*\.[0-9a-f]{8}$/);
    const decoded = decodeShareLink(bank, link);
    expect(decoded).toEqual({ ok: true, answers });
    if (!decoded.ok) return;
    expect(evaluate(bank, decoded.answers)).toEqual(evaluate(bank, answers));
    expect(evaluate(bank, decoded.answers).outcome).toBe(persona.expected);
  });

  it.each([
    ['no answers', {}, ''],
    ['the first two answers', { stage: 'seed', engineers: 4 }, 'BSM'],
  ])('writes %s compactly, leaving trailing unanswered questions out', (_, answers, payload) => {
    expect(encodeShareLink(bank, answers).split('.')[3]).toBe(payload);
    expect(decodeShareLink(bank, encodeShareLink(bank, answers))).toEqual({ ok: true, answers });
  });

  it('writes the fullest answers of the default bank as one token each, in link order, within 100 characters', () => {
    const answers = fullestAnswers();
    expect(Object.keys(answers)).toHaveLength(bank.questions.length);
    // The largest token each question can take, by the format above, in the bank's linkOrder.
    const tokens = (bank.linkOrder ?? []).map((id) => {
      const question = bank.questions.find((candidate) => candidate.id === id);
      const answer = answers[id];
      if (!question) return -1;
      if (question.type === 'number') return typeof answer === 'number' ? number(answer) : -1;
      const options = question.options.map((entry) => entry.id);
      const index = (optionId: string) => options.indexOf(optionId);
      if (Array.isArray(answer)) return mask(answer.reduce((bits, ticked) => bits | (1 << index(ticked)), 0));
      return option(index(String(answer)));
    });
    expect(tokens).toHaveLength(bank.questions.length);
    const link = encodeShareLink(bank, answers);
    expect(link.split('.')[3]).toBe(Buffer.from(varints(tokens)).toString('base64url'));
    // 69 characters with the 20 questions of bank 1.3.0: the 21-character head, the 9-character
    // checksum and 29 bytes of answers in 39 characters (three bytes each for the engineers and
    // the two headcounts, two each for the teams, the salaries and the stakeholders, one for each
    // other question). The link is pasted into chats and emails: 100 leaves room for a few more
    // questions before anyone must look at its length again.
    expect(link.length).toBeLessThanOrEqual(100);
    expect(decodeShareLink(bank, link)).toEqual({ ok: true, answers });
  });

  it('leaves out answers to questions the other answers hide', () => {
    const link = encodeShareLink(bank, { engineers: 4, teams: 3 });
    expect(decodeShareLink(bank, link)).toEqual({ ok: true, answers: { engineers: 4 } });
  });

  it('accepts a whole address, a leading "#" and surrounding spaces', () => {
    const link = encodeShareLink(bank, { stage: 'seed' });
    for (const text of [`/role-fit/#${link}`, `#${link}`, `  ${link}\n`])
      expect(decodeShareLink(bank, text)).toEqual({ ok: true, answers: { stage: 'seed' } });
  });

  it('encodes negative numbers and multiple choices of any bank', () => {
    const answers = checked(
      { size: 40, teams: 7, direction: 'unclear', delivery: 'agree', pains: ['drift', 'silos'] },
      miniBank,
    );
    expect(decodeShareLink(miniBank, encodeShareLink(miniBank, answers))).toEqual({ ok: true, answers });
  });
});

describe('saved v1 links', () => {
  const byId = new Map(personas.map((persona) => [persona.id, persona]));

  it.each(savedV1Links)('still opens the link made for %s', (id, link) => {
    const decoded = decodeShareLink(bank, link);
    // These links were made before bank 1.3.0 added questions at the end of the link order.
    const added = new Set(bank.linkOrder?.slice(bank.linkOrder.indexOf('build')) ?? []);
    const before = Object.fromEntries(Object.entries(byId.get(id)?.answers ?? {}).filter(([q]) => !added.has(q)));
    const answers = checked(before);
    const madeWith = link.split('.')[2];
    expect(decoded).toEqual(
      madeWith === bankHash(bank) ? { ok: true, answers } : { ok: true, answers, notice: QUESTIONS_CHANGED_NOTICE },
    );
  });

  it('keeps a decoder for every version ever written', () => {
    expect(Object.keys(shareLinkDecoders)).toEqual(['1']);
  });
});

/** The link with the first character of its payload changed. */
function alterPayload(link: string): string {
  const at = link.indexOf('.', link.indexOf('.', link.indexOf('.') + 1) + 1) + 1;
  return `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
}

describe('decodeShareLink refuses', () => {
  const good = encodeShareLink(bank, checked(personas[0]?.answers));
  // Questions are named by their titles, cut after a few words when long.
  const ENGINEERS = /the question “How many engineers build your product…”;/;
  const COMPLEXITY = /the question “Which of these make your product harder…”;/;
  const cases: [string, () => unknown, ShareLinkErrorCode, RegExp][] = [
    ['nothing', () => '', 'empty', /holds no result/],
    ['an address with an empty fragment', () => '/role-fit/#', 'empty', /holds no result/],
    ['a number', () => 42, 'not-a-link', /not a Role Fit result link/],
    ['plain words', () => 'hello there', 'not-a-link', /not a Role Fit result link/],
    ['a version that is not a number', () => good.replace('v1', 'vx'), 'not-a-link', /not a Role Fit/],
    ['2,001 characters, before any work', () => 'v1.'.padEnd(2001, 'A'), 'too-long', /too long/],
    [
      'a newer format',
      () => good.replace(/^v1/, 'v2'),
      'newer-version',
      /^This link was made by a newer version of Role Fit/,
    ],
    ['a far newer format', () => 'v999999.anything', 'newer-version', /newer version of Role Fit/],
    ['a format never written', () => good.replace(/^v1/, 'v0'), 'unknown-version', /format Role Fit does not know/],
    ['a link cut short', () => good.slice(0, -3), 'damaged', /damaged/],
    ['a link missing its checksum', () => good.slice(0, good.lastIndexOf('.')), 'damaged', /damaged/],
    ['a link with one character changed', () => alterPayload(good), 'damaged', /damaged/],
    ['an extra part', () => `${good}.x`, 'damaged', /damaged/],
    ['a badly formed bank id', () => sealed([], { bankId: 'Role_Fit' }), 'not-a-link', /not a Role Fit/],
    ['a badly formed hash', () => sealed([], { hash: 'xyz' }), 'not-a-link', /not a Role Fit/],
    [
      'another bank',
      () => sealed([], { bankId: 'other-bank' }),
      'other-bank',
      /made for the question set “other-bank”/,
    ],
    [
      'characters outside base64url',
      () => {
        const body = `v1.role-fit.${bankHash(bank)}.AB*C`;
        return `${body}.${fnv1aHex(body)}`;
      },
      'damaged',
      /damaged/,
    ],
    ['a varint cut short', () => sealed([0x80]), 'damaged', /damaged/],
    ['a varint written with a spare zero byte', () => sealed([0x81, 0x00]), 'damaged', /damaged/],
    [
      'a varint of nine bytes',
      () => sealed([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]),
      'damaged',
      /damaged/,
    ],
    [
      'an option index out of range',
      () => sealed(varints([option(5)])),
      'bad-answer',
      /does not fit the question “What stage is your company at\?”; ask the person who sent it for a new link\.$/,
    ],
    ['a negative number below the minimum', () => sealed(varints([0, number(-1)])), 'bad-answer', ENGINEERS],
    ['a number above the maximum', () => sealed(varints([0, number(engineersMax + 1)])), 'bad-answer', ENGINEERS],
    ['an option index for a number question', () => sealed(varints([0, option(3)])), 'bad-answer', ENGINEERS],
    [
      'a number for a choice question',
      () => sealed(varints([number(1)])),
      'bad-answer',
      /“What stage is your company at\?”/,
    ],
    ['an empty set of ticks', () => sealed(varints([0, 0, 0, 0, mask(0)])), 'bad-answer', COMPLEXITY],
    ['a tick beyond the last option', () => sealed(varints([0, 0, 0, 0, mask(1 << 5)])), 'bad-answer', COMPLEXITY],
    ['an unknown special value', () => sealed(varints([8])), 'bad-answer', /“What stage is your company at\?”/],
    [
      'more answers than questions',
      () => sealed(varints(bank.questions.map(() => 4).concat([4]))),
      'bad-answer',
      /more questions than there are now/,
    ],
    [
      'an answer to a hidden question',
      () => sealed(varints([0, number(4), number(3)])),
      'invalid-answers',
      /do not fit the current questions/,
    ],
    [
      // Strain (15th in link order) has six options and allows five: all six is one too many.
      'too many ticks',
      () => sealed(varints([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, mask(0b111111)])),
      'invalid-answers',
      /do not fit/,
    ],
  ];

  it.each(cases)('%s', (_, input, code, message) => {
    const decoded = decodeShareLink(bank, input());
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error.code).toBe(code);
    expect(decoded.error.message).toMatch(message);
    // One plain sentence: a capital, no line break, a full stop at the end.
    expect(decoded.error.message).toMatch(/^[A-Z][^\n]*\.$/);
  });

  it.each([
    [
      'an answer the other answers skip',
      [0, number(4), number(3)],
      ['The answer to “How many separate product or delivery…” does not apply: the other answers skip that question.'],
    ],
    [
      'more ticks than the question allows',
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, mask(0b111111)],
      ['The answer to “Which of these do you see today?” ticks 6 options; at most 5 may be ticked.'],
    ],
    [
      '“None of these” ticked with another option',
      [0, 0, 0, 0, mask(0b10001)],
      [
        'The answer to “Which of these make your product harder…” ticks two options that exclude each other: “None of these” cannot be ticked together with “Many integrations with other systems”.',
      ],
    ],
  ])('names in plain words, by the question’s title, %s', (_, tokens, details) => {
    expect(decodeShareLink(bank, sealed(varints(tokens)))).toEqual({
      ok: false,
      error: {
        code: 'invalid-answers',
        message:
          'The answers in this link do not fit the current questions; ask the person who sent it for a new link.',
        details,
      },
    });
  });

  it.each([
    ['damaged', good.slice(0, -3)],
    ['not-a-link', 'hello there'],
    ['empty', '/role-fit/#'],
  ])('tells the person who opened a %s link to ask its sender for the whole link again', (code, link) => {
    const decoded = decodeShareLink(bank, link);
    expect(decoded).toMatchObject({ ok: false, error: { code } });
    if (decoded.ok) return;
    expect(decoded.error.message).toMatch(/; ask the person who sent it for the whole link again\.$/);
    // "Copy share link" is the sender's button: the person who opened the link has none to press.
    expect(decoded.error.message).not.toMatch(/Copy share link|copy the/i);
  });
});

describe('a link made with other questions', () => {
  it('still opens when the bank id matches and the answers fit, with a notice', () => {
    const link = sealed(varints([option(1), number(4)]), { hash: '00000000' });
    expect(decodeShareLink(bank, link)).toEqual({
      ok: true,
      answers: { stage: 'seed', engineers: 4 },
      notice: QUESTIONS_CHANGED_NOTICE,
    });
    expect(QUESTIONS_CHANGED_NOTICE).toMatch(/questions or advice have changed since this link was made/);
  });
});

describe('properties', () => {
  it('round-trips any valid answers, within 300 characters', () => {
    fc.assert(
      fc.property(answersArbitrary(bank), (input) => {
        const answers = checked(input);
        const link = encodeShareLink(bank, answers);
        expect(link.length).toBeLessThanOrEqual(300);
        expect(decodeShareLink(bank, link)).toEqual({ ok: true, answers });
      }),
      { numRuns: 200 },
    );
  });

  it('never throws for link-shaped text', () => {
    const part = fc.string({ unit: fc.constantFrom(...'v1.role-fitABCxyz09_-#'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
        expect(decodeShareLink(bank, parts.join('.')).ok).toBeTypeOf('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it.each(hostileInputs)('returns a result and pollutes nothing when fed %s', (_, arbitrary) => {
    expectDecoderIsTotal((input) => decodeShareLink(bank, input), arbitrary, expectShareLinkOutcome(bank));
  });
});

describe('hostile links', () => {
  const good = encodeShareLink(bank, checked(personas[0]?.answers));
  const script = '<script>alert(document.cookie)</script>';
  const image = '<img src=x onerror=alert(1)>';

  it.each([
    ['a script tag as the fragment', `#${script}`, 'not-a-link'],
    ['a URL-encoded script tag', `#${encodeURIComponent(script)}`, 'not-a-link'],
    ['an HTML tag after the version', `#v1.${image}`, 'damaged'],
    ['a URL-encoded HTML tag after the version', `#v1.${encodeURIComponent(image)}`, 'damaged'],
    ['a script tag as the payload', `${good.split('.').slice(0, 3).join('.')}.${script}.00000000`, 'damaged'],
    [
      'a script tag as the payload, with a matching checksum',
      (() => {
        const body = `v1.role-fit.${bankHash(bank)}.${script}`;
        return `${body}.${fnv1aHex(body)}`;
      })(),
      'damaged',
    ],
    ['an HTML tag as the bank id, with a matching checksum', sealedWith(image), 'not-a-link'],
    ['a javascript: address', 'javascript:alert(1)', 'not-a-link'],
  ])('refuses %s without repeating it', (_, link, code) => {
    const decoded = decodeShareLink(bank, link);
    expect(decoded).toMatchObject({ ok: false, error: { code } });
    // The message is Role Fit's own words: nothing from the link is echoed to the page.
    expect(JSON.stringify(decoded)).not.toMatch(/script|img|alert|%3C/i);
  });

  it('refuses a 100 KB fragment before decoding it, at once', () => {
    const huge = `/role-fit/#${good}${'A'.repeat(100_000)}`;
    const decoder = vi.spyOn(shareLinkDecoders as Record<number, ShareLinkDecoder>, 1);
    const started = performance.now();
    for (let i = 0; i < 100; i++) expect(decodeShareLink(bank, huge)).toMatchObject({ error: { code: 'too-long' } });
    expect(performance.now() - started).toBeLessThan(250);
    expect(decoder).not.toHaveBeenCalled();
  });

  it('ignores a forged outcome or score outside the fragment: the answers are all that is read', () => {
    const decoded = decodeShareLink(bank, `/role-fit/?outcome=pm&fit=100&score=100#${good}`);
    expect(decoded).toEqual({ ok: true, answers: checked(personas[0]?.answers) });
  });

  it.each([
    ['a score appended to the fragment', `${good}&score=100`],
    ['an extra field as another part', `${good}.outcome=pm`],
    ['an extra field inside the payload', good.replace(/\.([0-9a-f]{8})$/, 'outcome.$1')],
  ])('refuses %s: fields are never added to a link', (_, link) => {
    expect(decodeShareLink(bank, link)).toMatchObject({ ok: false, error: { code: 'damaged' } });
  });
});

/** A v1 link with this bank id and a correct checksum. */
function sealedWith(bankId: string): string {
  const body = `v1.${bankId}.${bankHash(bank)}.`;
  return `${body}.${fnv1aHex(body)}`;
}

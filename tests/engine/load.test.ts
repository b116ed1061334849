import { describe, expect, it } from 'vitest';
import { formatBankIssues, parseBank } from '../../src/engine';
import { tinyBankCopy, tinyBankJson } from './tiny-bank';

type TinyBank = ReturnType<typeof tinyBankCopy>;

/** Each case breaks a copy of the tiny bank in one way and names the issue it must produce. */
const broken: [string, (bank: TinyBank) => unknown, { path: string; message: string }][] = [
  ['a misspelt key', (bank) => ({ ...bank, titel: 'x' }), { path: '(root)', message: 'Unrecognized key: "titel"' }],
  [
    'a misspelt key in a question',
    (bank) => {
      Object.assign(bank.questions[0] ?? {}, { helpText: 'x' });
      return bank;
    },
    { path: 'questions[0]', message: 'Unrecognized key: "helpText"' },
  ],
  [
    'an unknown question type',
    (bank) => {
      Object.assign(bank.questions[0] ?? {}, { type: 'slider' });
      return bank;
    },
    {
      path: 'questions[0].type',
      message: "Invalid discriminator value. Expected 'single' | 'multiple' | 'number' | 'scale'",
    },
  ],
  ['a bad version', (bank) => ({ ...bank, version: 'one' }), { path: 'version', message: 'Use a version like 1.2.0' }],
  [
    'a duplicate question id',
    (bank) => {
      Object.assign(bank.questions[3] ?? {}, { id: 'q1' });
      return bank;
    },
    { path: 'questions', message: 'question id "q1" is used twice' },
  ],
  [
    'a condition on a question that does not exist',
    (bank) => {
      Object.assign(bank.questions[2] ?? {}, { showIf: [{ question: 'nope', min: 1 }] });
      return bank;
    },
    { path: 'questions[2].showIf[0].question', message: '"nope" is not a question' },
  ],
  [
    'a condition on a later question',
    (bank) => {
      Object.assign(bank.questions[2] ?? {}, { showIf: [{ question: 'q4', anyOf: ['agree'] }] });
      return bank;
    },
    { path: 'questions[2].showIf[0].question', message: '"q4" must come before the question it controls' },
  ],
  [
    'a condition naming an unknown option',
    (bank) => {
      Object.assign(bank.questions[2] ?? {}, { showIf: [{ question: 'q1', anyOf: ['w'] }] });
      return bank;
    },
    { path: 'questions[2].showIf[0].anyOf[0]', message: '"w" is not an option of "q1"' },
  ],
  [
    'a weight on an undeclared dimension',
    (bank) => {
      Object.assign(bank.questions[0]?.options?.[0] ?? {}, { weights: { c: 1 } });
      return bank;
    },
    { path: 'questions[0].options[0].weights.c', message: '"c" is not a declared dimension' },
  ],
  [
    'a gap between bands',
    (bank) => {
      Object.assign(bank.questions[1]?.bands?.[1] ?? {}, { min: 5 });
      return bank;
    },
    { path: 'questions[1].bands[1].min', message: 'gap: nothing covers 4 to 4' },
  ],
  [
    'overlapping bands',
    (bank) => {
      Object.assign(bank.questions[1]?.bands?.[1] ?? {}, { min: 3 });
      return bank;
    },
    { path: 'questions[1].bands[1].min', message: 'overlap: 3 to 3 is already covered' },
  ],
  [
    'bands that stop short of the maximum',
    (bank) => {
      Object.assign(bank.questions[1]?.bands?.[1] ?? {}, { max: 9 });
      return bank;
    },
    { path: 'questions[1].bands', message: "the bands must end at the question's max, 10; they end at 9" },
  ],
  [
    'an option called "unsure"',
    (bank) => {
      Object.assign(bank.questions[0]?.options?.[2] ?? {}, { id: 'unsure' });
      return bank;
    },
    { path: 'questions[0].options[2].id', message: '"unsure" is reserved for "Not sure"' },
  ],
  [
    'a missing outcome',
    (bank) => ({ ...bank, outcomes: bank.outcomes.map((o) => (o.id === 'po' ? { ...o, id: 'pm' } : o)) }),
    { path: 'outcomes', message: 'outcome "pm" is declared twice' },
  ],
  [
    // Same profile as pm, which comes first in the tie order: po can never win.
    'an outcome no answers can reach',
    (bank) => ({
      ...bank,
      outcomes: bank.outcomes.map((o) =>
        o.id === 'po' ? { ...o, profile: { a: { target: 80, importance: 1 }, b: { target: 20, importance: 1 } } } : o,
      ),
    }),
    { path: 'outcomes[0]', message: 'no answers lead to "po": adjust its profile or the weights' },
  ],
  [
    'an infinite weight',
    (bank) => {
      Object.assign(bank.questions[0]?.options?.[0] ?? {}, { weights: { a: Infinity } });
      return bank;
    },
    { path: 'questions[0].options[0].weights.a', message: 'Invalid input: expected number, received Infinity' },
  ],
];

describe('parseBank', () => {
  it('accepts a valid bank and returns it unchanged', () => {
    const parsed = parseBank(tinyBankJson);
    expect(parsed).toEqual({ ok: true, bank: tinyBankJson });
  });

  it.each(broken)('rejects %s with a located issue', (_, breakIt, issue) => {
    const parsed = parseBank(breakIt(tinyBankCopy()));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toContainEqual(issue);
  });

  it.each([null, 42, 'bank', [], {}])('rejects %j without throwing', (input) => {
    expect(parseBank(input).ok).toBe(false);
  });

  it('formats issues one per line, path first', () => {
    expect(
      formatBankIssues([
        { path: 'a', message: 'one' },
        { path: 'b[0]', message: 'two' },
      ]),
    ).toBe('a: one\nb[0]: two');
  });
});

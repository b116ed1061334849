import { describe, expect, it } from 'vitest';
import { formatBankIssues, parseBank } from '../../src/engine';
import { miniBankCopy, miniBankJson } from '../fixtures/mini-bank';

type MiniBank = ReturnType<typeof miniBankCopy>;

/** Each case breaks a copy of the mini bank in one way and names the issue it must produce. */
const broken: [string, (bank: MiniBank) => unknown, { path: string; message: string }][] = [
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
      Object.assign(bank.questions[3] ?? {}, { id: 'size' });
      return bank;
    },
    { path: 'questions', message: 'question id "size" is used twice' },
  ],
  [
    'a condition on a question that does not exist',
    (bank) => {
      Object.assign(bank.questions[1] ?? {}, { showIf: [{ question: 'nope', min: 1 }] });
      return bank;
    },
    { path: 'questions[1].showIf[0].question', message: '"nope" is not a question' },
  ],
  [
    'a condition on a later question',
    (bank) => {
      Object.assign(bank.questions[1] ?? {}, { showIf: [{ question: 'delivery', anyOf: ['agree'] }] });
      return bank;
    },
    { path: 'questions[1].showIf[0].question', message: '"delivery" must come before the question it controls' },
  ],
  [
    'a condition naming an unknown option',
    (bank) => {
      Object.assign(bank.questions[4] ?? {}, { showIf: [{ question: 'direction', anyOf: ['w'] }] });
      return bank;
    },
    { path: 'questions[4].showIf[0].anyOf[0]', message: '"w" is not an option of "direction"' },
  ],
  [
    'a weight on an undeclared dimension',
    (bank) => {
      Object.assign(bank.questions[2]?.options?.[0] ?? {}, { weights: { c: 1 } });
      return bank;
    },
    { path: 'questions[2].options[0].weights.c', message: '"c" is not a declared dimension' },
  ],
  [
    'a gap between bands',
    (bank) => {
      Object.assign(bank.questions[0]?.bands?.[1] ?? {}, { min: 12 });
      return bank;
    },
    { path: 'questions[0].bands[1].min', message: 'gap: nothing covers 11 to 11' },
  ],
  [
    'overlapping bands',
    (bank) => {
      Object.assign(bank.questions[0]?.bands?.[1] ?? {}, { min: 10 });
      return bank;
    },
    { path: 'questions[0].bands[1].min', message: 'overlap: 10 to 10 is already covered' },
  ],
  [
    'bands that stop short of the maximum',
    (bank) => {
      Object.assign(bank.questions[0]?.bands?.[1] ?? {}, { max: 499 });
      return bank;
    },
    { path: 'questions[0].bands', message: "the bands must end at the question's max, 500; they end at 499" },
  ],
  [
    'an option called "unsure"',
    (bank) => {
      Object.assign(bank.questions[2]?.options?.[1] ?? {}, { id: 'unsure' });
      return bank;
    },
    { path: 'questions[2].options[1].id', message: '"unsure" is reserved for "Not sure"' },
  ],
  [
    'a missing outcome',
    (bank) => ({ ...bank, outcomes: bank.outcomes.map((o) => (o.id === 'po' ? { ...o, id: 'pm' } : o)) }),
    { path: 'outcomes', message: 'outcome "pm" is declared twice' },
  ],
  [
    // po measured on pm's dimension, and pm comes first in the tie order: po can never win.
    'an outcome no answers can reach',
    (bank) => ({
      ...bank,
      decision: {
        ...bank.decision,
        otherwise: bank.decision.otherwise.map((entry) => ({ ...entry, dimension: 'strategy' })),
      },
    }),
    { path: 'outcomes[0]', message: 'no answers lead to "po": adjust the decision or the weights' },
  ],
  [
    'a decision on an undeclared dimension',
    (bank) => {
      bank.decision.small.sum[0]?.of.push('budget');
      return bank;
    },
    { path: 'decision.small.sum[0].of[2]', message: '"budget" is not a declared dimension' },
  ],
  [
    'an outcome in two tiers of the decision',
    (bank) => ({
      ...bank,
      decision: { ...bank.decision, otherwise: [{ outcome: 'combined', dimension: 'execution' }] },
    }),
    { path: 'decision', message: 'outcome "combined" is named twice' },
  ],
  [
    'an outcome in no tier of the decision',
    (bank) => ({ ...bank, decision: { ...bank.decision, otherwise: [{ outcome: 'pm', dimension: 'strategy' }] } }),
    { path: 'decision', message: 'outcome "po" is in no tier' },
  ],
  [
    'an infinite weight',
    (bank) => {
      Object.assign(bank.questions[2]?.options?.[0] ?? {}, { weights: { strategy: Infinity } });
      return bank;
    },
    {
      path: 'questions[2].options[0].weights.strategy',
      message: 'Invalid input: expected number, received Infinity',
    },
  ],
];

describe('parseBank', () => {
  it('accepts a valid bank and returns it unchanged', () => {
    const parsed = parseBank(miniBankJson);
    expect(parsed).toEqual({ ok: true, bank: miniBankJson });
  });

  it.each(broken)('rejects %s with a located issue', (_, breakIt, issue) => {
    const parsed = parseBank(breakIt(miniBankCopy()));
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

import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  classify,
  confidenceWord,
  evaluate,
  formatWhole,
  parseBank,
  robustnessText,
  type Bank,
} from '../../src/engine';
import { tinyBankJson } from './tiny-bank';

function tinyBank(): Bank {
  const parsed = parseBank(tinyBankJson);
  if (!parsed.ok) throw new Error('the tiny bank must be valid');
  return parsed.bank;
}
const bank = tinyBank();

describe('evaluate', () => {
  // q1 x adds a:2 of a possible 2; q2=2 is in the band adding nothing (of 1); q4 agree adds a:2 of 2.
  // a = 4/5 = 80, b = 0/3 = 0. pm's profile (80, 20) is 14.1 away: fit 85.9.
  const result = evaluate(bank, { q1: 'x', q2: 2, q4: 'agree' });

  it('returns the recommendation, fits, ranking and dimension scores', () => {
    expect(result).toMatchObject({
      bank: { id: 'tiny', version: '1.0.0' },
      outcome: 'pm',
      fit: { both: 43.4, combined: 55.3, pm: 85.9, po: 29.3 },
      ranking: ['pm', 'combined', 'both', 'po'],
      dimensions: { a: 80, b: 0 },
    });
  });

  it('reports coverage and each answer’s contribution', () => {
    // q5 is left unanswered: 8 of the 12 points of possible range were answered.
    expect(result.coverage).toEqual({ shown: 4, answered: 3, unsure: 0, unanswered: 1, weight: 66.7 });
    expect(result.contributions).toEqual([
      { question: 'q1', answer: 'x', points: { a: 40, b: 0 } },
      { question: 'q2', answer: 2, points: { a: 0, b: 0 } },
      { question: 'q4', answer: 'agree', points: { a: 40, b: 0 } },
    ]);
  });

  it('lists the single changes that alter the outcome, and robustness 1', () => {
    expect(result.changes).toEqual([
      { edits: [{ question: 'q1', answer: 'y' }], outcome: 'po', fit: 83 },
      { edits: [{ question: 'q1', answer: 'z' }], outcome: 'combined', fit: 80 },
      { edits: [{ question: 'q4', answer: 'disagree' }], outcome: 'combined', fit: 80 },
    ]);
    expect(result.robustness).toEqual({ changes: 1, atLeast: false });
  });

  it('scores "Not sure" as nothing and lowers coverage', () => {
    const unsure = evaluate(bank, { q1: 'x', q2: 'unsure', q4: 'unsure' });
    // Only q1 counts: a = 2/2 = 100, b = 0/2 = 0.
    expect(unsure.dimensions).toEqual({ a: 100, b: 0 });
    expect(unsure.coverage).toEqual({ shown: 4, answered: 1, unsure: 2, unanswered: 1, weight: 33.3 });
  });

  it('counts a conditional question only while it is shown', () => {
    const shown = evaluate(bank, { q1: 'z', q2: 4, q3: ['m1'], q4: 'neutral' });
    expect(shown.dimensions).toEqual({ a: 42.9, b: 20 });
    expect(shown.coverage.shown).toBe(5);
  });

  it('falls back to pairs when no single change alters the outcome', () => {
    // b = 4/4 = 100 and a = 0/4 = 0: po's corner, and no one answer moves it out.
    const strong = evaluate(bank, { q1: 'y', q2: 'unsure', q4: 'disagree', q5: 'p' });
    expect(strong.dimensions).toEqual({ a: 0, b: 100 });
    expect(strong.outcome).toBe('po');
    expect(strong.robustness.changes).toBeGreaterThan(1);
    for (const change of strong.changes) expect(change.edits).toHaveLength(strong.robustness.changes);
  });

  it('gives byte-identical output for the same input', () => {
    const answers = { q1: 'y', q2: 5, q3: ['m2', 'm3'], q4: 'disagree' };
    expect(JSON.stringify(evaluate(bank, answers))).toBe(JSON.stringify(evaluate(bank, { ...answers })));
  });
});

describe('ties', () => {
  it('go to the outcome listed first in the tie order', () => {
    // (50, 50) is equally far from all four corners: both is first in the tie order.
    expect(classify(bank, { a: 50, b: 50 })).toBe('both');
    expect(classify(tinyBank(), { a: 50, b: 50 })).toBe('both');
    const reordered = parseBank({ ...tinyBankJson, tieOrder: ['combined', 'po', 'pm', 'both'] });
    expect(reordered.ok && classify(reordered.bank, { a: 50, b: 50 })).toBe('combined');
  });
});

describe('classify', () => {
  it.each([
    [{ a: 10, b: 90 }, 'po'],
    [{ a: 90, b: 10 }, 'pm'],
    [{ a: 90, b: 90 }, 'both'],
    [{ a: 10, b: 10 }, 'combined'],
  ] as const)('places %j in %s', (dimensions, outcome) => {
    expect(classify(bank, dimensions)).toBe(outcome);
  });
});

describe('applyEdits', () => {
  it('applies the edits and drops answers the change hides', () => {
    expect(applyEdits(bank, { q1: 'x', q2: 5, q3: ['m1'] }, [{ question: 'q2', answer: 2 }])).toEqual({
      q1: 'x',
      q2: 2,
    });
  });

  it('keeps "Not sure" answers', () => {
    expect(applyEdits(bank, { q1: 'unsure', q2: 5 }, [{ question: 'q4', answer: 'agree' }])).toEqual({
      q1: 'unsure',
      q2: 5,
      q4: 'agree',
    });
  });
});

describe('formatWhole', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1234567, '1,234,567'],
    [-2500, '-2,500'],
  ])('writes %d as %s', (value, text) => {
    expect(formatWhole(value)).toBe(text);
  });
});

describe('confidenceWord and robustnessText', () => {
  it.each([
    [{ changes: 1, atLeast: false }, 'A close call', 'One answer would have to change to alter this'],
    [{ changes: 2, atLeast: false }, 'Fairly settled', '2 answers would have to change to alter this'],
    [{ changes: 3, atLeast: true }, 'A clear result', 'More than 2 answers would have to change to alter this'],
  ])('describe %j', (robustness, word, text) => {
    expect(confidenceWord(robustness)).toBe(word);
    expect(robustnessText(robustness)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  checkAnswers,
  classify,
  confidenceWord,
  evaluate,
  formatWhole,
  parseBank,
  robustnessText,
} from '../../src/engine';
import { defaultBank } from '../fixtures/default-bank';
import { miniBank as bank, miniBankJson } from '../fixtures/mini-bank';
import { personas } from '../fixtures/personas';

describe('evaluate', () => {
  // size 5 is in the band adding nothing (of execution 1 and scale 4); direction unclear adds
  // strategy 4 of 4; delivery agree adds execution 1 of 4. strategy = 4/4 = 100,
  // execution = 1/5 = 20, scale = 0/4 = 0. The small zone's measure, max(100, 20) + 0 = 100, is
  // 20 over its bound of 80 (combined: fit 80); the large zone's, min(100, 20) + 0 / 2 = 20, is
  // 45 short of 65 (both: 55). Otherwise strategy leads: pm 100, po 100 - (100 - 20) = 20.
  const result = evaluate(bank, { size: 5, direction: 'unclear', delivery: 'agree' });

  it('returns the recommendation, fits, ranking and dimension scores', () => {
    expect(result).toMatchObject({
      bank: { id: 'mini', version: '1.0.0' },
      outcome: 'pm',
      fit: { both: 55, combined: 80, pm: 100, po: 20 },
      ranking: ['pm', 'combined', 'both', 'po'],
      dimensions: { strategy: 100, execution: 20, scale: 0 },
    });
  });

  it('reports coverage and each answer’s contribution', () => {
    // pains is left unanswered: 13 of the 18 points of possible range (5 + 4 + 4 + 5) were answered.
    expect(result.coverage).toEqual({ shown: 4, answered: 3, unsure: 0, unanswered: 1, weight: 72.2 });
    expect(result.contributions).toEqual([
      { question: 'size', answer: 5, points: { strategy: 0, execution: 0, scale: 0 } },
      { question: 'direction', answer: 'unclear', points: { strategy: 100, execution: 0, scale: 0 } },
      { question: 'delivery', answer: 'agree', points: { strategy: 0, execution: 20, scale: 0 } },
    ]);
  });

  it('lists the single changes that alter the outcome, and robustness 1', () => {
    expect(result.changes).toEqual([
      // A number's move to the next band costs 1, any other change 2; answering pains, left open, 0.
      // 11 engineers: scale 100, execution 40, so the large zone's measure is 40 + 50 = 90.
      { edits: [{ question: 'size', answer: 11 }], outcome: 'both', cost: 1 },
      // Clear direction: strategy 0, so the small zone's measure is 20 + 0.
      { edits: [{ question: 'direction', answer: 'clear' }], outcome: 'combined', cost: 2 },
      // Execution 80: the large zone's measure is min(100, 80) = 80.
      { edits: [{ question: 'delivery', answer: 'strongly-disagree' }], outcome: 'both', cost: 2 },
      // Waiting: strategy 4/6 = 66.7 and execution 3/7 = 42.9, so the small zone's measure is 66.7.
      { edits: [{ question: 'pains', answer: ['waiting'] }], outcome: 'combined', cost: 0 },
    ]);
    expect(result.robustness).toEqual({ changes: 1, atLeast: false });
  });

  it('scores "Not sure" as nothing and lowers coverage', () => {
    const unsure = evaluate(bank, { size: 'unsure', direction: 'unclear', delivery: 'unsure' });
    // Only direction counts: strategy = 4/4 = 100; nothing is answered for the other two.
    expect(unsure.dimensions).toEqual({ strategy: 100, execution: 0, scale: 0 });
    expect(unsure.coverage).toEqual({ shown: 4, answered: 1, unsure: 2, unanswered: 1, weight: 22.2 });
  });

  it('counts a conditional question only while it is shown', () => {
    // size 20 shows teams; 3 teams add scale 2 of 2 beside size's execution 1 and scale 4.
    const shown = evaluate(bank, { size: 20, teams: 3, direction: 'clear', delivery: 'neutral' });
    expect(shown.dimensions).toEqual({ strategy: 0, execution: 60, scale: 100 });
    expect(shown.coverage.shown).toBe(5);
  });

  it('falls back to pairs when no single change alters the outcome', () => {
    // The mini bank's outcomes are a click apart; the default bank has answers no one change moves.
    const real = defaultBank();
    const persona = personas.find((candidate) => candidate.id === 'po-product-leader-needs-delivery');
    const answers = checkAnswers(real, persona?.answers);
    if (!answers.ok) throw new Error('the persona must be valid');
    const strong = evaluate(real, answers.answers);
    expect(strong.outcome).toBe('po');
    expect(strong.robustness).toEqual({ changes: 2, atLeast: false });
    expect(strong.changes.length).toBeGreaterThan(0);
    for (const change of strong.changes) {
      expect(change.edits).toHaveLength(2);
      expect(evaluate(real, applyEdits(real, answers.answers, change.edits)).outcome).toBe(change.outcome);
    }
  });

  it('gives byte-identical output for the same input', () => {
    const answers = { size: 20, teams: 3, direction: 'unclear', delivery: 'disagree', pains: ['waiting', 'silos'] };
    expect(JSON.stringify(evaluate(bank, answers))).toBe(JSON.stringify(evaluate(bank, { ...answers })));
  });
});

describe('ties', () => {
  // Past the small zone (20 + 65 >= 80) and short of the large one (20 + 32.5 < 65), strategy
  // and execution are equal: pm and po tie.
  const tie = { strategy: 20, execution: 20, scale: 65 };

  it('go to the outcome listed first in the tie order', () => {
    expect(bank.tieOrder.indexOf('pm')).toBeLessThan(bank.tieOrder.indexOf('po'));
    expect(classify(bank, tie)).toBe('pm');
    const reordered = parseBank({ ...miniBankJson, tieOrder: ['combined', 'po', 'pm', 'both'] });
    expect(reordered.ok && classify(reordered.bank, tie)).toBe('po');
  });
});

describe('classify', () => {
  // small: max(strategy, execution) + scale < 80; large: min(strategy, execution) + scale / 2 >= 65.
  it.each([
    [{ strategy: 10, execution: 80, scale: 40 }, 'po'],
    [{ strategy: 80, execution: 10, scale: 40 }, 'pm'],
    [{ strategy: 70, execution: 70, scale: 85 }, 'both'],
    [{ strategy: 40, execution: 40, scale: 5 }, 'combined'],
    // Both needs large in a tiny company: one person still, while the small zone holds.
    [{ strategy: 70, execution: 70, scale: 5 }, 'combined'],
    [{ strategy: 79.9, execution: 0, scale: 0 }, 'combined'],
    [{ strategy: 80, execution: 0, scale: 0 }, 'pm'],
    [{ strategy: 65, execution: 65, scale: 20 }, 'both'],
    [{ strategy: 64.9, execution: 100, scale: 0 }, 'po'],
  ] as const)('places %j in %s', (dimensions, outcome) => {
    expect(classify(bank, dimensions)).toBe(outcome);
  });
});

describe('applyEdits', () => {
  it('applies the edits and drops answers the change hides', () => {
    expect(applyEdits(bank, { size: 20, teams: 3, direction: 'clear' }, [{ question: 'size', answer: 5 }])).toEqual({
      size: 5,
      direction: 'clear',
    });
  });

  it('keeps "Not sure" answers', () => {
    expect(
      applyEdits(bank, { size: 'unsure', direction: 'clear' }, [{ question: 'delivery', answer: 'agree' }]),
    ).toEqual({ size: 'unsure', direction: 'clear', delivery: 'agree' });
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

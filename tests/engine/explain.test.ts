import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersArbitrary } from '../fixtures/answer-arbitrary';
import { describeChange, evaluate, orderChanges, revisitPoints, topReasons, type Change } from '../../src/engine';
import { miniBank } from '../fixtures/mini-bank';

const strategyHeavy = { size: 5, direction: 'unclear', delivery: 'agree', pains: ['drift'] };
const large = { size: 40, teams: 5, direction: 'unclear', delivery: 'disagree', pains: ['drift', 'silos'] };

describe('topReasons', () => {
  it('lists the answers that weigh most for the recommended outcome, most first', () => {
    const evaluation = evaluate(miniBank, strategyHeavy);
    expect(evaluation.outcome).toBe('pm');
    expect(topReasons(miniBank, evaluation, 2)).toEqual([
      {
        question: 'direction',
        topic: 'Direction',
        answer: 'Unclear',
        raised: [{ dimension: 'strategy', label: 'Strategy need', points: 66.7 }],
        // pm's tier measures strategy alone, at weight 1: the weight is the strategy points.
        weight: 66.7,
      },
      {
        question: 'pains',
        topic: 'Pains',
        answer: 'Drift',
        raised: [{ dimension: 'strategy', label: 'Strategy need', points: 33.3 }],
        weight: 33.3,
      },
    ]);
  });

  it.each([
    [0, 0],
    [1, 1],
    [10, 2],
  ])('returns at most %i reasons (%i here), skipping answers that weigh nothing', (limit, count) => {
    // Size 5 and a clear direction add nothing: only delivery and pains weigh anything.
    expect(topReasons(miniBank, evaluate(miniBank, { ...strategyHeavy, direction: 'clear' }), limit)).toHaveLength(
      count,
    );
  });
});

describe('revisitPoints', () => {
  it.each([
    // Growing past ten engineers makes it both; clearing up the direction, one person for both.
    [
      'a single flip of a question with revisit text',
      strategyHeavy,
      [
        ['size', '5 engineers', ['both']],
        ['direction', 'Unclear', ['combined']],
      ],
    ],
    // Only a smaller team (and delivery, which has no revisit text) flips "both": a team does
    // not revisit a decision by shrinking, so nothing is named.
    ['nothing when only a smaller team would change it', large, []],
  ])('names %s', (_, answers, expected) => {
    const points = revisitPoints(miniBank, evaluate(miniBank, answers), answers);
    expect(points.map((point) => [point.question, point.now, point.outcomes])).toEqual(expected);
    for (const point of points) {
      const question = miniBank.questions.find((q) => q.id === point.question);
      // A number names the first number that changes the advice; others their revisit text.
      if (question?.type === 'number') expect(point.when).toMatch(/^When you reach \d+ engineers$/);
      else expect(point.when).toBe(question?.revisit);
    }
  });

  it('names the first larger number that changes the advice, never one already passed', () => {
    fc.assert(
      fc.property(answersArbitrary(miniBank), (answers) => {
        for (const point of revisitPoints(miniBank, evaluate(miniBank, answers), answers)) {
          const now = answers[point.question];
          if (point.question !== 'size' || typeof now !== 'number') continue;
          const reach = Number(/When you reach (\d+)/.exec(point.when)?.[1]);
          expect(reach).toBeGreaterThan(now);
          expect(evaluate(miniBank, { ...answers, size: reach }).outcome).not.toBe(evaluate(miniBank, answers).outcome);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is empty when no change of one answer alters the result', () => {
    const evaluation = { ...evaluate(miniBank, large), changes: [] };
    expect(revisitPoints(miniBank, evaluation, large)).toEqual([]);
  });
});

describe('orderChanges and describeChange', () => {
  const single = (outcome: Change['outcome'], cost = 2): Change => ({
    edits: [{ question: 'direction', answer: 'clear' }],
    outcome,
    cost,
  });
  const pair: Change = {
    edits: [
      { question: 'direction', answer: 'clear' },
      { question: 'size', answer: 12 },
    ],
    outcome: 'both',
    cost: 3,
  };

  it('puts fewer edits first, then the more plausible, keeping the search order on a tie', () => {
    expect(orderChanges([pair, single('pm'), single('po'), single('combined', 0)])).toEqual([
      single('combined', 0),
      single('pm'),
      single('po'),
      pair,
    ]);
  });

  it('words each edit with the answer now', () => {
    expect(describeChange(miniBank, { direction: 'unclear', size: 5 }, pair)).toBe(
      'Direction: Clear (now Unclear) and Team size: 12 engineers (now 5 engineers)',
    );
  });
});

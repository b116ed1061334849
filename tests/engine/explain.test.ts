import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersArbitrary } from '../fixtures/answer-arbitrary';
import {
  applyEdits,
  describeChange,
  evaluate,
  revisitPoints,
  topReasons,
  type Answers,
  type Change,
  type Edit,
} from '../../src/engine';
import { MAX_CHANGES } from '../../src/engine/scoring/search';
import { miniBank, movingMiniBank } from '../fixtures/mini-bank';

const moving = movingMiniBank();

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
        parts: ['Unclear'],
        raised: [{ dimension: 'strategy', label: 'Strategy need', points: 66.7 }],
        // pm's tier measures strategy alone, at weight 1: the weight is the strategy points.
        weight: 66.7,
      },
      {
        question: 'pains',
        topic: 'Pains',
        answer: 'Drift',
        parts: ['Drift'],
        raised: [{ dimension: 'strategy', label: 'Strategy need', points: 33.3 }],
        weight: 33.3,
      },
    ]);
  });

  it.each([
    [0, 0],
    [1, 1],
    [10, 1],
  ])('returns at most %i reasons (%i here), skipping answers that weigh nothing or little', (limit, count) => {
    // Size 5 and a clear direction add nothing, and delivery "agree" a quarter of what its
    // question can: only pains (drift, all the strategy that question can add) is a reason.
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
    // Nothing a company could do next flips "both" here: size and teams are in their top bands,
    // and neither a clear direction nor a step of delivery or pains is enough.
    ['nothing when no realistic change would alter it', large, []],
    // Engineers who wait less (execution 14.3: 14.3 + 50 < 65) make it pm, but delivery has no
    // revisit text: nothing to name.
    ['nothing when only questions without revisit text would change it', { ...large, delivery: 'agree' }, []],
  ])('names %s', (_, answers, expected) => {
    const points = revisitPoints(moving, evaluate(moving, answers), answers);
    expect(
      points.map((point) => [point.question, point.now, [...new Set(point.changes.map((change) => change.outcome))]]),
    ).toEqual(expected);
    for (const point of points) {
      const question = moving.questions.find((q) => q.id === point.question);
      // A number names the first number that changes the advice; others their revisit text.
      if (question?.type === 'number') expect(point.when).toMatch(/^When you reach \d+ engineers$/);
      else expect(point.when).toBe(question?.revisit);
    }
  });

  it('leaves out a listed change to a question without revisit text', () => {
    const answers = { ...large, delivery: 'agree' };
    expect(evaluate(moving, answers).changes).toEqual([
      { edits: [{ question: 'delivery', answer: 'strongly-agree' }], outcome: 'pm', cost: 1, hires: [] },
    ]);
  });

  it('names the first larger number that changes the advice, never one already passed', () => {
    fc.assert(
      fc.property(answersArbitrary(moving), (answers) => {
        for (const point of revisitPoints(moving, evaluate(moving, answers), answers)) {
          const now = answers[point.question];
          if (point.question !== 'size' || typeof now !== 'number') continue;
          const reach = Number(/When you reach (\d+)/.exec(point.when)?.[1]);
          expect(reach).toBeGreaterThan(now);
          expect(evaluate(moving, { ...answers, size: reach }).outcome).not.toBe(evaluate(moving, answers).outcome);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is empty when no change of one answer alters the result', () => {
    const evaluation = { ...evaluate(moving, strategyHeavy), changes: [] };
    expect(revisitPoints(moving, evaluation, strategyHeavy)).toEqual([]);
  });
});

describe('the list of changes', () => {
  // Two more signs of strain, so that seven realistic single changes flip the advice.
  const busy = movingMiniBank([
    { id: 'rework', label: 'Rework', weights: { execution: 2 } },
    { id: 'escalations', label: 'Escalations', weights: { execution: 2 } },
  ]);
  const answers: Answers = { size: 20, teams: 1, direction: 'unclear', delivery: 'disagree', pains: ['drift'] };
  const evaluation = evaluate(busy, answers);
  // Each change carries the plan it leads to; the plan itself is tested in advice and invariants.
  const change = (edit: Edit, outcome: Change['outcome'], cost: number): Change => ({
    edits: [edit],
    outcome,
    cost,
    hires: expect.any(Array) as Change['hires'],
  });

  it('holds every realistic move that flips the advice, when there are few enough', () => {
    // Every move the bank allows from these answers, found by hand: teams one band up, the
    // direction found, delivery a step either way, one more sign of strain (drift cannot go
    // alone, and size is in its top band).
    const moves: [Edit, number][] = [
      [{ question: 'teams', answer: 3 }, 1],
      [{ question: 'direction', answer: 'clear' }, 2],
      [{ question: 'delivery', answer: 'strongly-disagree' }, 1],
      [{ question: 'delivery', answer: 'neutral' }, 1],
      ...['waiting', 'silos', 'rework', 'escalations'].map((id): [Edit, number] => [
        { question: 'pains', answer: ['drift', id] },
        1,
      ]),
    ];
    const flips = moves.flatMap(([edit, cost]) => {
      const outcome = evaluate(busy, applyEdits(busy, answers, [edit])).outcome;
      return outcome === evaluation.outcome ? [] : [change(edit, outcome, cost)];
    });
    // pm now; seven moves flip it (only delivery to "neutral" does not): more than the list holds.
    expect(evaluation.outcome).toBe('pm');
    expect(flips).toHaveLength(7);
    expect(evaluation.changes).toHaveLength(MAX_CHANGES);
    for (const listed of evaluation.changes) expect(flips).toContainEqual(listed);
  });

  it('lists at most five, cheapest first, one change for each new outcome before a second for any', () => {
    expect(MAX_CHANGES).toBe(5);
    // Six cheap moves lead to "both" and one dearer move (the direction found) to "po": the
    // "po" move is kept over the last cheap ones, and comes last, being the dearest.
    expect(evaluation.changes).toEqual([
      change({ question: 'teams', answer: 3 }, 'both', 1),
      change({ question: 'delivery', answer: 'strongly-disagree' }, 'both', 1),
      change({ question: 'pains', answer: ['drift', 'waiting'] }, 'both', 1),
      change({ question: 'pains', answer: ['drift', 'silos'] }, 'both', 1),
      change({ question: 'direction', answer: 'clear' }, 'po', 2),
    ]);
    expect(evaluation.robustness).toEqual({ changes: 1, atLeast: false, closeCall: true });
  });
});

describe('describeChange', () => {
  const pair: Change = {
    edits: [
      { question: 'direction', answer: 'clear' },
      { question: 'size', answer: 12 },
    ],
    hires: [],
    outcome: 'both',
    cost: 3,
  };

  it.each([
    [
      'a number',
      [{ question: 'size', answer: 12 }],
      { size: 5 },
      'If Team size is “12 engineers” instead of “5 engineers”',
    ],
    [
      'a choice',
      [{ question: 'direction', answer: 'clear' }],
      { direction: 'unclear' },
      'If Direction is “Clear” instead of “Unclear”',
    ],
    [
      'ticks',
      [{ question: 'pains', answer: ['drift', 'waiting'] }],
      { pains: ['drift'] },
      'If Pains is “Drift, Waiting” instead of “Drift”',
    ],
    [
      'two edits, joined with "and"',
      pair.edits,
      { direction: 'unclear', size: 5 },
      'If Direction is “Clear” instead of “Unclear” and Team size is “12 engineers” instead of “5 engineers”',
    ],
  ] as const)('words %s with the answer now', (_, edits, answers, text) => {
    expect(
      describeChange(miniBank, answers as Answers, {
        edits: [...edits] as Edit[],
        outcome: 'both',
        cost: 1,
        hires: [],
      }),
    ).toBe(text);
  });
});

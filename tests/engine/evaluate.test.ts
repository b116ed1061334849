import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  checkAnswers,
  classify,
  confidenceWord,
  evaluate,
  parseBank,
  restsOnText,
  robustnessText,
  type Answers,
} from '../../src/engine';
import { formatNumber } from '../../src/i18n/format';
import { defaultBank } from '../fixtures/default-bank';
import { miniBank as bank, miniBankJson, movingMiniBank } from '../fixtures/mini-bank';
import { personas } from '../fixtures/personas';

const movingBank = movingMiniBank();

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

  it('lists no change when the questions declare no moves', () => {
    // Without `moves` no change is suggested: a company is not told to become another company.
    const parsed = parseBank({
      ...miniBankJson,
      questions: miniBankJson.questions.map((question) => ({ ...question, moves: undefined })),
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const still = evaluate(parsed.bank, { size: 5, direction: 'unclear', delivery: 'agree' });
    expect(still.changes).toEqual([]);
    // Pains is left open, and one of its answers alone would alter the advice: the confidence says so.
    expect(still.robustness).toEqual({ changes: 2, atLeast: true, closeCall: false, open: 'pains' });
  });

  it.each([
    [
      'a close call: one likely step (size to the next band) flips it',
      { size: 5, direction: 'unclear', delivery: 'agree' },
      [
        // 11 engineers: scale 100 and execution 40 (size adds 1 of 5), so the large zone's
        // measure is 40 + 100 / 2 = 90, past 65.
        // The mini bank has no plan, so each change hires nobody in particular.
        { edits: [{ question: 'size', answer: 11 }], outcome: 'both', cost: 1, hires: [] },
        // Clear direction: strategy 0, so the small zone's measure is max(0, 20) + 0 = 20, under 80.
        // The bank lists it by option, so it costs 2. Delivery one step either way keeps pm
        // (execution 40 or 0, strategy still 100), and pains, left open, suggests nothing.
        { edits: [{ question: 'direction', answer: 'clear' }], outcome: 'combined', cost: 2, hires: [] },
      ],
      // Pains is open, and ticking one of them alone would alter it too.
      { changes: 1, atLeast: false, closeCall: true, open: 'pains' },
    ],
    [
      'fairly settled: only a change the bank lists by option (an owner found) flips it',
      // Size and teams are in their top bands: no step up is left. Strategy 4/6 = 66.7,
      // execution (1 + 2 + 2)/7 = 71.4, scale 7/7 = 100: the large zone's measure is
      // 66.7 + 50, past 65 (both). One step of delivery, or one pain unticked, leaves execution at
      // 42.9 or more and scale at 85.7 or more: still both; two pains is the most allowed.
      { size: 40, teams: 5, direction: 'unclear', delivery: 'neutral', pains: ['waiting', 'silos'] },
      // Clear direction: strategy 0, so the large zone's measure is 0 + 50 and execution leads.
      [{ edits: [{ question: 'direction', answer: 'clear' }], outcome: 'po', cost: 2, hires: [] }],
      { changes: 1, atLeast: false, closeCall: false },
    ],
    [
      'settled: no realistic change flips it',
      // The same with a clear direction (po), which has no move of its own: strategy stays 0.
      { size: 40, teams: 5, direction: 'clear', delivery: 'neutral', pains: ['waiting', 'silos'] },
      [],
      { changes: 2, atLeast: true, closeCall: false },
    ],
  ] as const)('lists realistic single changes and the robustness: %s', (_, answers, changes, robustness) => {
    const evaluation = evaluate(movingBank, answers as Answers);
    expect(evaluation.changes).toEqual(changes);
    expect(evaluation.robustness).toEqual(robustness);
    for (const change of evaluation.changes)
      expect(evaluate(movingBank, applyEdits(movingBank, answers as Answers, change.edits)).outcome).toBe(
        change.outcome,
      );
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

  it('reports a settled result when no single realistic change alters the outcome', () => {
    // A product leader owns the direction and a Product Owner is needed for delivery: none of the
    // moves the bank lists (a step of growth, strain appearing or easing, an owner hired) flips it.
    const real = defaultBank();
    const persona = personas.find((candidate) => candidate.id === 'po-product-leader-needs-delivery');
    const answers = checkAnswers(real, persona?.answers);
    if (!answers.ok) throw new Error('the persona must be valid');
    const strong = evaluate(real, answers.answers);
    expect(strong.outcome).toBe('po');
    expect(strong.robustness.changes).toBeGreaterThanOrEqual(2);
    expect(strong.robustness.closeCall).toBe(false);
    // Nothing listed means the count is a lower bound; anything listed is a pair that really flips it.
    expect(strong.robustness.atLeast).toBe(strong.changes.length === 0);
    for (const change of strong.changes) {
      expect(change.edits).toHaveLength(2);
      expect(evaluate(real, applyEdits(real, answers.answers, change.edits)).outcome).toBe(change.outcome);
    }
    expect(confidenceWord(strong.robustness, 'en')).toBe('Settled');
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

describe('formatNumber in English', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1234567, '1,234,567'],
    [-2500, '-2,500'],
  ])('writes %d as %s', (value, text) => {
    expect(formatNumber('en', value)).toBe(text);
  });
});

describe('confidenceWord and robustnessText', () => {
  it.each([
    [
      { changes: 1, atLeast: false, closeCall: true },
      'A close call',
      'One likely change on its own, listed under “What would change it”, would alter this',
    ],
    [
      { changes: 1, atLeast: false, closeCall: false },
      'Fairly settled',
      'Only a bigger step on its own, listed under “What would change it”, would alter this',
    ],
    [{ changes: 2, atLeast: false, closeCall: false }, 'Settled', 'It would take two changes at once to alter this'],
    [
      { changes: 2, atLeast: true, closeCall: false },
      'Settled',
      'No likely change of a single answer would alter this',
    ],
    // A result file written before closeCall existed: never a close call.
    [
      { changes: 1, atLeast: false },
      'Fairly settled',
      'Only a bigger step on its own, listed under “What would change it”, would alter this',
    ],
  ])('describe %j', (robustness, word, text) => {
    expect(confidenceWord(robustness, 'en')).toBe(word);
    expect(robustnessText(robustness, 'en')).toBe(text);
  });
});

describe('restsOnText', () => {
  it.each([
    [{ shown: 18, answered: 18, unsure: 0, unanswered: 0 }, ''],
    [
      { shown: 18, answered: 17, unsure: 1, unanswered: 0 },
      'It rests on 17 of the 18 questions asked; 1 is “Not sure”',
    ],
    [
      { shown: 16, answered: 15, unsure: 0, unanswered: 1 },
      'It rests on 15 of the 16 questions asked; 1 is unanswered',
    ],
    [
      { shown: 18, answered: 13, unsure: 2, unanswered: 3 },
      'It rests on 13 of the 18 questions asked; 2 are “Not sure” and 3 are unanswered',
    ],
  ])('words %j', (coverage, text) => {
    expect(restsOnText(coverage, 'en')).toBe(text);
  });
});

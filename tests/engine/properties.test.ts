import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, checkAnswers, evaluate, outcomeIds } from '../../src/engine';
import { answersArbitrary } from '../fixtures/answer-arbitrary';
import { defaultBank } from '../fixtures/default-bank';

const bank = defaultBank();
const answers = answersArbitrary(bank);

describe('evaluate, for any valid answers to the default bank', () => {
  it('passes checkAnswers, never throws, and is deterministic', () => {
    fc.assert(
      fc.property(answers, (input) => {
        expect(checkAnswers(bank, input)).toEqual({ ok: true, answers: expect.any(Object) as unknown });
        expect(JSON.stringify(evaluate(bank, input))).toBe(JSON.stringify(evaluate(bank, structuredClone(input))));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every score within 0-100 and recommends the best fit no rule excludes', () => {
    fc.assert(
      fc.property(answers, (input) => {
        const result = evaluate(bank, input);
        const scores = [...Object.values(result.fit), ...Object.values(result.dimensions), result.coverage.weight];
        for (const score of scores) expect(score >= 0 && score <= 100).toBe(true);
        expect(result.ranking[0]).toBe(result.outcome);
        expect([...result.ranking].sort()).toEqual([...outcomeIds].sort());
        const excluded = new Set(
          (bank.rules ?? []).filter((rule) => result.rules.includes(rule.id)).flatMap((rule) => rule.exclude),
        );
        expect(excluded.has(result.outcome)).toBe(false);
        for (const id of outcomeIds)
          if (!excluded.has(id)) expect(result.fit[id]).toBeLessThanOrEqual(result.fit[result.outcome]);
      }),
      { numRuns: 150 },
    );
  });

  it('names changes that really give the named outcome', () => {
    fc.assert(
      fc.property(answers, (input) => {
        const result = evaluate(bank, input);
        for (const change of result.changes) {
          const changed = applyEdits(bank, input, change.edits);
          expect(checkAnswers(bank, changed).ok).toBe(true);
          const after = evaluate(bank, changed);
          expect(after.outcome).toBe(change.outcome);
          expect(after.fit[change.outcome]).toBe(100);
          expect(change.outcome).not.toBe(result.outcome);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('reports a robustness that agrees with the list of changes', () => {
    fc.assert(
      fc.property(answers, (input) => {
        const { changes, robustness } = evaluate(bank, input);
        if (robustness.atLeast) expect(changes).toEqual([]);
        else {
          expect(changes.length).toBeGreaterThan(0);
          for (const change of changes) expect(change.edits).toHaveLength(robustness.changes);
        }
        // No single change may flip a result reported as needing two or more.
        if (robustness.changes > 1) expect(changes.every((change) => change.edits.length > 1)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

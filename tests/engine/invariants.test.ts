import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNSURE, applyEdits, evaluate, ruledOut, type Answers } from '../../src/engine';
import { allHold } from '../../src/engine/scoring/compile';
import { invariantNames, violations } from '../../scripts/advice/invariants';
import { answersArbitrary } from '../fixtures/answer-arbitrary';
import { defaultBank } from '../fixtures/default-bank';

const bank = defaultBank();
const answers = answersArbitrary(bank);

// fast-check prints the smallest answer set that breaks a property.
describe('every invariant of `npm run audit:advice`, over the whole answer space', () => {
  it.each(invariantNames.map((name) => [name]))('%s', (name) => {
    fc.assert(
      fc.property(answers, (input) => {
        expect(violations(bank, input).filter((v) => v.invariant === name)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the seed’s rules, over the whole answer space', () => {
  it('the budget decides the plan, never the recommendation', () => {
    const budget = bank.questions.find((q) => q.id === bank.plan?.budget.question);
    const options = budget && budget.type !== 'number' ? budget.options.map((option) => option.id) : [];
    expect(options.length).toBeGreaterThan(1);
    fc.assert(
      fc.property(answers, fc.constantFrom(...options), (input, other) => {
        const id = budget?.id ?? '';
        expect(evaluate(bank, { ...input, [id]: other }).outcome).toBe(evaluate(bank, input).outcome);
      }),
      { numRuns: 200 },
    );
  });

  it('is tentative exactly when under the bank’s share of the scoring weight was answered', () => {
    fc.assert(
      fc.property(answers, (input) => {
        const result = evaluate(bank, input);
        expect(result.status).toBe(result.coverage.weight < (bank.tentativeBelow ?? 50) ? 'tentative' : 'ok');
        expect(result.open.length).toBe(Math.min(3, result.coverage.shown - result.coverage.answered));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the hiring plan, over the whole answer space', () => {
  it('says "no urgent gap" only when every gap is low and an answer says nothing is under strain', () => {
    const noGap = bank.plan?.noGap;
    if (!noGap) throw new Error('the default bank has a plan');
    fc.assert(
      fc.property(answers, (input) => {
        const result = evaluate(bank, input);
        if (!result.plan?.noPressingGap) return;
        for (const [dimension, bound] of Object.entries(noGap.below))
          expect(result.dimensions[dimension]).toBeLessThan(bound);
        for (const condition of noGap.strain) {
          const given = input[condition.question];
          expect(given === undefined || given === UNSURE).toBe(false);
          expect(allHold(bank, input, [condition])).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('asks for as many Product Managers and Product Owners as any of the bank’s rules does', () => {
    const rules = (id: string) => bank.plan?.roles.find((role) => role.id === id)?.headcount?.by ?? [];
    expect(rules('product-manager').length).toBeGreaterThan(1);
    fc.assert(
      fc.property(answers, (input) => {
        const result = evaluate(bank, input);
        for (const need of result.plan?.needs ?? [])
          for (const rule of rules(need.role)) {
            if ('fallback' in rule && rule.fallback) continue;
            const given = input[rule.question];
            const wanted =
              'per' in rule
                ? typeof given === 'number'
                  ? Math.ceil(given / rule.per)
                  : 1
                : typeof given === 'string'
                  ? (rule.byOption[given] ?? 1)
                  : 1;
            expect(need.need).toBeGreaterThanOrEqual(wanted);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('never hires more than the team keeps busy, and counts the people already there', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: 0, max: 9 }), (input, engineers) => {
        const result = evaluate(bank, { ...input, engineers });
        const hired = (result.plan?.hires ?? []).reduce((sum, hire) => sum + hire.count, 0);
        // Up to nine engineers keep one product person busy: never a plan of two new people.
        expect(hired).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fit, over the whole answer space', () => {
  it('is 100 for the recommendation, 0 for an option a rule sets aside, and between for the rest', () => {
    fc.assert(
      fc.property(answers, (input) => {
        const result = evaluate(bank, input);
        const excluded = ruledOut(bank, result);
        expect(result.fit[result.outcome]).toBe(100);
        for (const id of excluded) expect(result.fit[id]).toBe(0);
        for (const fit of Object.values(result.fit)) expect(fit).toBeGreaterThanOrEqual(0);
        for (const fit of Object.values(result.fit)) expect(fit).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });
});

describe('"What would change it", over the whole answer space', () => {
  it('never suggests answers that contradict each other, unless the company already gave them', () => {
    const conflicts = bank.conflicts ?? [];
    expect(conflicts.length).toBeGreaterThan(0);
    const holds = (given: Answers, conflict: (typeof conflicts)[number]) => allHold(bank, given, conflict.all);
    fc.assert(
      fc.property(answers, (input) => {
        for (const change of evaluate(bank, input).changes) {
          const after = applyEdits(bank, input, change.edits);
          for (const conflict of conflicts)
            if (holds(after, conflict))
              expect({ change, held: holds(input, conflict) }).toEqual({ change, held: true });
        }
      }),
      { numRuns: 200 },
    );
  });
});

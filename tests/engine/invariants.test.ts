import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNSURE, applyEdits, evaluate, ruledOut, type Answers, type OutcomeId } from '../../src/engine';
import { allHold } from '../../src/engine/compile';
import { violations } from '../../scripts/advice/invariants';
import { answersArbitrary } from '../fixtures/answer-arbitrary';
import { defaultBank } from '../fixtures/default-bank';

const bank = defaultBank();
const answers = answersArbitrary(bank);
const ownerRule = bank.plan?.roles.find((role) => role.id === 'product-owner')?.headcount?.by[0];
const teamsPerOwner = ownerRule && 'per' in ownerRule ? ownerRule.per : 0;
const managerRules = bank.plan?.roles.find((role) => role.id === 'product-manager')?.headcount?.by ?? [];

// fast-check prints the smallest answer set that breaks a property.
describe('the seed’s rules, over the whole answer space', () => {
  it('every rule of the bank holds: never one person for both with 4+ teams, 100+ engineers, or an overwhelmed person doing both jobs with growth ahead', () => {
    fc.assert(
      fc.property(answers, (input) => {
        expect(violations(bank, input).filter((v) => v.invariant === 'rules')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('more load never means fewer roles: a sign of strain, a product, a market, a complexity, more engineers or teams', () => {
    fc.assert(
      fc.property(answers, (input) => {
        expect(violations(bank, input).filter((v) => v.invariant !== 'rules')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

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
  it('hires within the budget: one part-time person under a salary, never more full salaries than budgeted', () => {
    fc.assert(
      fc.property(answers, (input) => {
        const plan = evaluate(bank, input).plan;
        if (!plan) throw new Error('the default bank has a plan');
        const now = plan.hires.filter((hire) => hire.when === 'now');
        const people = (hires: readonly { count: number }[]) => hires.reduce((sum, hire) => sum + hire.count, 0);
        expect(people(plan.hires)).toBe(people(plan.needs));
        if (plan.salaries === null) expect(plan.hires.every((hire) => hire.when === 'now')).toBe(true);
        else if (plan.salaries < 1) expect(now).toEqual([expect.objectContaining({ count: 1, partTime: true })]);
        else expect(people(now)).toBe(Math.min(people(plan.needs), Math.floor(plan.salaries)));
      }),
      { numRuns: 200 },
    );
  });

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

  it('scales Product Managers with products, markets and teams: never fewer than any of the bank’s rules asks', () => {
    expect(managerRules.length).toBeGreaterThan(1);
    fc.assert(
      fc.property(answers, (input) => {
        const managers = evaluate(bank, input).plan?.needs.find((need) => need.role === 'product-manager');
        if (!managers || evaluate(bank, input).plan?.noPressingGap) return;
        for (const rule of managerRules) {
          const given = input[rule.question];
          const wanted =
            'per' in rule
              ? typeof given === 'number'
                ? Math.ceil(given / rule.per)
                : 1
              : typeof given === 'string'
                ? (rule.byOption[given] ?? 1)
                : 1;
          expect(managers.count).toBeGreaterThanOrEqual(wanted);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('scales Product Owners with delivery teams: more than two teams never reads as one Product Owner', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: 3, max: 100 }), (input, teams) => {
        const withTeams = { ...input, engineers: 500, teams };
        const result = evaluate(bank, withTeams);
        const owners = result.plan?.needs.find((need) => need.role === 'product-owner');
        expect(teamsPerOwner).toBeGreaterThan(0);
        // With no pressing gap the plan names only the first hire to make, if any.
        if (!owners || result.plan?.noPressingGap) return;
        expect(owners.count).toBe(Math.ceil(teams / teamsPerOwner));
        expect(owners.count).toBeGreaterThan(1);
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

  const salaries = (answer: unknown) => (typeof answer === 'string' ? bank.plan?.budget.salaries[answer] : undefined);
  const reach = (outcome: OutcomeId) => bank.plan?.hires[outcome].length ?? 0;

  it('moves a known number one band, an ordered answer one step, and never narrows the role for more money', () => {
    fc.assert(
      fc.property(answers, (input) => {
        const result = evaluate(bank, input);
        for (const change of result.changes)
          for (const edit of change.edits) {
            const question = bank.questions.find((q) => q.id === edit.question);
            const now = input[edit.question];
            if (!question || now === undefined || now === UNSURE) continue;
            if (question.type === 'number' && typeof now === 'number' && typeof edit.answer === 'number') {
              const band = (value: number) => question.bands.findIndex((b) => value >= b.min && value <= b.max);
              expect(Math.abs(band(edit.answer) - band(now))).toBe(1);
            }
            if (question.type === 'single' && question.ordered) {
              const step = (id: unknown) => question.options.findIndex((option) => option.id === id);
              expect(Math.abs(step(edit.answer) - step(now))).toBe(1);
            }
            const before = salaries(now);
            const after = salaries(edit.answer);
            if (
              question.id === bank.plan?.budget.question &&
              before !== undefined &&
              after !== undefined &&
              after > before
            )
              expect(reach(change.outcome)).toBeGreaterThanOrEqual(reach(result.outcome));
          }
      }),
      { numRuns: 200 },
    );
  });
});

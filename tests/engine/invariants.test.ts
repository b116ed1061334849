import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine';
import { violations } from '../../scripts/advice/invariants';
import { answersArbitrary } from '../fixtures/answer-arbitrary';
import { defaultBank } from '../fixtures/default-bank';

const bank = defaultBank();
const answers = answersArbitrary(bank);
const ownerRule = bank.plan?.roles.find((role) => role.id === 'product-owner')?.headcount;
const teamsPerOwner = ownerRule && 'per' in ownerRule ? ownerRule.per : 0;

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

  it('scales Product Owners with delivery teams: more than two teams never reads as one Product Owner', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: 3, max: 100 }), (input, teams) => {
        const withTeams = { ...input, engineers: 500, teams };
        const result = evaluate(bank, withTeams);
        const owners = result.plan?.needs.find((need) => need.role === 'product-owner');
        expect(teamsPerOwner).toBeGreaterThan(0);
        if (owners) expect(owners.count).toBe(Math.ceil(teams / teamsPerOwner));
        if (owners) expect(owners.count).toBeGreaterThan(1);
      }),
      { numRuns: 200 },
    );
  });
});

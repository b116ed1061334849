import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  UNSURE,
  evaluate,
  jobPosts,
  leadLine,
  planSentences,
  revisitPoints,
  runnerUpLine,
  type Answers,
} from '../../src/engine';
import { answersArbitrary } from '../fixtures/answer-arbitrary';
import { defaultBank } from '../fixtures/default-bank';

const bank = defaultBank();

/** A large company where nothing is wrong: its texts must say so, not claim a gap. */
const healthyEnterprise: Answers = {
  stage: 'established',
  engineers: 1000,
  teams: 60,
  products: 'portfolio',
  complexity: ['integrations'],
  markets: 'several-markets',
  'vision-owner': 'product-leader',
  roadmap: 'strongly-agree',
  'backlog-owner': 'dedicated',
  delivery: 'strongly-agree',
  agile: 'many-teams',
  stakeholders: ['executives'],
  research: 'neutral',
  strain: ['none'],
  budget: 'more',
};

/** The seed's own case for separating the roles. */
const overwhelmedSeed = (budget: string): Answers => ({
  stage: 'seed',
  engineers: 10,
  products: 'few-products',
  complexity: ['user-groups'],
  markets: 'entering-one',
  'new-markets': ['new-region'],
  'vision-owner': 'product-leader',
  roadmap: 'neutral',
  'backlog-owner': 'one-person-both',
  delivery: 'neutral',
  agile: 'patchy',
  stakeholders: ['investors', 'key-customers'],
  research: 'agree',
  strain: ['overwhelmed'],
  budget,
});

describe('advice true to the company', () => {
  it('reads a healthy 1,000-engineer company as such: no claimed gap, no threshold already passed', () => {
    const result = evaluate(bank, healthyEnterprise);
    expect(result.outcome).not.toBe('combined');
    const lead = leadLine(bank, healthyEnterprise, result);
    expect(lead).toMatch(/^No urgent gap/);
    expect(lead).not.toMatch(/slipping|blocked|wait/i);
    for (const point of revisitPoints(bank, result, healthyEnterprise)) expect(point.when).not.toMatch(/25 people/);
  });

  it('says "not enough answers" when everything is "Not sure", and names what would matter most', () => {
    const unsure = Object.fromEntries(bank.questions.map((q) => [q.id, UNSURE]));
    const result = evaluate(bank, unsure);
    expect(result.status).toBe('tentative');
    expect(leadLine(bank, unsure, result)).toMatch(/^Not enough answers to recommend yet/);
    expect(result.open).toHaveLength(3);
    expect(planSentences(bank, result)[0]).toMatch(/^If the answers so far hold: /);
  });

  it('never says engineers wait or are blocked when they are agreed to know what to build and nobody is blocked', () => {
    fc.assert(
      fc.property(answersArbitrary(bank), fc.constantFrom('agree', 'strongly-agree'), (input, delivery) => {
        const { strain, ...rest } = input;
        const kept = Array.isArray(strain) ? strain.filter((id) => id !== 'blocked') : strain;
        const answers: Answers = {
          ...rest,
          delivery,
          ...(kept === undefined || (Array.isArray(kept) && kept.length === 0) ? {} : { strain: kept }),
        };
        const lead = leadLine(bank, answers, evaluate(bank, answers));
        expect(lead).not.toMatch(/blocked|waiting|do not always know/);
      }),
      { numRuns: 200 },
    );
  });

  it('says in one line why the runner-up lost, naming a rule when one set it aside', () => {
    const result = evaluate(bank, overwhelmedSeed('two'));
    const line = runnerUpLine(bank, result) ?? '';
    expect(line).toMatch(/^Not “/);
    expect(line.length).toBeLessThan(220);
  });
});

describe('the hiring plan in words', () => {
  it('separates the roles for the overwhelmed seed startup with growth ahead, and hires the bigger gap first on one salary', () => {
    const result = evaluate(bank, overwhelmedSeed('one'));
    expect(result.outcome).toBe('both');
    const [now, later] = planSentences(bank, result);
    expect(now).toMatch(/^Hire an? (Product Manager|Product Owner) now: (strategy|execution) need is the bigger gap/);
    expect(later).toMatch(/^Add an? (Product Manager|Product Owner) when the budget allows\.$/);
    expect(jobPosts(bank, result).map((post) => post.title)).toHaveLength(2);
  });

  it('brings in a part-time, fractional or contract person under one salary', () => {
    const result = evaluate(bank, overwhelmedSeed('part-time'));
    expect(planSentences(bank, result)[0]).toMatch(
      /^With less than one full salary, bring in a part-time, fractional or contract /,
    );
  });

  it('counts Product Owners by delivery teams: nine teams never read as "a Product Owner"', () => {
    const result = evaluate(bank, {
      ...healthyEnterprise,
      teams: 9,
      engineers: 120,
      delivery: 'disagree',
      strain: ['blocked'],
    });
    const owners = result.plan?.needs.find((need) => need.role === 'product-owner');
    expect(owners?.count).toBeGreaterThan(1);
    expect(planSentences(bank, result).join(' ')).not.toMatch(/\ba (Senior )?Product Owner\b/);
  });
});

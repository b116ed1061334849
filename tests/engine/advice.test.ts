import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  UNSURE,
  buildMarkdownSummary,
  buildTextSummary,
  evaluate,
  jobPosts,
  leadLine,
  planDetails,
  planSentences,
  revisitPoints,
  runnerUpLine,
  situationLine,
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
    // Nothing says the result is settled: what is still open could change it.
    const documents = [
      buildMarkdownSummary(bank, unsure, result, { date: new Date('2026-12-07T00:00:00Z') }),
      buildTextSummary(bank, unsure, result, new Date('2026-12-07T00:00:00Z')),
    ];
    for (const document of documents) {
      expect(document).not.toMatch(/No likely change of a single answer/);
      if (result.changes.length === 0) expect(document).toMatch(/Answering the questions still open could change/);
    }
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

  it('never calls the recommended half the bigger gap when the other half needs more', () => {
    // Any answers: when a rule picks Product Owner or Product Manager against the bigger need, the lead names the rule.
    const role = { po: 'execution', pm: 'strategy' } as const;
    fc.assert(
      fc.property(answersArbitrary(bank), (answers) => {
        const result = evaluate(bank, answers);
        if (result.status !== 'ok' || (result.outcome !== 'po' && result.outcome !== 'pm')) return;
        const mine = result.dimensions[role[result.outcome]] ?? 0;
        const other = result.dimensions[role[result.outcome === 'po' ? 'pm' : 'po']] ?? 0;
        if (mine >= other) return;
        const lead = leadLine(bank, answers, result);
        expect(lead).not.toMatch(/bigger gap/);
        expect(lead).not.toBe('');
      }),
      { numRuns: 300 },
    );
  });

  it('puts a smaller plan down to the people already there only when someone is', () => {
    // 150 engineers with nobody in a product role and nothing strained: the plan names one hire because nothing is urgent.
    const calm = evaluate(bank, {
      stage: 'established',
      engineers: 150,
      teams: 4,
      build: 'in-house',
      products: 'portfolio',
      complexity: ['user-groups'],
      markets: 'several-markets',
      'vision-owner': 'founder-firm',
      roadmap: 'neutral',
      'backlog-owner': 'eng-lead',
      delivery: 'agree',
      agile: 'smooth',
      stakeholders: ['executives', 'investors', 'partners'],
      research: 'strongly-disagree',
      strain: ['none'],
      budget: 'more',
      'budget-salaries': 4,
    });
    expect(calm.plan).toMatchObject({ noPressingGap: true, inPlace: [], owned: [] });
    expect(situationLine(bank, calm)).toMatch(/nothing is urgent, so the plan below names only the next hire/);
    fc.assert(
      fc.property(answersArbitrary(bank), (answers) => {
        const result = evaluate(bank, answers);
        const line = situationLine(bank, result) ?? '';
        if (!line.includes('people already there')) return;
        const plan = result.plan;
        expect((plan?.inPlace.length ?? 0) + (plan?.owned.length ?? 0) + (plan?.keeps ? 1 : 0)).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('says a rule, not the small gaps, chose one person when the gaps are wide', () => {
    // Eight engineers, both needs high: "one-team" puts one person in place of two, whatever the gaps.
    const result = evaluate(bank, {
      stage: 'seed',
      engineers: 8,
      build: 'in-house',
      products: 'few-products',
      complexity: ['integrations', 'regulation', 'user-groups', 'hardware'],
      markets: 'entering-several',
      'new-markets': ['new-region', 'new-industry', 'new-category', 'new-segment'],
      'vision-owner': 'founder-firm',
      roadmap: 'strongly-disagree',
      'backlog-owner': 'founder',
      delivery: 'strongly-disagree',
      agile: 'patchy',
      stakeholders: ['investors', 'key-customers', 'partners', 'sales-support'],
      research: 'strongly-agree',
      strain: ['misaligned', 'silos', 'blocked', 'no-roadmap'],
      budget: 'two',
    });
    expect(result.outcome).toBe('combined');
    expect(result.rules).toContain('one-team');
    const line = runnerUpLine(bank, result) ?? '';
    expect(line).not.toMatch(/the gaps you describe/);
    expect(line).toMatch(/Up to nine engineers keep one product person busy/);
  });

  it('says in one line why the runner-up lost, naming a rule when one set it aside', () => {
    const result = evaluate(bank, overwhelmedSeed('two'));
    const line = runnerUpLine(bank, result) ?? '';
    expect(line).toMatch(/^Not “/);
    expect(line.length).toBeLessThan(220);
  });
});

describe('the hiring plan in words', () => {
  // The seed's case: one product person does both jobs and is overwhelmed. The rule
  // "overwhelmed-one-person" separates the roles: that person keeps one half (the direction,
  // which the product leader already owns) and someone new takes the other, the backlog. One
  // Product Owner is the whole need (one team of 10 engineers), so a second salary buys no more.
  const keeps = 'Of the two halves, your product person keeps the vision, the roadmap and the market.';
  it.each([
    [
      'part-time',
      'With less than one full salary, bring in a part-time, fractional or contract Product Owner for the backlog and day-to-day delivery.',
      true,
    ],
    ['one', 'Hire a Product Owner now.', false],
    ['two', 'Hire a Product Owner now.', false],
  ])(
    'separates the roles for the overwhelmed seed startup: the product person keeps the direction, a Product Owner is hired (budget %s)',
    (budget, hire, partTime) => {
      const result = evaluate(bank, overwhelmedSeed(budget));
      expect(result.outcome).toBe('both');
      expect(result.rules).toContain('overwhelmed-one-person');
      expect(planSentences(bank, result)).toEqual([keeps, hire]);
      expect(result.plan?.keeps).toEqual({ who: 'your product person', role: 'product-manager' });
      expect(result.plan?.hires).toEqual([
        { role: 'product-owner', title: 'Product Owner', count: 1, when: 'now', partTime },
      ]);
      expect(jobPosts(bank, result).map((post) => post.title)).toEqual(['Product Owner']);
    },
  );

  it('hires the bigger gap first on one salary, and the other role beyond this year’s budget', () => {
    // Both halves lack an owner (the founder is stretched, only some teams have a backlog owner),
    // and one backlog owner is already there, so no Head of Product leads. Execution (62) is
    // above strategy (55) but within the bank's closeWithin of 10: the answer that tips it is named.
    const answers: Answers = {
      stage: 'growth',
      engineers: 30,
      teams: 3,
      products: 'one-product',
      complexity: ['user-groups', 'integrations'],
      markets: 'one-market',
      'vision-owner': 'founder-stretched',
      roadmap: 'disagree',
      'backlog-owner': 'some-teams',
      'product-owners': 1,
      delivery: 'strongly-disagree',
      agile: 'patchy',
      stakeholders: ['investors', 'key-customers', 'sales-support'],
      research: 'agree',
      strain: ['misaligned', 'blocked', 'no-roadmap', 'silos'],
      budget: 'one',
    };
    const result = evaluate(bank, answers);
    expect(result.outcome).toBe('both');
    expect(result.dimensions.execution).toBeGreaterThan(result.dimensions.strategy ?? 0);
    expect(planSentences(bank, result)).toEqual([
      'Hire a Product Owner now: the two needs are close; your answer “Most of the time” to “How often do your engineers wait for a decision on what to build next?” tips it.',
      "Beyond this year's budget: a Product Manager, when the budget allows.",
    ]);
    expect(jobPosts(bank, result).map((post) => post.title)).toEqual(['Product Owner', 'Product Manager']);
  });

  it('counts Product Owners by delivery teams: nine teams never read as "a Product Owner" in all', () => {
    const result = evaluate(bank, {
      ...healthyEnterprise,
      teams: 9,
      engineers: 120,
      delivery: 'disagree',
      strain: ['blocked'],
    });
    // One for every one or two teams: 5 for nine teams, less the backlog owner already there.
    const owners = result.plan?.needs.find((need) => need.role === 'product-owner');
    expect(owners).toMatchObject({ need: 5, have: 1, count: 4 });
    expect(planDetails(bank, result)).toEqual([
      '4 Senior Product Owners: the backlog and day-to-day delivery (about one for every one or two delivery teams: 5 in all, 1 already in place).',
    ]);
    // A budget of "more than two" pays for three now; the fourth waits, and only that one reads "a".
    expect(planSentences(bank, result)).toEqual([
      'Hire 3 Senior Product Owners now.',
      "Beyond this year's budget: a Senior Product Owner, when the budget allows.",
    ]);
  });

  it('says a role with people in place is not yet shown as covered, never that nobody owns its work', () => {
    // A product leader and four product managers own the direction; the roadmap is unclear.
    const result = evaluate(bank, {
      stage: 'seed',
      engineers: 35,
      teams: 4,
      build: 'mixed',
      products: 'one-multi-platform',
      complexity: ['integrations'],
      markets: 'several-markets',
      'vision-owner': 'product-leader',
      'product-managers': 4,
      roadmap: 'disagree',
      'backlog-owner': 'eng-lead',
      delivery: 'disagree',
      agile: 'patchy',
      stakeholders: ['founders-only'],
      research: 'disagree',
      strain: ['overwhelmed'],
      budget: 'one',
    });
    const managers = result.plan?.needs.find((need) => need.role === 'product-manager');
    expect(managers).toMatchObject({ have: 4, count: 1 });
    const line = planDetails(bank, result).find((detail) => detail.includes('Product Manager:'));
    expect(line).toContain('beside the 4 in place');
    expect(line).not.toMatch(/no owner|nobody/);
  });
});

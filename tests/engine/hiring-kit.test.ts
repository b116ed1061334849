import { describe, expect, it } from 'vitest';
import { defaultKitJson } from '../fixtures/default-bank';

/** The kit file's JSON, typed as this test reads and breaks it. */
interface KitJson {
  roles: Record<
    'product-owner' | 'product-manager' | 'product-lead' | 'head-of-product',
    {
      attributes: { id: string }[];
      questions: { attribute: string; text: string }[];
      extra: { attribute: string }[];
    }
  >;
  workWith: { all: { question: string }[]; text: string }[];
  success: { all?: { anyOf: string[] }[] }[];
}

const kitJson = defaultKitJson() as unknown as KitJson;
import {
  buildHiringKitMarkdown,
  checkAnswers,
  evaluate,
  hiringKits,
  parseHiringKit,
  type Answers,
  type Evaluation,
  type HiringKitFile,
  type RoleKit,
} from '../../src/engine';
import { defaultBank } from '../fixtures/default-bank';
import { formatDay } from '../../src/i18n/format';
import { personaById, personas } from '../fixtures/personas';

const bank = defaultBank();
const parsed = parseHiringKit(kitJson, bank);
if (!parsed.ok) throw new Error(parsed.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
const kit: HiringKitFile = parsed.kit;
const date = new Date('2026-03-04T12:00:00Z');

function checked(input: Record<string, unknown>): Answers {
  const result = checkAnswers(bank, input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.answers;
}

/** A regulated Series A product whose CTO runs the sprints on the side: no product person yet. */
const base = personaById('po-cto-runs-backlog').answers;

/**
 * The kit of one role for these answers, whatever the scores recommend: the plan's needs are
 * set to that role, so these tables test the kit, not the scoring.
 */
const nameOf = (role: string) => bank.plan?.roles.find((candidate) => candidate.id === role)?.name ?? role;

function forRole(evaluation: Evaluation, role: string): Evaluation {
  const plan = evaluate(bank, checked(base)).plan;
  const template = plan?.needs[0];
  if (!evaluation.plan || !template) throw new Error('the base answers need a hire');
  return {
    ...evaluation,
    status: 'ok',
    plan: { ...evaluation.plan, needs: [{ ...template, role, title: nameOf(role), count: 1 }] },
  };
}

function kitOf(role: string, changes: Record<string, unknown> = {}): RoleKit {
  const merged: Record<string, unknown> = { ...base, ...changes };
  // null leaves a question out: one the changed answers hide.
  const answers = checked(Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== null)));
  const [only] = hiringKits(bank, kit, answers, forRole(evaluate(bank, answers), role));
  if (!only) throw new Error(`no kit for ${role}`);
  return only;
}

const questionTexts = (role: RoleKit) => role.questions.map((question) => question.text);
const has = (pattern: RegExp) => (texts: readonly string[]) => texts.some((text) => pattern.test(text));
const VENDOR = /outside company|outside team/;
const START = /How would you start|first two weeks/;

describe('the kit file', () => {
  it('is valid for the default bank and covers every role of its plan', () => {
    expect(parsed.ok).toBe(true);
    for (const role of bank.plan?.roles ?? []) expect(Object.keys(kit.roles)).toContain(role.id);
  });

  it.each(Object.entries(kitJson.roles))('%s: 4 to 6 attributes, 6 to 10 questions, each on one of them', (_, role) => {
    expect(role.attributes.length).toBeGreaterThanOrEqual(4);
    expect(role.attributes.length).toBeLessThanOrEqual(6);
    expect(role.questions.length).toBeGreaterThanOrEqual(6);
    expect(role.questions.length).toBeLessThanOrEqual(10);
    const ids = role.attributes.map((attribute) => attribute.id);
    for (const question of [...role.questions, ...role.extra]) expect(ids).toContain(question.attribute);
  });

  const broken = (change: (kit: typeof kitJson) => void): unknown => {
    const copy = structuredClone(kitJson);
    change(copy);
    return copy;
  };
  it.each([
    [
      'a question on an attribute the role lacks',
      broken((k) => Object.assign(k.roles['product-owner'].questions[0] ?? {}, { attribute: 'charm' })),
      { path: 'roles.product-owner.questions[0].attribute', message: '"charm" is not an attribute of "product-owner"' },
    ],
    [
      'three attributes',
      broken((k) => k.roles['product-manager'].attributes.splice(3)),
      { path: 'roles.product-manager.attributes', message: 'Too small: expected array to have >=4 items' },
    ],
    [
      'five questions',
      broken((k) => k.roles['product-lead'].questions.splice(5)),
      { path: 'roles.product-lead.questions', message: 'Too small: expected array to have >=6 items' },
    ],
    [
      'an attribute no question tests',
      broken((k) => Object.assign(k.roles['product-owner'].questions[4] ?? {}, { attribute: 'backlog' })),
      { path: 'roles.product-owner.attributes[4]', message: 'no question tests "technical"' },
    ],
    [
      'a condition on a question the bank lacks',
      broken((k) => Object.assign(k.workWith[0]?.all[0] ?? {}, { question: 'mood' })),
      { path: 'workWith[0].all[0].question', message: '"mood" is not a question' },
    ],
    [
      'an option the question lacks',
      broken((k) => Object.assign(k.success[8]?.all?.[0] ?? {}, { anyOf: ['bored'] })),
      { path: 'success[8].all[0].anyOf[0]', message: '"bored" is not an option of "strain"' },
    ],
    [
      'a slot that is not a number question',
      broken((k) => Object.assign(k.workWith[0] ?? {}, { text: 'The {stage} team' })),
      { path: 'workWith[0].text', message: '{stage} is not a number question' },
    ],
    [
      'a plan role with no kit',
      broken((k) => delete (k.roles as Partial<typeof k.roles>)['product-lead']),
      { path: 'roles', message: 'plan role "product-lead" has no kit' },
    ],
    [
      'a misspelt key',
      broken((k) => Object.assign(k.roles['product-owner'], { extras: [] })),
      { path: 'roles.product-owner', message: 'Unrecognized key: "extras"' },
    ],
  ])('refuses %s', (_, input, issue) => {
    const result = parseHiringKit(input, bank);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual(issue);
  });
});

describe('hiringKits fits the answers', () => {
  it.each([
    ['product-owner', { build: 'outsourced' }, VENDOR, true],
    ['product-owner', { build: 'mixed' }, VENDOR, true],
    ['product-owner', { build: 'in-house' }, VENDOR, false],
    ['product-owner', { build: 'unsure' }, VENDOR, false],
    ['product-manager', { build: 'outsourced' }, VENDOR, true],
    ['head-of-product', { build: 'mixed' }, VENDOR, true],
    ['product-owner', {}, START, true],
    ['product-manager', {}, START, true],
    ['product-owner', { 'vision-owner': 'product-leader', 'product-managers': 1 }, START, false],
    ['product-owner', { 'backlog-owner': 'some-teams', 'product-owners': 1 }, START, false],
    ['product-owner', { 'backlog-owner': 'unsure' }, START, false],
    ['product-owner', {}, /rule or an audit/, true],
    ['product-owner', { complexity: ['integrations'] }, /rule or an audit/, false],
    ['product-manager', { markets: 'entering-several', 'new-markets': ['new-region'] }, /new market/, true],
    ['product-manager', {}, /new market/, false],
  ])('%s with %j: a question matching %s is asked: %s', (role, changes, pattern, asked) => {
    const kit = kitOf(role, changes);
    expect(has(pattern)(questionTexts(kit))).toBe(asked);
    expect(kit.questions.length).toBeGreaterThanOrEqual(6);
    expect(kit.questions.length).toBeLessThanOrEqual(10);
  });

  it('says why a company-specific question is asked, and groups questions by the scorecard', () => {
    const kit = kitOf('product-owner', { build: 'outsourced' });
    const vendor = kit.questions.find((question) => VENDOR.test(question.text));
    expect(vendor?.because).toBe('An outside company builds some or all of your product.');
    const order = kit.scorecard.map((attribute) => attribute.id);
    const positions = kit.questions.map((question) => order.indexOf(question.attribute));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(kit.questions.every((question) => question.attributeName !== question.attribute)).toBe(true);
  });

  it.each([
    [{}, 'success', /^Engineers no longer wait for decisions/, true],
    [{ strain: ['silos'], delivery: 'agree' }, 'success', /^Engineers no longer wait for decisions/, false],
    [{ strain: 'unsure', delivery: 'unsure' }, 'success', /^Engineers no longer wait for decisions/, false],
    [{}, 'workWith', /^All 20 engineers who build the product/, true],
    [{ engineers: 'unsure', teams: null }, 'workWith', /engineers who build/, false],
    [{}, 'workWith', /^The 2 teams that deliver/, true],
    [{ engineers: 8, teams: null }, 'workWith', /teams that deliver/, false],
    [{}, 'workWith', /^The engineering lead, who runs the backlog today/, true],
    [{ build: 'outsourced' }, 'workWith', /^The outside company that builds the product/, true],
    [{ build: 'in-house' }, 'workWith', /outside company/, false],
    [{}, 'workWith', /^Key customers with specific demands/, true],
    [{}, 'workWith', /^Investors/, false],
    [{}, 'owns', /rules it must meet/, true],
    [{ complexity: ['none'] }, 'owns', /rules it must meet/, false],
  ] as const)('product-owner with %j: %s has a line matching %s: %s', (changes, part, pattern, present) => {
    expect(has(pattern)(kitOf('product-owner', changes).intake[part])).toBe(present);
  });

  it('gives each role its own 90-day success', () => {
    const noRoadmap = { strain: ['no-roadmap'], roadmap: 'disagree' };
    expect(has(/^There is a roadmap/)(kitOf('product-manager', noRoadmap).intake.success)).toBe(true);
    expect(has(/^There is a roadmap/)(kitOf('product-owner', noRoadmap).intake.success)).toBe(false);
    expect(kitOf('head-of-product').intake.success[0]).toMatch(/^A plan for the product team/);
  });

  it('fills no slot with an answer it does not have', () => {
    for (const persona of personas)
      for (const role of Object.keys(kit.roles)) {
        const answers = checked(persona.answers);
        const [one] = hiringKits(bank, kit, answers, forRole(evaluate(bank, answers), role));
        const intake = Object.values(one?.intake ?? {}).flat();
        expect(intake.join(' ')).not.toMatch(/[{}]|Not sure|undefined/);
        expect(one?.intake.owns.length).toBeGreaterThan(0);
      }
  });
});

describe('hiringKits follows the result', () => {
  it('gives no kit for a tentative result', () => {
    const answers = checked({ stage: 'seed', budget: 'one' });
    const evaluation = evaluate(bank, answers);
    expect(evaluation.status).toBe('tentative');
    expect(hiringKits(bank, kit, answers, evaluation)).toEqual([]);
    expect(buildHiringKitMarkdown([], { date })).toContain('No kit yet: the result is tentative.');
  });

  it.each(personas.map((persona) => [persona.id, persona.answers] as const))(
    '%s: one kit for each role the plan needs, in its order, with its title',
    (_, input) => {
      const answers = checked(input);
      const evaluation = evaluate(bank, answers);
      const kits = hiringKits(bank, kit, answers, evaluation);
      expect(kits.map((one) => [one.role, one.title])).toEqual(
        evaluation.status === 'ok' ? (evaluation.plan?.needs.map((need) => [need.role, need.title]) ?? []) : [],
      );
    },
  );
});

describe('buildHiringKitMarkdown', () => {
  it('lists the intake as a checklist, the scorecard as a table and numbered questions', () => {
    const one = kitOf('product-owner', { build: 'outsourced' });
    const markdown = buildHiringKitMarkdown([{ ...one, title: 'Senior Product Owner' }], { date });
    expect(markdown).toContain(`# Hiring kit\n\nMade with Role Fit on ${formatDay('en', date)} from your answers.`);
    expect(markdown).toContain('## Senior Product Owner\n\nHiring a Product Owner.');
    expect(markdown).toContain('- [ ] The product backlog: what is in it and in which order.');
    expect(markdown).toContain('| Attribute | Weak | Fair | Good | Strong |');
    expect(markdown).toMatch(/\n1\. .+\*\(Backlog and priorities\)\*\n/);
    expect(markdown).toContain('; asked because: An outside company builds some or all of your product.)*');
    expect(markdown.match(/^\d+\. /gm)).toHaveLength(one.questions.length);
  });

  it('escapes every text it is given', () => {
    const one = kitOf('product-owner');
    const hostile: RoleKit = {
      ...one,
      title: '<img src=x onerror=alert(1)>',
      intake: { ...one.intake, owns: ['[click](javascript:alert(1))'] },
      questions: [{ text: '# heading | cell', attribute: 'x', attributeName: '*x*' }],
    };
    const markdown = buildHiringKitMarkdown([hostile], { date });
    expect(markdown).toContain('## \\<img src=x onerror=alert(1)\\>');
    expect(markdown).toContain('- [ ] \\[click\\](javascript\\:alert(1))');
    expect(markdown).toContain('1. \\# heading \\| cell *(\\*x\\*)*');
  });
});

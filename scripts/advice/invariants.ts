/**
 * What the advice must keep true for every answer set, shared by the property tests and
 * `npm run audit:advice`. Each check returns the counterexamples it found, in words.
 */
import {
  UNSURE,
  buildMarkdownSummary,
  buildTextSummary,
  changeLines,
  checkAnswers,
  escapeMarkdown,
  evaluate,
  isShown,
  peopleText,
  planDetails,
  recommend,
  type Answer,
  type Answers,
  type Bank,
  type Evaluation,
  type OutcomeId,
  type Question,
} from '../../src/engine';
import { allHold } from '../../src/engine/scoring/compile';

/** How many people an outcome puts on product work: more load may never lower it. */
const ROLES: Record<OutcomeId, number> = { combined: 0, po: 1, pm: 1, both: 2 };

export interface Violation {
  invariant: string;
  detail: string;
  answers: Answers;
}

const addOption = (question: Question, answer: Answer): Answer[] => {
  if (question.type !== 'multiple') return [];
  const ticked = Array.isArray(answer) ? answer : [];
  const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.id));
  const kept = ticked.filter((id) => !exclusive.has(id));
  if (kept.length >= question.maxChoices) return [];
  return question.options.filter((o) => !o.exclusive && !kept.includes(o.id)).map((o) => [...kept, o.id]);
};

/** Questions where an answer further down the list means more load, and which moves add load. */
const ORDERED_MORE: Record<string, Record<string, string[]>> = {
  products: {
    'one-product': ['one-multi-platform', 'few-products', 'portfolio'],
    'one-multi-platform': ['few-products', 'portfolio'],
    'few-products': ['portfolio'],
  },
  markets: {
    'one-market': ['entering-one', 'entering-several'],
    // From several markets, "about to enter a new market" drops the "several": only this move adds load.
    'several-markets': ['entering-several'],
    'entering-one': ['entering-several'],
  },
};

/** Every answer set one "more load" step away from these answers. */
function moreLoad(bank: Bank, answers: Answers): { name: string; answers: Answers }[] {
  const out: { name: string; answers: Answers }[] = [];
  for (const question of bank.questions) {
    const answer = answers[question.id];
    if (answer === undefined || answer === UNSURE || !isShown(bank, answers, question.id)) continue;
    const push = (next: Answer) =>
      out.push({
        name: `${question.id}: ${JSON.stringify(answer)} → ${JSON.stringify(next)}`,
        answers: { ...answers, [question.id]: next },
      });
    if (question.id === 'strain' || question.id === 'complexity') addOption(question, answer).forEach(push);
    else if (ORDERED_MORE[question.id] && typeof answer === 'string')
      ORDERED_MORE[question.id]?.[answer]?.forEach(push);
    else if (
      (question.id === 'engineers' || question.id === 'teams') &&
      question.type === 'number' &&
      typeof answer === 'number'
    ) {
      // The next band's lowest number, and double: both are "more engineers".
      const band = question.bands.findIndex((b) => answer >= b.min && answer <= b.max);
      const next = question.bands[band + 1];
      if (next) push(next.min);
      if (answer * 2 <= question.max && answer > 0) push(answer * 2);
    }
  }
  return out;
}

const applies = (bank: Bank, answers: Answers, id: string) => {
  const rule = (bank.rules ?? []).find((candidate) => candidate.id === id);
  return (
    rule !== undefined &&
    allHold(bank, answers, rule.all) &&
    (!rule.any || rule.any.some((condition) => allHold(bank, answers, [condition])))
  );
};

/** Every rule of the bank that applies excludes its outcomes (earlier rules win, so a rule that would leave none is skipped). */
function rulesHold(bank: Bank, result: Evaluation): string[] {
  return (bank.rules ?? [])
    .filter((rule) => result.rules.includes(rule.id) && rule.exclude.includes(result.outcome))
    .map((rule) => `rule ${rule.id} applies, yet the outcome is ${result.outcome}`);
}

const people = (hires: readonly { count: number }[]) => hires.reduce((sum, hire) => sum + hire.count, 0);
const hiresRole = (result: Evaluation, roles: readonly string[]) =>
  (result.plan?.hires ?? []).filter((hire) => roles.includes(hire.role) && hire.count > 0).map((hire) => hire.role);

/** The plan's checks: team size, owners in place, budget, counts explained. */
function planChecks(bank: Bank, answers: Answers, result: Evaluation): { invariant: string; detail: string }[] {
  const plan = result.plan;
  if (!plan) return [];
  const found: { invariant: string; detail: string }[] = [];
  // A product leader who also runs the backlog is one person (plan.ts counts them once).
  const twice =
    plan.inPlace.some((e) => e.role === 'product-lead') && plan.inPlace.some((e) => e.role === 'product-manager');
  const existing = plan.inPlace.reduce((sum, entry) => sum + entry.count, 0) - (twice ? 1 : 0);
  const hired = people(plan.hires);
  if (plan.capacity !== null && hired > Math.max(1, plan.capacity - existing))
    found.push({
      invariant: 'new hires within the team-size bound',
      detail: `${hired} new people beside ${existing} in place, for a team that keeps ${plan.capacity} busy`,
    });
  if (applies(bank, answers, 'delivery-owned')) {
    const wrong = hiresRole(result, ['product-owner', 'product-lead']);
    if (wrong.length > 0)
      found.push({ invariant: 'no backlog hire when delivery is owned', detail: `hires ${wrong.join(', ')}` });
  }
  if (applies(bank, answers, 'strategy-owned')) {
    const wrong = hiresRole(result, ['product-manager', 'product-lead', 'head-of-product']);
    if (wrong.length > 0)
      found.push({ invariant: 'no strategy hire when the direction is owned', detail: `hires ${wrong.join(', ')}` });
  }
  const now = plan.hires.filter((hire) => hire.when === 'now');
  if (plan.salaries !== null && people(now) > Math.max(1, Math.floor(plan.salaries)))
    found.push({ invariant: 'now within the budget', detail: `${people(now)} now on ${plan.salaries} salaries` });
  if (plan.salaries !== null && plan.salaries < 1 && now.some((hire) => !hire.partTime))
    found.push({ invariant: 'now within the budget', detail: 'a full-time hire now on less than one salary' });
  if (people(plan.needs) !== hired)
    found.push({ invariant: 'every count explained', detail: `${people(plan.needs)} needed, ${hired} phased` });
  planDetails(bank, result).forEach((line, i) => {
    const need = plan.needs[i];
    if (!need) return;
    const starts = line.startsWith(`${peopleText(bank, need)}:`);
    const whole = /: (\d+) in all/.exec(line);
    const inPlace = /(\d+) already in place/.exec(line);
    const agrees =
      (!whole || Number(whole[1]) === need.need) &&
      (!inPlace || Number(inPlace[1]) === need.have) &&
      (!whole ||
        need.short !== undefined ||
        need.count === Math.max(0, need.need - need.have) ||
        need.have >= need.need);
    if (!starts || !agrees) found.push({ invariant: 'every count explained', detail: line });
  });
  return found;
}

/** "What would change it": one list, at most five, in every format, each move one the bank allows. */
function changeChecks(bank: Bank, answers: Answers, result: Evaluation): { invariant: string; detail: string }[] {
  const found: { invariant: string; detail: string }[] = [];
  if (result.changes.length > 5)
    found.push({
      invariant: 'what would change it: the same short list everywhere',
      detail: `${result.changes.length} changes`,
    });
  for (const change of result.changes)
    for (const edit of change.edits) {
      const question = bank.questions.find((q) => q.id === edit.question);
      const now = answers[edit.question];
      if (!question || !forward(question, now, edit.answer))
        found.push({
          invariant: 'what would change it: never backwards',
          detail: `${edit.question}: ${JSON.stringify(now)} → ${JSON.stringify(edit.answer)}`,
        });
    }
  const conflicts = bank.conflicts ?? [];
  for (const change of result.changes) {
    const after = { ...answers, ...Object.fromEntries(change.edits.map((edit) => [edit.question, edit.answer])) };
    for (const conflict of conflicts)
      if (allHold(bank, after, conflict.all) && !allHold(bank, answers, conflict.all))
        found.push({ invariant: 'what would change it: never a conflict', detail: conflict.because });
  }
  const lines = changeLines(bank, answers, result);
  const date = new Date(0);
  const markdown = buildMarkdownSummary(bank, answers, result, { date });
  const text = buildTextSummary(bank, answers, result, date);
  for (const line of lines)
    if (!markdown.includes(escapeMarkdown(line.text)) || !text.includes(line.text))
      found.push({ invariant: 'what would change it: the same short list everywhere', detail: line.text });
  return found;
}

/** Whether moving `now` to `next` is a move the question's `moves` allows: forward in stage and size, never a change of kind. */
function forward(question: Question, now: Answer | undefined, next: Answer): boolean {
  const { moves } = question;
  if (moves === undefined || now === undefined || now === UNSURE) return false;
  if (question.type === 'number') return typeof now === 'number' && typeof next === 'number' && next > now;
  if (question.type === 'multiple') {
    const [a, b] = [now, next].map((answer) => new Set(Array.isArray(answer) ? answer : []));
    const added = [...(b ?? [])].filter((id) => !a?.has(id)).length;
    const removed = [...(a ?? [])].filter((id) => !b?.has(id)).length;
    const exclusive = (set: Set<string> | undefined) =>
      question.options.some((option) => option.exclusive && set?.has(option.id));
    if (moves === 'add') return added === 1 && (removed === 0 || exclusive(a));
    return (added === 1 && (removed === 0 || exclusive(a))) || (removed === 1 && (added === 0 || exclusive(b)));
  }
  const index = (id: Answer | undefined) => question.options.findIndex((option) => option.id === id);
  if (moves === 'forward') return index(next) === index(now) + 1;
  if (moves === 'step') return Math.abs(index(next) - index(now)) === 1;
  return typeof moves === 'object' && typeof now === 'string' && (moves[now] ?? []).includes(String(next));
}

/** The checks for one answer set; an empty list when every invariant holds. */
export function violations(bank: Bank, answers: Answers): Violation[] {
  const found: Violation[] = [];
  const result = evaluate(bank, answers);
  for (const detail of rulesHold(bank, result)) found.push({ invariant: 'rules', detail, answers });
  for (const check of [...planChecks(bank, answers, result), ...changeChecks(bank, answers, result)])
    found.push({ ...check, answers });
  for (const step of moreLoad(bank, answers)) {
    const checked = checkAnswers(bank, step.answers);
    if (!checked.ok) continue;
    const after = recommend(bank, checked.answers);
    // A team one person can serve gets one person for both: a narrowing rule, not fewer roles.
    const narrowed =
      after.outcome === 'combined' && after.rules.some((id) => bank.rules?.find((r) => r.id === id)?.instead);
    if (ROLES[after.outcome] < ROLES[result.outcome] && !narrowed)
      found.push({
        invariant: 'more load never means fewer roles',
        detail: `${step.name} moved ${result.outcome} to ${after.outcome}`,
        answers,
      });
  }
  return found;
}

export const invariantNames = [
  'rules',
  'more load never means fewer roles',
  'new hires within the team-size bound',
  'no backlog hire when delivery is owned',
  'no strategy hire when the direction is owned',
  'now within the budget',
  'every count explained',
  'what would change it: never backwards',
  'what would change it: never a conflict',
  'what would change it: the same short list everywhere',
] as const;

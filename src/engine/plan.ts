/**
 * The hiring plan beside the recommendation: which roles the situation calls for and how
 * many, what to hire now within the budget and what later, and under which title. All the
 * numbers (roles, ratios, salaries, bounds) are the bank's; this module only applies them.
 */
import { NONE, compileCondition, conditionMet, type CompiledBank, type State } from './compile';
import type { OutcomeId } from './constants';
import type { Role } from './schema';

export interface Hire {
  role: string;
  /** The suggested job title for this level. */
  title: string;
  count: number;
  /** Now, within the budget; or later, when the budget allows. */
  when: 'now' | 'later';
  /** Less than one full salary: a part-time, fractional or contract hire. */
  partTime: boolean;
}

export interface HiringPlan {
  /** Every role the recommendation calls for, most urgent gap first, with how many; one person when no gap is pressing. */
  needs: { role: string; title: string; count: number }[];
  /** The same people split into now and later by the budget; now first. */
  hires: Hire[];
  /** Full salaries the budget pays for; null when the budget was not given. */
  salaries: number | null;
  /** Every gap is low and the answers say nothing is under strain: no hire is urgent. */
  noPressingGap: boolean;
}

/** The largest count the role's headcount rules give for these answers; 1 when none applies. */
function headcount(compiled: CompiledBank, state: State, visible: Uint8Array, role: Role): number {
  return Math.max(1, ...(role.headcount?.by ?? []).map((rule) => countBy(compiled, state, visible, rule)));
}

function countBy(
  compiled: CompiledBank,
  state: State,
  visible: Uint8Array,
  rule: NonNullable<Role['headcount']>['by'][number],
): number {
  const q = compiled.questionIndex.get(rule.question) ?? -1;
  const question = compiled.questions[q]?.question;
  const choice = visible[q] ? (state.choice[q] ?? NONE) : NONE;
  if (!question || choice === NONE) return 1;
  if ('per' in rule) return Math.max(1, Math.ceil((state.value[q] ?? 0) / rule.per));
  if (question.type === 'number' || question.type === 'multiple') return 1;
  const option = question.options[choice];
  return Math.max(1, (option && rule.byOption[option.id]) ?? 1);
}

function titleOf(role: Role, level: number): string {
  let title = role.titles[0]?.title ?? role.name;
  for (const entry of role.titles) if (level >= entry.minScale) title = entry.title;
  return title;
}

/** Full salaries a choice of question `q` pays for, when `q` is the plan's budget question; null otherwise. */
export function salariesOfChoice(compiled: CompiledBank, q: number, choice: number): number | null {
  const budget = compiled.bank.plan?.budget;
  const question = compiled.questions[q]?.question;
  if (!budget || question?.id !== budget.question || question.type !== 'single' || choice === NONE) return null;
  return budget.salaries[question.options[choice]?.id ?? ''] ?? null;
}

/** The bank's budget answer as full salaries; null when it is not answered or hidden. */
function salariesOf(compiled: CompiledBank, state: State, visible: Uint8Array): number | null {
  const q = compiled.questionIndex.get(compiled.bank.plan?.budget.question ?? '') ?? -1;
  return visible[q] ? salariesOfChoice(compiled, q, state.choice[q] ?? NONE) : null;
}

/**
 * Splits the people needed into now and later: with less than one salary, one part-time hire
 * for the most urgent gap; otherwise one of each role in order of urgency, then the rest in
 * the same order, as far as the salaries go.
 */
function withinBudget(needs: HiringPlan['needs'], salaries: number | null): Hire[] {
  const total = needs.reduce((sum, need) => sum + need.count, 0);
  if (salaries === null || salaries >= total) return needs.map((need) => ({ ...need, when: 'now', partTime: false }));
  const now = needs.map(() => 0);
  if (salaries < 1) now[0] = 1;
  else {
    let left = Math.floor(salaries);
    for (let round = 0; left > 0; round++)
      needs.forEach((need, i) => {
        if (left > 0 && (now[i] ?? 0) < need.count && (now[i] ?? 0) === round) {
          now[i] = (now[i] ?? 0) + 1;
          left--;
        }
      });
  }
  const hires: Hire[] = [];
  needs.forEach((need, i) => {
    const count = now[i] ?? 0;
    if (count > 0) hires.push({ ...need, count, when: 'now', partTime: salaries < 1 });
  });
  needs.forEach((need, i) => {
    const count = need.count - (now[i] ?? 0);
    if (count > 0) hires.push({ ...need, count, when: 'later', partTime: false });
  });
  return hires;
}

/** The plan for an evaluated state, or undefined when the bank has none. */
export function buildPlan(
  compiled: CompiledBank,
  state: State,
  visible: Uint8Array,
  dimensions: Readonly<Record<string, number>>,
  outcome: OutcomeId,
): HiringPlan | undefined {
  const plan = compiled.bank.plan;
  if (!plan) return undefined;
  const level = dimensions[plan.level] ?? 0;
  const roles = plan.hires[outcome]
    .map((id) => plan.roles.find((role) => role.id === id))
    .filter((role): role is Role => role !== undefined)
    // The bigger gap first; on a tie, the order the outcome lists its roles.
    .map((role, order) => ({ role, order, gap: dimensions[role.dimension] ?? 0 }))
    .sort((a, b) => b.gap - a.gap || a.order - b.order);
  const needs = roles.map(({ role }) => ({
    role: role.id,
    title: titleOf(role, level),
    count: headcount(compiled, state, visible, role),
  }));
  const strained = plan.noGap.strain.some((condition) =>
    conditionMet(compiled, state, visible, compileCondition(compiled.bank, compiled.questionIndex, condition)),
  );
  // "Nothing is under strain" needs an answer that says so: an open or "Not sure" one does not.
  const strainKnown = plan.noGap.strain.every((condition) => {
    const q = compiled.questionIndex.get(condition.question) ?? -1;
    return visible[q] === 1 && (state.choice[q] ?? NONE) !== NONE;
  });
  const lowGaps = Object.entries(plan.noGap.below).every(([dimension, bound]) => (dimensions[dimension] ?? 0) < bound);
  const salaries = salariesOf(compiled, state, visible);
  const noPressingGap = lowGaps && strainKnown && !strained;
  // With no pressing gap the plan is the one hire to make first, if any: not a full team.
  const needed = noPressingGap ? needs.slice(0, 1).map((need) => ({ ...need, count: 1 })) : needs;
  return { needs: needed, hires: withinBudget(needed, salaries), salaries, noPressingGap };
}

/**
 * The hiring plan beside the recommendation: which roles the situation calls for, who is
 * already there, how many new people the development team can keep busy, what to hire now
 * within the budget and what within the year or later, in which order and why. All the
 * numbers (ratios, capacity, salaries, titles) are the bank's; this module only applies them.
 */
import { NONE, answerPoints, compileCondition, conditionMet, type CompiledBank, type State } from './compile';
import type { OutcomeId } from '../bank/constants';
import { headcount, inPlaceFor, numberAnswer } from './plan-counts';
import { capTo, phases } from './plan-phases';
import type { Condition, Plan, Role } from '../bank/schema';

export interface Hire {
  role: string;
  /** The suggested job title for this level. */
  title: string;
  count: number;
  /**
   * `now`: the first hires, within the budget; `year`: the rest this year's budget pays for,
   * once the first are in place; `later`: beyond this year's budget.
   */
  when: 'now' | 'year' | 'later';
  /** Less than one full salary: a part-time, fractional or contract hire. */
  partTime: boolean;
}

/** One role of the plan: how many people the situation calls for, how many are there, how many to hire. */
export interface Need {
  role: string;
  title: string;
  /** New people to hire in this role. */
  count: number;
  /** People the situation calls for in this role. */
  need: number;
  /** People already doing this role's work. */
  have: number;
  /** The bank's words for the headcount rule that set `need`, when it is more than one. */
  why?: string;
  /** Why `count` is below `need - have`: the team's size, the lead hired in its place, or no gap pressing. */
  short?: 'team' | 'lead' | 'calm';
}

/** Someone already doing a role's work, as the plan counts them. */
export interface InPlace {
  role: string;
  /** "your product leader". */
  who: string;
  count: number;
  /** True when the count is the company's answer; false when one person is assumed. */
  counted: boolean;
  /** Units of the role's ratio (teams) each of them covers, when the bank says: owners of some teams cover one each. */
  each?: number;
}

/** Why the first role of the plan comes first. */
export type Order =
  | { kind: 'lead' | 'rule'; because: string }
  /** The bigger gap, by more than the bank's `closeWithin`. */
  | { kind: 'gap' }
  /** Within `closeWithin` points: `question` is the answer that tips it, when one does. */
  | { kind: 'close'; question?: string }
  | { kind: 'level' };

export interface HiringPlan {
  /** Every role with people to hire, in the order to hire them. */
  needs: Need[];
  /** The same people split into now, within the year and later by the budget; in that order. */
  hires: Hire[];
  /** Who is already there, for the roles the plan counts. */
  inPlace: InPlace[];
  /** One person doing both jobs keeps this role's work while the plan hires the other half. */
  keeps?: { who: string; role: string };
  /** Outcome roles that need nobody new: a rule says their work is owned and running well. */
  owned: { role: string; rule: string }[];
  /** Product people the development team keeps busy; null when its size is not known. */
  capacity: number | null;
  /** True when the team's size cut the plan below what the roles would otherwise call for. */
  capped: boolean;
  /** Why the first role comes first; null with fewer than two roles. */
  order: Order | null;
  /** Full salaries the budget pays for; null when the budget was not given. */
  salaries: number | null;
  /** Every gap is low and the answers say nothing is under strain: no hire is urgent. */
  noPressingGap: boolean;
}

export type Holds = (conditions: readonly Condition[]) => boolean;

function titleOf(plan: Plan, role: Role, level: number): string {
  let title = role.titles[0] ?? role.name;
  plan.levels.forEach((entry, i) => {
    if (level >= entry.minScale) title = role.titles[i] ?? title;
  });
  return title;
}

/** Full salaries a choice of question `q` pays for, when `q` is the plan's budget question; null otherwise. */
export function salariesOfChoice(compiled: CompiledBank, q: number, choice: number): number | null {
  const budget = compiled.bank.plan?.budget;
  const question = compiled.questions[q]?.question;
  if (!budget || question?.id !== budget.question || question.type !== 'single' || choice === NONE) return null;
  return budget.salaries[question.options[choice]?.id ?? ''] ?? null;
}

/** The budget in salaries: the count when it is given, else the budget answer's; null when neither is. */
function salariesOf(compiled: CompiledBank, state: State, visible: Uint8Array, plan: Plan): number | null {
  const count = plan.budget.count && numberAnswer(compiled, state, visible, plan.budget.count);
  if (count) return count;
  const q = compiled.questionIndex.get(plan.budget.question) ?? -1;
  return visible[q] ? salariesOfChoice(compiled, q, state.choice[q] ?? NONE) : null;
}

/**
 * The answered question that tips `first` over `second` most: the largest difference between
 * the points it gave the first role's dimension and the second's.
 */
function tippingAnswer(compiled: CompiledBank, state: State, visible: Uint8Array, first: string, second: string) {
  const a = compiled.dimensionIds.indexOf(first);
  const b = compiled.dimensionIds.indexOf(second);
  let best: { id: string; by: number } | undefined;
  for (const cq of compiled.questions) {
    const choice = state.choice[cq.index] ?? NONE;
    if (!visible[cq.index] || choice === NONE) continue;
    const by = answerPoints(cq, choice, a) - (cq.low[a] ?? 0) - (answerPoints(cq, choice, b) - (cq.low[b] ?? 0));
    if (by > 0 && (!best || by > best.by)) best = { id: cq.question.id, by };
  }
  return best?.id;
}

/** The plan for an evaluated state, or undefined when the bank has none. `applied` names the rules that applied. */
export function buildPlan(
  compiled: CompiledBank,
  state: State,
  visible: Uint8Array,
  dimensions: Readonly<Record<string, number>>,
  outcome: OutcomeId,
  applied: readonly string[],
): HiringPlan | undefined {
  const plan = compiled.bank.plan;
  if (!plan) return undefined;
  const holds: Holds = (conditions) =>
    conditions.every((condition) =>
      conditionMet(compiled, state, visible, compileCondition(compiled.bank, compiled.questionIndex, condition)),
    );
  const roleById = (id: string) => plan.roles.find((role) => role.id === id);
  const level = dimensions[plan.level] ?? 0;
  const gap = (role: Role) => dimensions[role.dimension] ?? 0;

  // Who is there: the people each role counts, and one person doing both jobs.
  const inPlace = plan.roles
    .filter((role) => role.id !== plan.lead.role)
    .flatMap((role) => inPlaceFor(compiled, state, visible, role, holds) ?? []);
  const flexible = inPlace.find((entry) => entry.role === plan.keeps.role);
  // A product leader who also runs the backlog is one person: counted once, with the product managers.
  const counted = flexible !== undefined && inPlace.some((entry) => entry.role === plan.keeps.both);
  const outcomeRoles = plan.hires[outcome].flatMap((id) => roleById(id) ?? []);
  const keptRole = flexible
    ? outcomeRoles.some((role) => role.id === plan.keeps.role)
      ? plan.keeps.role
      : outcome === 'both'
        ? plan.keeps.both
        : plan.hires.both.find((id) => !plan.hires[outcome].includes(id))
    : undefined;
  const owned: HiringPlan['owned'] = [];
  const needs: Need[] = outcomeRoles
    .map((role, order) => ({ role, order }))
    .sort((a, b) => gap(b.role) - gap(a.role) || a.order - b.order)
    .map(({ role }) => {
      const present = inPlace.find((entry) => entry.role === role.id);
      const { need, why } = headcount(compiled, state, visible, role, present);
      const kept = keptRole === role.id;
      // The person doing both jobs counts in the role they keep, as one of its people.
      const have = (present?.count ?? 0) + (kept && role.id !== flexible?.role && !counted ? 1 : 0);
      const ownedBy = role.ownedBy?.find((id) => applied.includes(id));
      if (ownedBy) owned.push({ role: role.id, rule: ownedBy });
      // A half that lacks an owner gets one new person even when the count is met; a kept half does not.
      const count = ownedBy ? 0 : kept ? Math.max(0, need - have) : Math.max(1, need - have);
      return { role: role.id, title: titleOf(plan, role, level), count, need, have, ...(why ? { why } : {}) };
    });

  // The team's size bounds the plan: people in place and new ones together.
  const engineers = numberAnswer(compiled, state, visible, plan.capacity.question);
  const capacity = engineers === undefined ? null : Math.max(1, Math.floor(engineers / plan.capacity.per));
  const existing = inPlace.reduce((sum, entry) => sum + entry.count, 0) - (counted ? 1 : 0);
  // A half nobody owns always gets its one person: the bound limits how many more follow.
  const room = capacity === null ? Infinity : Math.max(1, capacity - existing);

  // With no pressing gap the plan is the one hire to make first, if any: not a full team.
  const strained = plan.noGap.strain.some((condition) => holds([condition]));
  const strainKnown = plan.noGap.strain.every((condition) => {
    const q = compiled.questionIndex.get(condition.question) ?? -1;
    return visible[q] === 1 && (state.choice[q] ?? NONE) !== NONE;
  });
  const lowGaps = Object.entries(plan.noGap.below).every(([dimension, bound]) => (dimensions[dimension] ?? 0) < bound);
  const noPressingGap = lowGaps && strainKnown && !strained;
  if (noPressingGap) capTo(needs, 1, 'calm');
  const capped = capTo(needs, room, 'team');

  // A product function built from nothing with several hires starts with its lead, who takes a strategy place.
  const lead = roleById(plan.lead.role);
  let order: Order | null = null;
  const total = needs.reduce((sum, need) => sum + need.count, 0);
  const leadOwned = lead?.ownedBy?.some((id) => applied.includes(id)) ?? false;
  if (lead && !leadOwned && existing === 0 && total >= plan.lead.from) {
    const strategy = needs.find((need) => roleById(need.role)?.dimension === lead.dimension && need.count > 0);
    if (strategy) {
      strategy.count--;
      strategy.short = 'lead';
    } else capTo(needs, Math.min(room, total) - 1, 'team');
    needs.unshift({ role: lead.id, title: titleOf(plan, lead, level), count: 1, need: 1, have: 0 });
    order = { kind: 'lead', because: plan.lead.because };
  }
  const hiring = needs.filter((need) => need.count > 0);
  if (!order && hiring.length > 1) {
    const first = plan.first.find(
      (entry) =>
        hiring.some((need) => need.role === entry.role) &&
        holds(entry.all) &&
        (!entry.any || entry.any.some((c) => holds([c]))),
    );
    if (first) {
      hiring.sort((a, b) => Number(b.role === first.role) - Number(a.role === first.role));
      order = { kind: 'rule', because: first.because };
    } else {
      const [a, b] = hiring.map((need) => roleById(need.role));
      const difference = a && b ? Math.round(gap(a)) - Math.round(gap(b)) : 0;
      const question = a && b ? tippingAnswer(compiled, state, visible, a.dimension, b.dimension) : undefined;
      order =
        difference === 0
          ? { kind: 'level' }
          : difference < plan.closeWithin
            ? { kind: 'close', ...(question ? { question } : {}) }
            : { kind: 'gap' };
    }
  }
  const salaries = salariesOf(compiled, state, visible, plan);
  return {
    needs: hiring,
    hires: phases(plan, hiring, salaries, order?.kind === 'lead'),
    inPlace,
    ...(flexible && keptRole ? { keeps: { who: flexible.who, role: keptRole } } : {}),
    owned,
    capacity,
    capped,
    order,
    salaries,
    noPressingGap,
  };
}

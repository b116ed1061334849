/**
 * The search behind "What would change it": every other answer a shown question could take,
 * tried one at a time and then in pairs, on flat buffers so hundreds of trials allocate nothing.
 */
import {
  NONE,
  applyRules,
  conditionMet,
  dimensionScores,
  markVisible,
  round1,
  type CompiledBank,
  type CompiledQuestion,
  type State,
} from './compile';
import { UNSURE, type OutcomeId } from '../bank/constants';
import { decide, fitScores } from './decide';
import { buildPlan, salariesOfChoice, type Hire } from './plan';
import type { Answer } from '../bank/schema';

/** One answer changed to another. */
export interface Edit {
  question: string;
  answer: Answer;
}

/** An answer change that gives another recommendation and another plan. */
export interface Change {
  edits: Edit[];
  outcome: OutcomeId;
  /** The plan's hires after the change: never the same people as before it. */
  hires: Hire[];
  /**
   * How far-fetched the change is, summed over its edits: 1 is a step of growth or of strain
   * appearing or easing, 2 a change the bank lists by option (an owner hired, a market
   * entered). Lower comes first.
   */
  cost: number;
}

export interface Robustness {
  /** Fewest answers that must change to alter the recommendation. */
  changes: number;
  /** True when no change of up to two answers alters it: `changes` is then a lower bound. */
  atLeast: boolean;
  /** True when one likely step (a change of cost 1) alone alters it: a close call. */
  closeCall: boolean;
  /** A question left open or "Not sure" whose answer alone could alter it, if any. */
  open?: string;
}

/** The most changes listed: the likeliest first, each to another advice where possible. */
export const MAX_CHANGES = 5;

/**
 * Up to MAX_CHANGES changes, cheapest first and bank order after that, taking one change for
 * each new advice (outcome and hires) before a second for any.
 */
function shortList(changes: readonly Change[]): Change[] {
  const ordered = [...changes].sort((a, b) => a.cost - b.cost);
  const advice = (change: Change) => `${change.outcome}:${hiresSignature(change.hires)}`;
  const firsts = ordered.filter((change, i) => ordered.findIndex((other) => advice(other) === advice(change)) === i);
  const rest = ordered.filter((change) => !firsts.includes(change));
  const picked = new Set([...firsts, ...rest].slice(0, MAX_CHANGES));
  return ordered.filter((change) => picked.has(change));
}

/** Scratch buffers for one search, so the hundreds of trial evaluations allocate nothing. */
export interface Scratch {
  visible: Uint8Array;
  /** The rules that applied in the last run, a bit mask in bank order. */
  applied: number;
  /** The rules whose conditions held in the last run, applied or not. */
  held: number;
  dims: Float64Array;
  fits: Float64Array;
}

export function scratchFor(compiled: CompiledBank): Scratch {
  return {
    visible: new Uint8Array(compiled.questions.length),
    applied: 0,
    held: 0,
    dims: new Float64Array(compiled.dimensionIds.length),
    fits: new Float64Array(compiled.outcomes.length),
  };
}

/** Evaluates a state into scratch; returns the recommended outcome's index in tie order. */
export function run(compiled: CompiledBank, state: State, scratch: Scratch): number {
  markVisible(compiled, state, scratch.visible);
  dimensionScores(compiled, state, scratch.visible, scratch.dims);
  const { held, applied, exclude, instead } = applyRules(compiled, state, scratch.visible);
  fitScores(compiled, scratch.dims, scratch.fits, exclude, instead);
  scratch.applied = applied;
  scratch.held = held;
  return decide(compiled, scratch.dims, exclude, instead);
}

/** The id of the outcome at an index in tie order. */
export function outcomeAt(compiled: CompiledBank, index: number): OutcomeId {
  const outcome = compiled.outcomes[index];
  if (!outcome) throw new Error(`no outcome at ${index} in ${compiled.bank.id}`);
  return outcome.id;
}

interface Alternative {
  question: number;
  choice: number;
  value: number;
  /** See `Change.cost`. */
  cost: number;
}

/**
 * The answers a shown, answered question could realistically take next, by its `moves`: a
 * number's next band up, an ordered answer's next step, one tick more or less, or the options
 * the bank lists for the current one. An open question and one without moves take none: a
 * company does not become another kind of company, nor go back in stage or size.
 */
function alternatives(cq: CompiledQuestion, state: State): Alternative[] {
  const q = cq.question;
  const current = state.choice[cq.index] ?? NONE;
  const moves = q.moves;
  if (current === NONE || moves === undefined) return [];
  const list: Alternative[] = [];
  const add = (choice: number, value: number, cost: number) => list.push({ question: cq.index, choice, value, cost });
  if (q.type === 'number') {
    const next = q.bands[current + 1];
    if (moves === 'up' && next) add(current + 1, next.min, 1);
  } else if (q.type === 'multiple') {
    const count = popCount(current);
    const exclusive = (bits: number) => (bits & cq.exclusiveMask) !== 0;
    q.options.forEach((_, i) => {
      const bit = 1 << i;
      if (current & bit) {
        // Easing: one ticked sign goes; the last one gives way to the exclusive "none" option.
        if (moves !== 'add-remove' || exclusive(bit)) return;
        if (count > 1) add(current & ~bit, 0, 1);
        else if (cq.exclusiveMask) add(cq.exclusiveMask & -cq.exclusiveMask, 0, 1);
      } else if (!exclusive(bit)) {
        // One more ticked; ticking beside an exclusive option replaces it.
        if (exclusive(current)) add(bit, 0, 1);
        else if (count < q.maxChoices) add(current | bit, 0, 1);
      }
    });
  } else if (typeof moves === 'string') {
    for (const i of moves === 'step' ? [current - 1, current + 1] : [current + 1])
      if (i >= 0 && i < q.options.length) add(i, 0, 1);
  } else {
    for (const id of moves[q.options[current]?.id ?? ''] ?? []) {
      const i = q.options.findIndex((option) => option.id === id);
      if (i !== -1) add(i, 0, 2);
    }
  }
  return list;
}

function popCount(bits: number): number {
  let count = 0;
  for (let b = bits; b; b &= b - 1) count++;
  return count;
}

function apply(state: State, alt: Alternative): [number, number] {
  const before: [number, number] = [state.choice[alt.question] ?? NONE, state.value[alt.question] ?? 0];
  state.choice[alt.question] = alt.choice;
  state.value[alt.question] = alt.value;
  return before;
}

function undo(state: State, alt: Alternative, before: [number, number]): void {
  state.choice[alt.question] = before[0];
  state.value[alt.question] = before[1];
}

function editOf(compiled: CompiledBank, alt: Alternative): Edit {
  const cq = compiled.questions[alt.question];
  if (!cq) throw new Error('alternative names no question');
  const q = cq.question;
  if (q.type === 'number') return { question: q.id, answer: alt.value };
  if (q.type === 'multiple')
    return { question: q.id, answer: q.options.filter((_, i) => alt.choice & (1 << i)).map((o) => o.id) };
  return { question: q.id, answer: q.options[alt.choice]?.id ?? UNSURE };
}

/** Whether an alternative raises the plan's budget answer (in salaries) from a known one. */
function moreBudget(compiled: CompiledBank, state: State, alt: Alternative): boolean {
  const after = salariesOfChoice(compiled, alt.question, alt.choice);
  const before = salariesOfChoice(compiled, alt.question, state.choice[alt.question] ?? NONE);
  return after !== null && before !== null && after > before;
}

/** True when outcome `to` puts fewer people on product work, or covers fewer dimensions, than `from`. */
function narrower(compiled: CompiledBank, from: number, to: number): boolean {
  const plan = compiled.bank.plan;
  if (!plan) return false;
  const reach = (o: number) => {
    const roles = plan.hires[outcomeAt(compiled, o)].map((id) => plan.roles.find((role) => role.id === id));
    const covered = new Set(roles.flatMap((role) => (role ? [role.dimension, role.alsoCovers ?? role.dimension] : [])));
    return { people: roles.length, covered };
  };
  const a = reach(from);
  const b = reach(to);
  return b.people < a.people || [...a.covered].some((dimension) => !b.covered.has(dimension));
}

/** Single realistic changes that flip the outcome, at most MAX_CHANGES; robustness from what was found. */
/** The people a plan hires, by role: two plans with the same signature give the same advice. */
export function hiresSignature(hires: readonly Hire[]): string {
  const byRole = new Map<string, number>();
  for (const hire of hires) byRole.set(hire.role, (byRole.get(hire.role) ?? 0) + hire.count);
  return [...byRole].sort(([a], [b]) => (a < b ? -1 : 1)).join(';');
}

/** The plan's hires for the state last run into scratch. */
function hiresAt(compiled: CompiledBank, state: State, scratch: Scratch, best: number): Hire[] {
  const dimensions = Object.fromEntries(compiled.dimensionIds.map((id, d) => [id, round1(scratch.dims[d] ?? 0)]));
  const held = compiled.rules.filter((_, r) => scratch.held & (1 << r)).map((rule) => rule.id);
  return buildPlan(compiled, state, scratch.visible, dimensions, outcomeAt(compiled, best), held)?.hires ?? [];
}

/**
 * Single realistic changes that alter the advice (the outcome, and with it who to hire), at most
 * MAX_CHANGES; robustness from what was found; and whether an open question's answer alone
 * could alter it. `hires` is the plan as it stands.
 */
export function searchChanges(
  compiled: CompiledBank,
  state: State,
  visible: Uint8Array,
  outcome: number,
  hires: readonly Hire[],
  open: readonly number[] = [],
): { changes: Change[]; robustness: Robustness } {
  const scratch = scratchFor(compiled);
  // Without a plan in the bank the outcome alone is the advice.
  const now = compiled.bank.plan ? hiresSignature(hires) : undefined;
  // A conflict the answers already hold is the company's own word; only new ones are refused.
  const conflicting = (seen: Uint8Array) =>
    compiled.conflicts.map((conflict) => conflict.every((c) => conditionMet(compiled, state, seen, c)));
  const heldBefore = conflicting(visible);
  const candidates = compiled.questions.filter((cq) => visible[cq.index]).flatMap((cq) => alternatives(cq, state));
  const flipTo = (edits: Alternative[]): Change | undefined => {
    const best = run(compiled, state, scratch);
    if (best === outcome) return undefined;
    // An edit to a question the other edit hid is not a real change.
    if (edits.some((alt) => !scratch.visible[alt.question])) return undefined;
    if (conflicting(scratch.visible).some((holds, k) => holds && !heldBefore[k])) return undefined;
    // More money never argues for a narrower role.
    if (edits.some((alt) => moreBudget(compiled, state, alt)) && narrower(compiled, outcome, best)) return undefined;
    // Another outcome that hires the same people is the same advice.
    const after = hiresAt(compiled, state, scratch, best);
    if (now !== undefined && hiresSignature(after) === now) return undefined;
    return {
      edits: edits.map((alt) => editOf(compiled, alt)),
      outcome: outcomeAt(compiled, best),
      hires: after,
      cost: edits.reduce((sum, alt) => sum + alt.cost, 0),
    };
  };

  const singles: Change[] = [];
  for (const alt of candidates) {
    const before = apply(state, alt);
    const change = flipTo([alt]);
    undo(state, alt, before);
    if (change) singles.push(change);
  }
  const decides = openThatDecides(compiled, state, open, flipTo);
  const robustness: Robustness =
    singles.length > 0
      ? { changes: 1, atLeast: false, closeCall: singles.some((change) => change.cost === 1) }
      : // Pairs are not searched: a company makes one change at a time, and a bounded search keeps every result fast.
        { changes: 2, atLeast: true, closeCall: false };
  return { changes: shortList(singles), robustness: decides ? { ...robustness, open: decides } : robustness };
}

/**
 * The first of the open questions given (shown, unanswered or "Not sure", those that could weigh
 * most) that one of its answers alone would alter the advice; undefined if none.
 */
function openThatDecides(
  compiled: CompiledBank,
  state: State,
  open: readonly number[],
  flipTo: (edits: Alternative[]) => Change | undefined,
): string | undefined {
  for (const index of open) {
    const cq = compiled.questions[index];
    if (!cq) continue;
    const q = cq.question;
    const tries: Alternative[] =
      q.type === 'number'
        ? q.bands.map((band, i) => ({ question: cq.index, choice: i, value: band.min, cost: 0 }))
        : q.options.map((_, i) => ({
            question: cq.index,
            choice: q.type === 'multiple' ? 1 << i : i,
            value: 0,
            cost: 0,
          }));
    for (const alt of tries) {
      const before = apply(state, alt);
      const change = flipTo([alt]);
      undo(state, alt, before);
      if (change) return q.id;
    }
  }
  return undefined;
}

/**
 * From dimension scores to one outcome, and how far each outcome is: the bank's `decision`
 * in three tiers. `small` holds while its measure stays under a bound and `large` once its
 * measure reaches one; every measure rises with every score, so a company that adds load can
 * only leave `small` and only enter `large`. That is what keeps more load from ever meaning
 * fewer roles.
 */
import type { CompiledBank } from './compile';
import type { Decision } from '../bank/schema';

interface CompiledTerm {
  take: 'max' | 'min';
  dims: number[];
  weight: number;
}

interface CompiledZone {
  /** The outcome's index in tie order. */
  outcome: number;
  terms: CompiledTerm[];
  bound: number;
}

export interface CompiledDecision {
  small: CompiledZone;
  large: CompiledZone;
  /** In tie order: on equal scores the earlier one wins. */
  otherwise: { outcome: number; dimension: number }[];
}

/** The decision with ids turned into indices. The bank has passed validation. */
export function compileDecision(
  decision: Decision,
  dimensionIds: string[],
  tieOrder: readonly string[],
): CompiledDecision {
  const zone = (z: Decision['small'] | Decision['large'], bound: number): CompiledZone => ({
    outcome: tieOrder.indexOf(z.outcome),
    terms: z.sum.map((term) => ({
      take: term.take,
      dims: term.of.map((id) => dimensionIds.indexOf(id)),
      weight: term.weight,
    })),
    bound,
  });
  return {
    small: zone(decision.small, decision.small.under),
    large: zone(decision.large, decision.large.atLeast),
    otherwise: decision.otherwise
      .map((entry) => ({ outcome: tieOrder.indexOf(entry.outcome), dimension: dimensionIds.indexOf(entry.dimension) }))
      .sort((a, b) => a.outcome - b.outcome),
  };
}

/** A zone's measure at these scores. */
export function measure(zone: CompiledZone, dims: ArrayLike<number>): number {
  let sum = 0;
  for (const term of zone.terms) {
    let value = term.take === 'max' ? -Infinity : Infinity;
    for (const d of term.dims)
      value = term.take === 'max' ? Math.max(value, dims[d] ?? 0) : Math.min(value, dims[d] ?? 0);
    sum += term.weight * value;
  }
  return sum;
}

const inSmall = (decision: CompiledDecision, dims: ArrayLike<number>) =>
  measure(decision.small, dims) < decision.small.bound;
const inLarge = (decision: CompiledDecision, dims: ArrayLike<number>) =>
  measure(decision.large, dims) >= decision.large.bound;

/**
 * The outcome (index in tie order) for these scores, skipping outcomes in `exclude` (a bit
 * mask): `small` if its zone holds, else `large` if its zone holds, else the `otherwise`
 * outcome with the highest dimension score; when the rules leave none of those, `large`,
 * then `small`. Where `large` holds but a rule set its outcome aside, that rule's `instead`.
 */
export function decide(compiled: CompiledBank, dims: ArrayLike<number>, exclude = 0, instead = -1): number {
  const { decision } = compiled;
  const allowed = (o: number) => (exclude & (1 << o)) === 0;
  if (allowed(decision.small.outcome) && inSmall(decision, dims)) return decision.small.outcome;
  if (inLarge(decision, dims)) {
    if (allowed(decision.large.outcome)) return decision.large.outcome;
    if (instead !== -1 && allowed(instead)) return instead;
  }
  let best = -1;
  let bestScore = -Infinity;
  for (const entry of decision.otherwise) {
    const score = dims[entry.dimension] ?? 0;
    // In tie order, so on equal scores the earlier outcome stays.
    if (allowed(entry.outcome) && score > bestScore) [best, bestScore] = [entry.outcome, score];
  }
  if (best !== -1) return best;
  return allowed(decision.large.outcome) ? decision.large.outcome : decision.small.outcome;
}

/**
 * Fit of every outcome, in tie order: 100 for the outcome these scores and rules lead to,
 * less one for each point of measure or score the answers would have to move to reach
 * another; 0 for an outcome a rule sets aside (`exclude`, a bit mask). A clear case leaves
 * the others far behind.
 */
export function fitScores(
  compiled: CompiledBank,
  dims: ArrayLike<number>,
  out: Float64Array,
  exclude = 0,
  instead = -1,
): void {
  const { small, large, otherwise } = compiled.decision;
  const allowed = (o: number) => (exclude & (1 << o)) === 0;
  const smallGap = measure(small, dims) - small.bound;
  const largeGap = measure(large, dims) - large.bound;
  // The outcome that holds the `large` zone: its own, or the one a rule puts in its place.
  const largeHolder = allowed(large.outcome) ? large.outcome : instead !== -1 && allowed(instead) ? instead : -1;
  // A zone nobody holds holds nowhere: nothing has to move to leave it.
  const leaveSmall = allowed(small.outcome) ? Math.max(0, -smallGap) : 0;
  const leaveLarge = largeHolder !== -1 ? Math.max(0, largeGap) : 0;
  const open = otherwise.filter((entry) => allowed(entry.outcome));
  const top = Math.max(...open.map((entry) => dims[entry.dimension] ?? 0));
  const set = (o: number, distance: number) => {
    out[o] = allowed(o) ? Math.round(Math.max(0, 100 - distance) * 10) / 10 : 0;
  };
  // With every other outcome set aside, the scores fall back on `small` wherever they are.
  const fallsBack = open.length === 0 && !allowed(large.outcome);
  set(small.outcome, fallsBack ? 0 : Math.max(0, smallGap));
  // With every `otherwise` outcome set aside, `large` is where the scores fall back.
  set(large.outcome, leaveSmall + (open.length > 0 ? Math.max(0, -largeGap) : 0));
  for (const entry of otherwise) set(entry.outcome, leaveSmall + leaveLarge + (top - (dims[entry.dimension] ?? 0)));
  // The outcome put in the `large` tier's place is also reached by entering that zone.
  if (largeHolder !== -1 && largeHolder !== large.outcome)
    out[largeHolder] = Math.max(
      out[largeHolder] ?? 0,
      Math.round(Math.max(0, 100 - leaveSmall - Math.max(0, -largeGap)) * 10) / 10,
    );
}

/** Whether the scores fall in the `small` and in the `large` zone: for the "Why" lines. */
export function zonesAt(compiled: CompiledBank, dims: ArrayLike<number>): { small: boolean; large: boolean } {
  return { small: inSmall(compiled.decision, dims), large: inLarge(compiled.decision, dims) };
}

/** How much each dimension counts for an outcome: the weights of its zone's terms, or 1 for its own dimension. */
export function outcomeWeights(decision: Decision, outcome: string): Record<string, number> {
  const weights: Record<string, number> = {};
  const zone = [decision.small, decision.large].find((candidate) => candidate.outcome === outcome);
  if (zone)
    for (const term of zone.sum) for (const id of term.of) weights[id] = Math.max(weights[id] ?? 0, term.weight);
  for (const entry of decision.otherwise) if (entry.outcome === outcome) weights[entry.dimension] = 1;
  return weights;
}

/**
 * Why `other` was not recommended when `chosen` was, when a tier's zone decided it: the zone's
 * `held` or `missed` line, true for these scores. Undefined between the `otherwise` outcomes,
 * where the caller names the answers behind the larger need. No rule excluded `other`.
 */
export function whyNotLine(
  compiled: CompiledBank,
  dims: ArrayLike<number>,
  chosen: number,
  other: number,
): string | undefined {
  const { small, large } = compiled.bank.decision;
  const index = (id: string) => compiled.outcomes.findIndex((outcome) => outcome.id === id);
  // `other` was allowed, so had its zone held, it would have been chosen before anything later.
  if (other === index(small.outcome)) {
    // Scale and load alone fill most of the bound: the company, not its gaps, is too big.
    const scale = compiled.decision.small.terms.filter((term) => term.take === 'max' && term.dims.length === 1);
    const bySize = scale.reduce((sum, term) => sum + term.weight * (dims[term.dims[0] ?? 0] ?? 0), 0);
    return small.missedBySize && bySize >= small.under / 2 ? small.missedBySize : small.missed;
  }
  if (chosen === index(small.outcome)) return small.held;
  if (other === index(large.outcome)) return large.missed;
  if (chosen === index(large.outcome)) return large.held;
  return undefined;
}

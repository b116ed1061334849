/**
 * How the plan's people fit the bounds and the calendar: counts cut to what the team keeps
 * busy, and the people split into now, later this year and beyond the budget, one of each
 * role in turn. Counts are worked out, not walked person by person, so thousands cost no more
 * than three.
 */
import type { Hire, Need } from './plan';
import type { Plan } from '../bank/schema';

/** Lowers the largest counts (the later role on a tie) until at most `bound` people are left. */
export function capTo(needs: Need[], bound: number, short?: Need['short']): boolean {
  let total = needs.reduce((sum, need) => sum + need.count, 0);
  const capped = total > bound;
  while (total > bound) {
    let at = -1;
    needs.forEach((need, i) => {
      if (need.count > 0 && (at === -1 || need.count >= (needs[at]?.count ?? 0))) at = i;
    });
    const need = needs[at];
    if (!need) break;
    // Down to the next largest count in one step (one at a time on a tie): thousands of people cost no more than three.
    const next = Math.max(0, ...needs.filter((_, i) => i !== at).map((other) => other.count));
    const cut = Math.min(total - bound, Math.max(1, need.count - next));
    need.count -= cut;
    if (short) need.short = short;
    total -= cut;
  }
  return capped;
}

/**
 * How many of each role the first `n` people are, taking one of each role in turn, in the
 * order given; after the first, a role that already has people in place joins from the second
 * turn, so the halves nobody covers are staffed first.
 */
function firstInTurn(needs: readonly Need[], n: number): number[] {
  const taken = needs.map(() => 0);
  const start = needs.map((need, i) => (i > 0 && need.have > 0 ? 1 : 0));
  const end = needs.map((need, i) => (start[i] ?? 0) + need.count);
  // Between these turns the same roles take part, so whole runs of turns are counted at once.
  const turns = [...new Set([...start, ...end])].sort((a, b) => a - b);
  let left = n;
  for (const [k, from] of turns.entries()) {
    const to = turns[k + 1];
    if (to === undefined || left <= 0) break;
    const active = needs.flatMap((_, i) => ((start[i] ?? 0) <= from && from < (end[i] ?? 0) ? [i] : []));
    if (active.length === 0) continue;
    const whole = Math.min(to - from, Math.floor(left / active.length));
    for (const i of active) taken[i] = (taken[i] ?? 0) + whole;
    left -= whole * active.length;
    if (whole < to - from) {
      for (const i of active.slice(0, left)) taken[i] = (taken[i] ?? 0) + 1;
      break;
    }
  }
  return taken;
}

/**
 * The people to hire, split into phases: one of each role first, then the rest in the same
 * order; `now` holds at most `nowAtMost` people (only the lead, when a product function starts
 * from nothing), `year` the rest the budget pays for, `later` what it does not.
 */
export function phases(plan: Plan, needs: readonly Need[], salaries: number | null, lead: boolean): Hire[] {
  const counts = needs.map((need) => need.count);
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return [];
  const partTime = salaries !== null && salaries < 1;
  const paid = salaries === null ? total : Math.min(total, Math.max(1, Math.floor(salaries)));
  const now = firstInTurn(needs, partTime || lead ? 1 : Math.min(paid, plan.nowAtMost));
  const byYear = firstInTurn(needs, paid);
  const split: [Hire['when'], (i: number) => number][] = [
    ['now', (i) => now[i] ?? 0],
    ['year', (i) => (byYear[i] ?? 0) - (now[i] ?? 0)],
    ['later', (i) => (counts[i] ?? 0) - (byYear[i] ?? 0)],
  ];
  return split.flatMap(([when, count]) =>
    needs.flatMap((need, i) =>
      count(i) > 0
        ? [{ role: need.role, title: need.title, count: count(i), when, partTime: partTime && when === 'now' }]
        : [],
    ),
  );
}

/**
 * Who the plan needs and who is already there: each role's head-count from the bank's ratios,
 * and the people in place, as the answers give them.
 */
import { NONE, type CompiledBank, type State } from './compile';
import type { Holds, InPlace } from './plan';
import type { Role } from '../bank/schema';

/** A shown, answered number question's value; undefined otherwise. */
export function numberAnswer(
  compiled: CompiledBank,
  state: State,
  visible: Uint8Array,
  id: string,
): number | undefined {
  const q = compiled.questionIndex.get(id) ?? -1;
  return visible[q] && (state.choice[q] ?? NONE) !== NONE ? state.value[q] : undefined;
}

/** The largest count the role's headcount rules give for these answers, with the rule's words; 1 when none gives more. */
export function headcount(
  compiled: CompiledBank,
  state: State,
  visible: Uint8Array,
  role: Role,
  present?: InPlace,
): { need: number; why?: string } {
  let best: { need: number; why?: string } = { need: 1 };
  const answered = (id: string) => {
    const q = compiled.questionIndex.get(id) ?? -1;
    return visible[q] === 1 && (state.choice[q] ?? NONE) !== NONE;
  };
  const rules = role.headcount?.by ?? [];
  for (const rule of rules) {
    const q = compiled.questionIndex.get(rule.question) ?? -1;
    const question = compiled.questions[q]?.question;
    const choice = visible[q] ? (state.choice[q] ?? NONE) : NONE;
    if (!question || choice === NONE) continue;
    if ('fallback' in rule && rule.fallback && rules.some((other) => other !== rule && answered(other.question)))
      continue;
    let count = 1;
    // People in place who each cover fewer units than the ratio leave the rest to new people.
    if ('per' in rule && present?.each !== undefined)
      count = present.count + Math.ceil(Math.max(0, (state.value[q] ?? 0) - present.count * present.each) / rule.per);
    else if ('per' in rule) count = Math.ceil((state.value[q] ?? 0) / rule.per);
    else if (question.type !== 'number' && question.type !== 'multiple')
      count = rule.byOption[question.options[choice]?.id ?? ''] ?? 1;
    if (count > best.need) best = { need: count, why: rule.note };
  }
  return best;
}

/** The people in place for a role: the first entry whose conditions hold. */
export function inPlaceFor(
  compiled: CompiledBank,
  state: State,
  visible: Uint8Array,
  role: Role,
  holds: Holds,
): InPlace | undefined {
  for (const entry of role.inPlace ?? []) {
    if (!holds(entry.all)) continue;
    const count = entry.count === undefined ? undefined : numberAnswer(compiled, state, visible, entry.count);
    return {
      role: role.id,
      who: entry.who,
      count: count ?? 1,
      counted: count !== undefined,
      ...(entry.each === undefined ? {} : { each: entry.each }),
    };
  }
  return undefined;
}

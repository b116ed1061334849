/**
 * The seed's rules as checks over one answer set, shared by the property tests and
 * `npm run audit:advice`. Each check returns the counterexamples it found, in words.
 */
import {
  UNSURE,
  checkAnswers,
  evaluate,
  isShown,
  type Answer,
  type Answers,
  type Bank,
  type Evaluation,
  type OutcomeId,
  type Question,
} from '../../src/engine';
import { allHold } from '../../src/engine/compile';

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

/** Every rule of the bank that applies excludes its outcomes. */
function rulesHold(bank: Bank, answers: Answers, result: Evaluation): string[] {
  return (bank.rules ?? [])
    .filter(
      (rule) => allHold(bank, answers, rule.all) && (!rule.any || rule.any.some((c) => allHold(bank, answers, [c]))),
    )
    .filter((rule) => rule.exclude.includes(result.outcome))
    .map((rule) => `rule ${rule.id} applies, yet the outcome is ${result.outcome}`);
}

/** The checks for one answer set; an empty list when every invariant holds. */
export function violations(bank: Bank, answers: Answers): Violation[] {
  const found: Violation[] = [];
  const result = evaluate(bank, answers);
  for (const detail of rulesHold(bank, answers, result)) found.push({ invariant: 'rules', detail, answers });
  for (const step of moreLoad(bank, answers)) {
    const checked = checkAnswers(bank, step.answers);
    if (!checked.ok) continue;
    const after = evaluate(bank, checked.answers);
    if (ROLES[after.outcome] < ROLES[result.outcome])
      found.push({
        invariant: 'more load never means fewer roles',
        detail: `${step.name} moved ${result.outcome} to ${after.outcome}`,
        answers,
      });
  }
  return found;
}

export const invariantNames = ['rules', 'more load never means fewer roles'] as const;

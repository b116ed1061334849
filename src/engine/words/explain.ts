/**
 * Explanations derived from an evaluation, shared by the result screen, the Markdown
 * summary and comparisons: which answers mattered most, which changes to watch for.
 */
import { fill, formatList } from '../../i18n/format';
import type { Locale } from '../../i18n/languages';
import { resultMessages } from '../../i18n/registry';
import { NONE, answerPoints, compileBank, toState } from '../scoring/compile';
import { outcomeWeights } from '../scoring/decide';
import { answerLabel, questionById } from './describe';
import type { Change, Contribution, Evaluation } from '../scoring/evaluate';
import type { Answer, Answers, Bank, OutcomeId, Question } from '../bank/schema';

export interface Reason {
  question: string;
  topic: string;
  /** The answer in words. */
  answer: string;
  /** Each ticked option in words, for a question that takes several; one entry otherwise. */
  parts: string[];
  /** Dimensions the answer raised (by at least half a point), largest first, with points of that 0-100 score. */
  raised: { dimension: string; label: string; points: number }[];
  /** How much the answer weighed for the recommended outcome: points times what its tier measures. */
  weight: number;
}

/** How much one answer matters for an outcome: its points weighted by what the outcome's tier measures. */
function relevance(bank: Bank, outcome: OutcomeId, contribution: Contribution): number {
  const weights = outcomeWeights(bank.decision, outcome);
  return Object.entries(contribution.points).reduce(
    (sum, [dimension, points]) => sum + (weights[dimension] ?? 0) * Math.abs(points),
    0,
  );
}

/**
 * The answers that did most for the recommended outcome's dimensions, most first, at most
 * `limit`. Ties keep bank order.
 */
export function topReasons(bank: Bank, evaluation: Evaluation, limit = 4): Reason[] {
  const weights = outcomeWeights(bank.decision, evaluation.outcome);
  const strong = strongAnswers(bank, evaluation);
  return evaluation.contributions
    .map((contribution) => ({ contribution, weight: relevance(bank, evaluation.outcome, contribution) }))
    .filter(
      (entry) =>
        entry.weight > 0 && [...(strong.get(entry.contribution.question) ?? [])].some((d) => weights[d] !== undefined),
    )
    .sort((a, b) => b.weight - a.weight)
    .slice(0, Math.max(0, limit))
    .map(({ contribution, weight }) => {
      const question = questionById(bank, contribution.question);
      const raised = bank.dimensions
        .filter((dimension) => weights[dimension.id] !== undefined)
        .map((dimension) => ({
          dimension: dimension.id,
          label: dimension.label,
          points: contribution.points[dimension.id] ?? 0,
        }))
        .filter((entry) => entry.points >= 0.5 && strong.get(contribution.question)?.has(entry.dimension))
        .sort((a, b) => b.points - a.points);
      return {
        question: question.id,
        topic: question.topic,
        answer: answerLabel(question, contribution.answer, bank.locale),
        parts: Array.isArray(contribution.answer)
          ? contribution.answer.map((id) => answerLabel(question, id, bank.locale))
          : [answerLabel(question, contribution.answer, bank.locale)],
        raised,
        weight: Math.round(weight * 10) / 10,
      };
    });
}

/**
 * For each answer, the dimensions it raises by at least half of what its question can: "Rarely
 * waiting" adds a little execution need, but is no reason to hire for delivery.
 */
function strongAnswers(bank: Bank, evaluation: Evaluation): Map<string, Set<string>> {
  const compiled = compileBank(bank);
  const answers = Object.fromEntries(evaluation.contributions.map((c) => [c.question, c.answer]));
  const state = toState(compiled, answers);
  const strong = new Map<string, Set<string>>();
  for (const contribution of evaluation.contributions) {
    const cq = compiled.questions[compiled.questionIndex.get(contribution.question) ?? -1];
    const choice = cq ? (state.choice[cq.index] ?? NONE) : NONE;
    if (!cq || choice === NONE) continue;
    const q = cq.question;
    const dims = compiled.dimensionIds.filter((id, d) => {
      // Several ticks add up: one tick counts against the strongest single option.
      const span =
        q.type === 'multiple'
          ? Math.max(0, ...q.options.map((option) => option.weights[id] ?? 0))
          : (cq.high[d] ?? 0) - (cq.low[d] ?? 0);
      return span > 0 && answerPoints(cq, choice, d) - (cq.low[d] ?? 0) >= span / 2;
    });
    strong.set(contribution.question, new Set(dims));
  }
  return strong;
}

/** Every outcome the rules that applied set aside for this company, in ranking order. */
export function excludedOutcomes(bank: Bank, evaluation: Evaluation): OutcomeId[] {
  const applied = (bank.rules ?? []).filter((rule) => evaluation.rules.includes(rule.id));
  return evaluation.ranking.filter((id) => applied.some((rule) => rule.exclude.includes(id)));
}

/** The outcome a rule that applied puts in place of the `large` tier's ("one person for both, not two"), if any. */
export function insteadOutcome(bank: Bank, evaluation: Evaluation): OutcomeId | undefined {
  return (bank.rules ?? []).find((rule) => evaluation.rules.includes(rule.id) && rule.instead)?.instead;
}

/** The outcomes a rule sets aside, other than the recommendation: shown as "ruled out", not as a fit. */
export function ruledOut(bank: Bank, evaluation: Evaluation): OutcomeId[] {
  return excludedOutcomes(bank, evaluation).filter((id) => id !== evaluation.outcome);
}

export interface RevisitPoint {
  question: string;
  topic: string;
  /** The bank's revisit text: "When you pass 25 engineers". */
  when: string;
  /** The answer now, in words. */
  now: string;
  /** The single changes of this answer that alter the advice, each with the plan it leads to. */
  changes: Change[];
}

/** Whether a change of answer is the kind the question's revisit text speaks of. */
function towardRevisit(question: Question, now: Answer | undefined, to: Answer | undefined): boolean {
  if (question.type === 'number') return typeof to === 'number' && (typeof now !== 'number' || to > now);
  const ids = (answer: Answer | undefined) =>
    Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [];
  const added = ids(to).filter((id) => !ids(now).includes(id));
  if (question.revisitWith) return added.some((id) => question.revisitWith?.includes(id));
  if (question.type === 'single' && question.ordered) {
    const index = (id: string | undefined) => question.options.findIndex((option) => option.id === id);
    const from = index(ids(now)[0]);
    return from === -1 || index(added[0]) > from;
  }
  return true;
}

/**
 * Questions that carry revisit text and whose answer alone, changed, would alter the
 * recommendation: the moments to run the assessment again. A number only counts going up,
 * and its moment is the first number that changes the advice ("When you reach 101
 * engineers"), so no threshold the company has already passed is named. Bank order.
 */
export function revisitPoints(bank: Bank, evaluation: Evaluation, answers: Answers = {}): RevisitPoint[] {
  const points: RevisitPoint[] = [];
  for (const question of bank.questions) {
    if (!question.revisit) continue;
    const now = answers[question.id];
    const singles = evaluation.changes.filter(
      (change) => change.edits.length === 1 && change.edits[0]?.question === question.id,
    );
    const growing = singles.filter((change) => towardRevisit(question, now, change.edits[0]?.answer));
    if (growing.length === 0) continue;
    const reach = growing
      .map((change) => change.edits[0]?.answer)
      .filter((value): value is number => typeof value === 'number')
      .sort((a, b) => a - b)[0];
    points.push({
      question: question.id,
      topic: question.topic,
      when:
        reach !== undefined && typeof now === 'number'
          ? fill(bank.locale as Locale, resultMessages(bank.locale).advice.revisitReach, {
              answer: answerLabel(question, reach, bank.locale),
            })
          : question.revisit,
      now: answerLabel(question, now, bank.locale),
      changes: growing,
    });
  }
  return points;
}

/**
 * A change in words, the same on the screen, in the text, the Markdown and the JSON:
 * "If Engineers is “13 engineers” instead of “9 engineers”", edits joined with "and".
 */
export function describeChange(bank: Bank, answers: Answers, change: Change): string {
  const locale = bank.locale as Locale;
  const m = resultMessages(locale).advice;
  const quoted = (question: Question, answer: Answer | undefined) =>
    fill(locale, m.quote, { text: answerLabel(question, answer, locale) });
  const edits = change.edits.map((edit) => {
    const question = questionById(bank, edit.question);
    return fill(locale, m.change.edit, {
      topic: question.topic,
      to: quoted(question, edit.answer),
      from: quoted(question, answers[edit.question]),
    });
  });
  return fill(locale, m.change.change, { edits: formatList(locale, edits) });
}

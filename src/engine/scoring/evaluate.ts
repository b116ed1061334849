/**
 * Scoring answers against a bank: fit and dimension scores, the seed's rules, coverage and
 * status, each answer's contribution, what would change the result, and the hiring plan.
 */
import { NONE, answerPoints, compileBank, round1, toState, type CompiledBank, type State } from './compile';
import { UNSURE, type OutcomeId } from '../bank/constants';
import { decide, fitScores } from './decide';
import { dropHiddenAnswers } from './flow';
import { buildPlan, type HiringPlan } from './plan';
import type { Answer, Answers, Bank } from '../bank/schema';
import { outcomeAt, run, scratchFor, searchChanges, type Change, type Edit, type Robustness } from './search';

export type { Change, Edit, Robustness } from './search';

/** Below this share of the scoring weight answered the result is tentative, unless the bank says otherwise. */
const TENTATIVE_BELOW = 50;

/** What one answer added to each dimension score, in points of that 0-100 score. */
export interface Contribution {
  question: string;
  answer: Answer;
  points: Record<string, number>;
}

export interface Coverage {
  /** Questions shown for these answers. */
  shown: number;
  /** Shown questions with a real answer. */
  answered: number;
  /** Shown questions answered "Not sure". */
  unsure: number;
  /** Shown questions with no answer at all. */
  unanswered: number;
  /** Share (0-100) of the possible weight of the shown questions that was actually answered. */
  weight: number;
}

export interface Evaluation {
  bank: { id: string; version: string };
  outcome: OutcomeId;
  /** "tentative" when under half the scoring weight was answered: the outcome only leads. */
  status: 'ok' | 'tentative';
  /** Ids of the bank's rules that applied: each excluded outcomes the scores alone might pick. */
  rules: string[];
  /** Up to three shown questions, unanswered or "Not sure", whose answers could weigh most. */
  open: string[];
  /** Fit (0-100) of each outcome. */
  fit: Record<OutcomeId, number>;
  /** The recommendation first, then the others from best to worst fit; ties in the bank's tie order. */
  ranking: OutcomeId[];
  /** Each dimension's score (0-100) over the shown, answered questions. */
  dimensions: Record<string, number>;
  coverage: Coverage;
  contributions: Contribution[];
  /** Single changes that alter the outcome; when there are none, pairs. */
  changes: Change[];
  robustness: Robustness;
  /** What to hire now and later within the budget; absent when the bank has no plan. */
  plan?: HiringPlan;
}

function coverageOf(compiled: CompiledBank, state: State, visible: Uint8Array, answers: Answers): Coverage {
  let shown = 0;
  let answered = 0;
  let unsure = 0;
  let possible = 0;
  let covered = 0;
  for (const cq of compiled.questions) {
    if (!visible[cq.index]) continue;
    shown++;
    const span = cq.high.reduce((sum, high, d) => sum + high - (cq.low[d] ?? 0), 0);
    possible += span;
    if ((state.choice[cq.index] ?? NONE) !== NONE) {
      answered++;
      covered += span;
    } else if (answers[cq.question.id] === UNSURE) unsure++;
  }
  return {
    shown,
    answered,
    unsure,
    unanswered: shown - answered - unsure,
    weight: possible > 0 ? round1((100 * covered) / possible) : 0,
  };
}

function contributionsOf(compiled: CompiledBank, state: State, visible: Uint8Array, answers: Answers): Contribution[] {
  const ranges = compiled.dimensionIds.map((_, d) =>
    compiled.questions.reduce(
      (sum, cq) =>
        visible[cq.index] && (state.choice[cq.index] ?? NONE) !== NONE
          ? sum + (cq.high[d] ?? 0) - (cq.low[d] ?? 0)
          : sum,
      0,
    ),
  );
  const list: Contribution[] = [];
  for (const cq of compiled.questions) {
    const choice = state.choice[cq.index] ?? NONE;
    const answer = answers[cq.question.id];
    if (!visible[cq.index] || choice === NONE || answer === undefined) continue;
    const points: Record<string, number> = {};
    compiled.dimensionIds.forEach((id, d) => {
      const range = ranges[d] ?? 0;
      points[id] = range > 0 ? round1((100 * (answerPoints(cq, choice, d) - (cq.low[d] ?? 0))) / range) : 0;
    });
    list.push({ question: cq.question.id, answer, points });
  }
  return list;
}

/** Shown questions with no real answer, those that could weigh most first, at most three. */
function openQuestions(compiled: CompiledBank, state: State, visible: Uint8Array): string[] {
  return compiled.questions
    .filter((cq) => visible[cq.index] && (state.choice[cq.index] ?? NONE) === NONE)
    .map((cq) => ({ id: cq.question.id, span: cq.high.reduce((sum, high, d) => sum + high - (cq.low[d] ?? 0), 0) }))
    .sort((a, b) => b.span - a.span)
    .slice(0, 3)
    .map((entry) => entry.id);
}

/**
 * Scores answers against a bank: the recommendation, every fit and dimension score, the rules
 * that applied, coverage and status, each answer's contribution, the smallest changes that
 * alter the result, robustness and the hiring plan. Answers must have passed `checkAnswers`
 * for this bank. Pure and deterministic.
 */
export function evaluate(bank: Bank, answers: Answers): Evaluation {
  const compiled = compileBank(bank);
  const state = toState(compiled, answers);
  const scratch = scratchFor(compiled);
  const best = run(compiled, state, scratch);
  const visible = scratch.visible.slice();
  const rules = compiled.rules.filter((_, r) => scratch.applied & (1 << r)).map((rule) => rule.id);
  const order = compiled.outcomes.map((outcome, o) => ({ id: outcome.id, fit: scratch.fits[o] ?? 0, o }));
  // The recommendation leads the ranking even when a rule set it above a better score.
  const ranking = [...order]
    .sort((a, b) => Number(b.o === best) - Number(a.o === best) || b.fit - a.fit || a.o - b.o)
    .map((entry) => entry.id);
  const fit = Object.fromEntries(
    // Code-point order, not localeCompare: the output must not depend on the machine's locale.
    [...order].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((entry) => [entry.id, entry.fit]),
  ) as Record<OutcomeId, number>;
  const dimensions = Object.fromEntries(compiled.dimensionIds.map((id, d) => [id, round1(scratch.dims[d] ?? 0)]));
  const coverage = coverageOf(compiled, state, visible, answers);
  const outcome = outcomeAt(compiled, best);
  // The plan counts a rule's owner even where an earlier rule kept it from setting outcomes aside.
  const held = compiled.rules.filter((_, r) => scratch.held & (1 << r)).map((rule) => rule.id);
  const plan = buildPlan(compiled, state, visible, dimensions, outcome, held);
  const open = openQuestions(compiled, state, visible);
  const { changes, robustness } = searchChanges(
    compiled,
    state,
    visible,
    best,
    plan?.hires ?? [],
    open.map((id) => compiled.questionIndex.get(id) ?? -1),
  );
  return {
    bank: { id: bank.id, version: bank.version },
    outcome,
    status: coverage.weight < (bank.tentativeBelow ?? TENTATIVE_BELOW) ? 'tentative' : 'ok',
    rules,
    open,
    fit,
    ranking,
    dimensions,
    coverage,
    contributions: contributionsOf(compiled, state, visible, answers),
    changes,
    robustness,
    ...(plan ? { plan } : {}),
  };
}

/** The recommendation alone and the rules that applied, without the search or the plan: for checks over many answer sets. */
export function recommend(bank: Bank, answers: Answers): { outcome: OutcomeId; rules: string[] } {
  const compiled = compileBank(bank);
  const scratch = scratchFor(compiled);
  const best = run(compiled, toState(compiled, answers), scratch);
  const rules = compiled.rules.filter((_, r) => scratch.applied & (1 << r)).map((rule) => rule.id);
  return { outcome: outcomeAt(compiled, best), rules };
}

/**
 * The fit of every outcome at a point in dimension space, and the outcome recommended there;
 * `ruledOut` lists outcomes the company's rules set aside, as the result's `rules` do.
 */
export function scorePoint(
  bank: Bank,
  dimensions: Readonly<Record<string, number>>,
  ruledOut: readonly OutcomeId[] = [],
  insteadOf?: OutcomeId,
): { outcome: OutcomeId; fit: Record<OutcomeId, number> } {
  const compiled = compileBank(bank);
  const fits = new Float64Array(compiled.outcomes.length);
  const dims = compiled.dimensionIds.map((id) => dimensions[id] ?? 0);
  const exclude = compiled.outcomes.reduce(
    (bits, outcome, o) => (ruledOut.includes(outcome.id) ? bits | (1 << o) : bits),
    0,
  );
  const instead = compiled.outcomes.findIndex((outcome) => outcome.id === insteadOf);
  fitScores(compiled, dims, fits, exclude, instead);
  const fit = Object.fromEntries(compiled.outcomes.map((outcome, o) => [outcome.id, fits[o] ?? 0])) as Record<
    OutcomeId,
    number
  >;
  return { outcome: outcomeAt(compiled, decide(compiled, dims, exclude, instead)), fit };
}

/** The outcome for a point in dimension space, with some outcomes ruled out: used to draw where each applies. */
export function classify(
  bank: Bank,
  dimensions: Readonly<Record<string, number>>,
  ruledOut: readonly OutcomeId[] = [],
  instead?: OutcomeId,
): OutcomeId {
  return scorePoint(bank, dimensions, ruledOut, instead).outcome;
}

/** The answers with the edits applied and answers to questions they hide removed. */
export function applyEdits(bank: Bank, answers: Answers, edits: readonly Edit[]): Answers {
  const next: Record<string, Answer> = { ...answers };
  for (const edit of edits) next[edit.question] = edit.answer;
  return dropHiddenAnswers(bank, next);
}

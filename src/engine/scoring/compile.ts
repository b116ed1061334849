/**
 * A bank turned into flat arrays so one evaluation allocates almost nothing: the
 * what-would-change search runs hundreds of evaluations per result.
 */
import { UNSURE, outcomeIds, type OutcomeId } from '../bank/constants';
import { compileDecision, type CompiledDecision } from './decide';
import type { Answer, Answers, Bank, Condition, Question } from '../bank/schema';

/** No answer, or "Not sure". */
export const NONE = -1;

interface CompiledCondition {
  question: number;
  /** Bit mask of option indices for choice questions; 0 for a number range. */
  mask: number;
  min: number;
  max: number;
}

export interface CompiledQuestion {
  question: Question;
  index: number;
  /** Weight of each option (or band) on each dimension: weights[choice][dimension]. */
  weights: number[][];
  /** Lowest and highest points an answer can add, per dimension. */
  low: number[];
  high: number[];
  conditions: CompiledCondition[];
  isMultiple: boolean;
  /** Bit mask of the options that must be ticked alone. */
  exclusiveMask: number;
}

export interface CompiledOutcome {
  id: OutcomeId;
}

/** A seed rule: when it applies, the outcomes in `exclude` (a bit mask in tie order) are not recommended. */
export interface CompiledRule {
  id: string;
  all: CompiledCondition[];
  any: CompiledCondition[];
  exclude: number;
  /** The outcome's index in tie order recommended in place of the `large` tier's, or -1. */
  instead: number;
}

export interface CompiledBank {
  bank: Bank;
  rules: CompiledRule[];
  /** The bank's conflicts: each holds when all its conditions do. */
  conflicts: CompiledCondition[][];
  dimensionIds: string[];
  questions: CompiledQuestion[];
  questionIndex: Map<string, number>;
  /** Outcomes in tie order: on equal rounded fit, the earlier one wins. */
  outcomes: CompiledOutcome[];
  decision: CompiledDecision;
}

/**
 * One answer set as numbers. For single, scale and number questions `choice` is the option or
 * band index; for multiple choice it is a bit mask of option indices. `value` keeps numbers.
 */
export interface State {
  choice: Int32Array;
  value: Float64Array;
}

const cache = new WeakMap<Bank, CompiledBank>();

function sumOfExtremes(values: number[], maxChoices: number, pick: 'low' | 'high'): number {
  // Any count from 1 to maxChoices may be ticked: the extreme is the best prefix of the sorted list.
  const sorted = [...values].sort((a, b) => (pick === 'low' ? a - b : b - a));
  let best = sorted[0] ?? 0;
  let running = 0;
  for (let k = 0; k < Math.min(maxChoices, sorted.length); k++) {
    running += sorted[k] ?? 0;
    best = pick === 'low' ? Math.min(best, running) : Math.max(best, running);
  }
  return best;
}

export function compileCondition(
  bank: Bank,
  questionIndex: Map<string, number>,
  condition: Condition,
): CompiledCondition {
  const question = questionIndex.get(condition.question) ?? -1;
  const target = bank.questions[question];
  if ('anyOf' in condition) {
    const options = target && target.type !== 'number' ? target.options : [];
    const mask = options.reduce((bits, option, i) => (condition.anyOf.includes(option.id) ? bits | (1 << i) : bits), 0);
    return { question, mask, min: 0, max: 0 };
  }
  return { question, mask: 0, min: condition.min ?? -Infinity, max: condition.max ?? Infinity };
}

/** Compiles a bank that has already passed validation. Results are cached per bank object. */
export function compileBank(bank: Bank): CompiledBank {
  const cached = cache.get(bank);
  if (cached) return cached;
  const dimensionIds = bank.dimensions.map((dimension) => dimension.id);
  const questionIndex = new Map(bank.questions.map((question, index) => [question.id, index]));
  const questions = bank.questions.map((question, index): CompiledQuestion => {
    const choices = question.type === 'number' ? question.bands : question.options;
    const weights = choices.map((choice) => dimensionIds.map((id) => choice.weights[id] ?? 0));
    const column = (d: number) => weights.map((row) => row[d] ?? 0);
    const isMultiple = question.type === 'multiple';
    const exclusive = question.type === 'multiple' ? question.options.map((option) => option.exclusive === true) : [];
    // An exclusive option is ticked alone; the others combine up to maxChoices.
    const extreme = (d: number, pick: 'low' | 'high'): number => {
      const values = column(d);
      if (question.type !== 'multiple') return pick === 'low' ? Math.min(...values) : Math.max(...values);
      const alone = values.filter((_, i) => exclusive[i]);
      const together = sumOfExtremes(
        values.filter((_, i) => !exclusive[i]),
        question.maxChoices,
        pick,
      );
      return pick === 'low' ? Math.min(together, ...alone) : Math.max(together, ...alone);
    };
    const low = dimensionIds.map((_, d) => extreme(d, 'low'));
    const high = dimensionIds.map((_, d) => extreme(d, 'high'));
    const exclusiveMask = exclusive.reduce((bits, isExclusive, i) => (isExclusive ? bits | (1 << i) : bits), 0);
    const conditions = (question.showIf ?? []).map((condition) => compileCondition(bank, questionIndex, condition));
    return { question, index, weights, low, high, conditions, isMultiple, exclusiveMask };
  });
  const outcomes = bank.tieOrder.map((id): CompiledOutcome => ({ id }));
  const rules = (bank.rules ?? []).map((rule): CompiledRule => ({
    id: rule.id,
    all: rule.all.map((condition) => compileCondition(bank, questionIndex, condition)),
    any: (rule.any ?? []).map((condition) => compileCondition(bank, questionIndex, condition)),
    exclude: outcomes.reduce((bits, outcome, o) => (rule.exclude.includes(outcome.id) ? bits | (1 << o) : bits), 0),
    instead: rule.instead === undefined ? -1 : outcomes.findIndex((outcome) => outcome.id === rule.instead),
  }));
  const decision = compileDecision(bank.decision, dimensionIds, bank.tieOrder);
  const conflicts = (bank.conflicts ?? []).map((conflict) =>
    conflict.all.map((condition) => compileCondition(bank, questionIndex, condition)),
  );
  const compiled: CompiledBank = { bank, rules, conflicts, dimensionIds, questions, questionIndex, outcomes, decision };
  cache.set(bank, compiled);
  return compiled;
}

/** The index of the band holding a number, or NONE. */
export function bandIndex(question: CompiledQuestion, value: number): number {
  if (question.question.type !== 'number') return NONE;
  return question.question.bands.findIndex((band) => value >= band.min && value <= band.max);
}

/** Turns checked answers into a State. Answers must have passed checkAnswers. */
export function toState(compiled: CompiledBank, answers: Answers): State {
  const count = compiled.questions.length;
  const state: State = { choice: new Int32Array(count).fill(NONE), value: new Float64Array(count) };
  for (const cq of compiled.questions) {
    const answer: Answer | undefined = answers[cq.question.id];
    if (answer === undefined || answer === UNSURE) continue;
    const q = cq.question;
    if (q.type === 'number') {
      if (typeof answer !== 'number') continue;
      state.value[cq.index] = answer;
      state.choice[cq.index] = bandIndex(cq, answer);
    } else if (q.type === 'multiple') {
      const ids = Array.isArray(answer) ? answer : [];
      state.choice[cq.index] =
        q.options.reduce((bits, option, i) => (ids.includes(option.id) ? bits | (1 << i) : bits), 0) || NONE;
    } else {
      state.choice[cq.index] = q.options.findIndex((option) => option.id === answer);
    }
  }
  return state;
}

/** Whether a condition holds: unanswered, "Not sure" and hidden answers never meet one. */
export function conditionMet(compiled: CompiledBank, state: State, visible: Uint8Array, c: CompiledCondition): boolean {
  const choice = visible[c.question] ? (state.choice[c.question] ?? NONE) : NONE;
  if (choice === NONE) return false;
  if (c.mask !== 0) return ((compiled.questions[c.question]?.isMultiple ? choice : 1 << choice) & c.mask) !== 0;
  const value = state.value[c.question] ?? NaN;
  return value >= c.min && value <= c.max;
}

/** Whether every condition holds for these answers (the bank's own visibility applies). */
export function allHold(bank: Bank, answers: Answers, conditions: readonly Condition[]): boolean {
  const compiled = compileBank(bank);
  const state = toState(compiled, answers);
  const visible = new Uint8Array(compiled.questions.length);
  markVisible(compiled, state, visible);
  return conditions.every((condition) =>
    conditionMet(compiled, state, visible, compileCondition(bank, compiled.questionIndex, condition)),
  );
}

/** Marks in `visible` which questions the state shows. */
export function markVisible(compiled: CompiledBank, state: State, visible: Uint8Array): void {
  for (const cq of compiled.questions)
    visible[cq.index] = cq.conditions.every((c) => conditionMet(compiled, state, visible, c)) ? 1 : 0;
}

/**
 * The rules whose conditions hold (`held`, a bit mask in bank order), those of them that apply
 * (`applied`): earlier rules win, so one that would set aside every outcome still open does
 * not apply; the outcomes they exclude (a bit mask in tie order); and the outcome an applied
 * rule puts in place of the `large` tier's (`instead`, -1 for none).
 */
export function applyRules(
  compiled: CompiledBank,
  state: State,
  visible: Uint8Array,
): { held: number; applied: number; exclude: number; instead: number } {
  let held = 0;
  let applied = 0;
  let exclude = 0;
  let instead = -1;
  const every = (1 << compiled.outcomes.length) - 1;
  compiled.rules.forEach((rule, r) => {
    const met = (c: CompiledCondition) => conditionMet(compiled, state, visible, c);
    if (!rule.all.every(met) || (rule.any.length > 0 && !rule.any.some(met))) return;
    held |= 1 << r;
    if ((exclude | rule.exclude) === every) return;
    applied |= 1 << r;
    exclude |= rule.exclude;
    if (rule.instead !== -1 && instead === -1) instead = rule.instead;
  });
  return { held, applied, exclude, instead };
}

/** Each dimension's score (0-100): points over their possible range, summed over shown, answered questions. */
export function dimensionScores(compiled: CompiledBank, state: State, visible: Uint8Array, out: Float64Array): void {
  const dims = compiled.dimensionIds.length;
  for (let d = 0; d < dims; d++) {
    let points = 0;
    let range = 0;
    for (const cq of compiled.questions) {
      const choice = state.choice[cq.index] ?? NONE;
      if (!visible[cq.index] || choice === NONE) continue;
      const low = cq.low[d] ?? 0;
      range += (cq.high[d] ?? 0) - low;
      points += answerPoints(cq, choice, d) - low;
    }
    // Rounded as shown, so the outcome is decided on the scores people see.
    out[d] = range > 0 ? round1((100 * points) / range) : 0;
  }
}

/** Points one answer adds to one dimension. */
export function answerPoints(cq: CompiledQuestion, choice: number, d: number): number {
  if (!cq.isMultiple) return cq.weights[choice]?.[d] ?? 0;
  let sum = 0;
  for (let i = 0; i < cq.weights.length; i++) if (choice & (1 << i)) sum += cq.weights[i]?.[d] ?? 0;
  return sum;
}

/** Rounds to one decimal: outputs stay byte-identical across runs and ties are decided on what people see. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export const allOutcomeIds: readonly OutcomeId[] = outcomeIds;

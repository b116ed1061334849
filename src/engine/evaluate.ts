import {
  NONE,
  answerPoints,
  bestOutcome,
  compileBank,
  dimensionScores,
  fitScores,
  markVisible,
  round1,
  toState,
  type CompiledBank,
  type CompiledQuestion,
  type State,
} from './compile';
import { UNSURE, type OutcomeId } from './constants';
import { dropHiddenAnswers } from './flow';
import type { Answer, Answers, Bank } from './schema';

/** One answer changed to another. */
export interface Edit {
  question: string;
  answer: Answer;
}

/** A smallest set of answer changes that gives another recommendation. */
export interface Change {
  edits: Edit[];
  outcome: OutcomeId;
  /** The new outcome's fit score. */
  fit: number;
}

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

export interface Robustness {
  /** Fewest answers that must change to alter the recommendation. */
  changes: number;
  /** True when no change of up to two answers alters it: `changes` is then a lower bound. */
  atLeast: boolean;
}

export interface Evaluation {
  bank: { id: string; version: string };
  outcome: OutcomeId;
  /** Fit (0-100) of each outcome. */
  fit: Record<OutcomeId, number>;
  /** Outcomes from best to worst fit; ties in the bank's tie order. */
  ranking: OutcomeId[];
  /** Each dimension's score (0-100) over the shown, answered questions. */
  dimensions: Record<string, number>;
  coverage: Coverage;
  contributions: Contribution[];
  /** Single changes that alter the outcome; when there are none, pairs. */
  changes: Change[];
  robustness: Robustness;
}

/** The most pair changes listed: enough to act on, bounded so output stays readable. */
const MAX_PAIRS = 12;

/** Scratch buffers for one search, so the hundreds of trial evaluations allocate nothing. */
interface Scratch {
  visible: Uint8Array;
  dims: Float64Array;
  fits: Float64Array;
}

function scratchFor(compiled: CompiledBank): Scratch {
  return {
    visible: new Uint8Array(compiled.questions.length),
    dims: new Float64Array(compiled.dimensionIds.length),
    fits: new Float64Array(compiled.outcomes.length),
  };
}

/** Evaluates a state into scratch; returns the best outcome's index in tie order. */
function run(compiled: CompiledBank, state: State, scratch: Scratch): number {
  markVisible(compiled, state, scratch.visible);
  dimensionScores(compiled, state, scratch.visible, scratch.dims);
  fitScores(compiled, scratch.dims, scratch.fits);
  return bestOutcome(scratch.fits);
}

interface Alternative {
  question: number;
  choice: number;
  value: number;
}

/** Every other answer a shown question could take, in bank order. */
function alternatives(cq: CompiledQuestion, state: State): Alternative[] {
  const q = cq.question;
  const current = state.choice[cq.index] ?? NONE;
  const list: Alternative[] = [];
  if (q.type === 'number') {
    const value = state.value[cq.index] ?? q.min;
    q.bands.forEach((band, i) => {
      if (i === current) return;
      // The nearest number in the other band: "if you reach 26 engineers".
      const nearest = current === NONE ? band.min : Math.min(band.max, Math.max(band.min, value));
      list.push({ question: cq.index, choice: i, value: nearest });
    });
  } else if (q.type === 'multiple') {
    const count = current === NONE ? 0 : popCount(current);
    q.options.forEach((_, i) => {
      const bit = 1 << i;
      const base = current === NONE ? 0 : current;
      if (base & bit) {
        if (count > 1) list.push({ question: cq.index, choice: base & ~bit, value: 0 });
      } else if ((bit | base) & cq.exclusiveMask || count === 1) {
        // Ticking an exclusive option, or anything beside one, replaces the selection; so may
        // any tick when only one is ticked, since that one cannot be unticked on its own.
        list.push({ question: cq.index, choice: bit, value: 0 });
        if (!((bit | base) & cq.exclusiveMask) && count < q.maxChoices)
          list.push({ question: cq.index, choice: base | bit, value: 0 });
      } else if (count < q.maxChoices) list.push({ question: cq.index, choice: base | bit, value: 0 });
    });
  } else {
    q.options.forEach((_, i) => {
      if (i !== current) list.push({ question: cq.index, choice: i, value: 0 });
    });
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

/** Single changes that flip the outcome; if none, pairs; robustness from what was found. */
function searchChanges(
  compiled: CompiledBank,
  state: State,
  visible: Uint8Array,
  outcome: number,
): { changes: Change[]; robustness: Robustness } {
  const scratch = scratchFor(compiled);
  const candidates = compiled.questions.filter((cq) => visible[cq.index]).flatMap((cq) => alternatives(cq, state));
  const flipTo = (edits: Alternative[]): Change | undefined => {
    const best = run(compiled, state, scratch);
    if (best === outcome) return undefined;
    // An edit to a question the other edit hid is not a real change.
    if (edits.some((alt) => !scratch.visible[alt.question])) return undefined;
    const target = compiled.outcomes[best];
    if (!target) return undefined;
    return { edits: edits.map((alt) => editOf(compiled, alt)), outcome: target.id, fit: scratch.fits[best] ?? 0 };
  };

  const singles: Change[] = [];
  for (const alt of candidates) {
    const before = apply(state, alt);
    const change = flipTo([alt]);
    undo(state, alt, before);
    if (change) singles.push(change);
  }
  if (singles.length > 0) return { changes: singles, robustness: { changes: 1, atLeast: false } };

  const pairs: Change[] = [];
  for (let i = 0; i < candidates.length && pairs.length < MAX_PAIRS; i++) {
    const first = candidates[i];
    if (!first) continue;
    const beforeFirst = apply(state, first);
    for (let j = i + 1; j < candidates.length && pairs.length < MAX_PAIRS; j++) {
      const second = candidates[j];
      if (!second || second.question === first.question) continue;
      const beforeSecond = apply(state, second);
      const change = flipTo([first, second]);
      undo(state, second, beforeSecond);
      if (change) pairs.push(change);
    }
    undo(state, first, beforeFirst);
  }
  if (pairs.length > 0) return { changes: pairs, robustness: { changes: 2, atLeast: false } };
  return { changes: [], robustness: { changes: 3, atLeast: true } };
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

/**
 * Scores answers against a bank: the recommendation, every fit and dimension score, coverage,
 * each answer's contribution, the smallest changes that alter the result, and robustness.
 * Answers must have passed `checkAnswers` for this bank. Pure and deterministic.
 */
export function evaluate(bank: Bank, answers: Answers): Evaluation {
  const compiled = compileBank(bank);
  const state = toState(compiled, answers);
  const scratch = scratchFor(compiled);
  const best = run(compiled, state, scratch);
  const visible = scratch.visible.slice();
  const order = compiled.outcomes.map((outcome, o) => ({ id: outcome.id, fit: scratch.fits[o] ?? 0, o }));
  const ranking = [...order].sort((a, b) => b.fit - a.fit || a.o - b.o).map((entry) => entry.id);
  const fit = Object.fromEntries(
    // Code-point order, not localeCompare: the output must not depend on the machine's locale.
    [...order].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((entry) => [entry.id, entry.fit]),
  ) as Record<OutcomeId, number>;
  const dimensions = Object.fromEntries(compiled.dimensionIds.map((id, d) => [id, round1(scratch.dims[d] ?? 0)]));
  const { changes, robustness } = searchChanges(compiled, state, visible, best);
  return {
    bank: { id: bank.id, version: bank.version },
    outcome: compiled.outcomes[best]?.id ?? 'combined',
    fit,
    ranking,
    dimensions,
    coverage: coverageOf(compiled, state, visible, answers),
    contributions: contributionsOf(compiled, state, visible, answers),
    changes,
    robustness,
  };
}

/** The fit of every outcome at a point in dimension space, and the outcome recommended there. */
export function scorePoint(
  bank: Bank,
  dimensions: Readonly<Record<string, number>>,
): { outcome: OutcomeId; fit: Record<OutcomeId, number> } {
  const compiled = compileBank(bank);
  const fits = new Float64Array(compiled.outcomes.length);
  fitScores(
    compiled,
    compiled.dimensionIds.map((id) => dimensions[id] ?? 0),
    fits,
  );
  const fit = Object.fromEntries(compiled.outcomes.map((outcome, o) => [outcome.id, fits[o] ?? 0])) as Record<
    OutcomeId,
    number
  >;
  return { outcome: compiled.outcomes[bestOutcome(fits)]?.id ?? 'combined', fit };
}

/** The outcome for a point in dimension space: used to draw where each outcome applies. */
export function classify(bank: Bank, dimensions: Readonly<Record<string, number>>): OutcomeId {
  return scorePoint(bank, dimensions).outcome;
}

/** The answers with the edits applied and answers to questions they hide removed. */
export function applyEdits(bank: Bank, answers: Answers, edits: readonly Edit[]): Answers {
  const next: Record<string, Answer> = { ...answers };
  for (const edit of edits) next[edit.question] = edit.answer;
  return dropHiddenAnswers(bank, next);
}

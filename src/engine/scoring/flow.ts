/**
 * The question flow: which questions these answers show, in what order, and what is left to
 * answer. The one place that works visibility out from answers; the store, the screens, the
 * exports and the checks all ask it. (Searches over many answer sets run on the compiled
 * state in compile.ts, with the same rule.)
 */
import { compileBank, markVisible, toState } from './compile';
import type { Answer, Answers, Bank, Question } from '../bank/schema';

/** The questions a set of answers shows, and where each stands. */
export interface Flow {
  /** The shown questions, in bank order. */
  readonly questions: readonly Question[];
  /** Their ids, in the same order. */
  readonly ids: readonly string[];
  /** The first shown question, if any. */
  readonly first: string | undefined;
  /** The first shown question with no answer ("Not sure" counts as one). */
  readonly firstUnanswered: string | undefined;
  /** True when every shown question has an answer. */
  readonly complete: boolean;
}

// Answers are replaced, never changed in place: the same object always gives the same flow.
const flows = new WeakMap<Bank, WeakMap<Answers, Flow>>();

function shownFlags(bank: Bank, answers: Answers): Uint8Array {
  const compiled = compileBank(bank);
  const visible = new Uint8Array(compiled.questions.length);
  markVisible(compiled, toState(compiled, answers), visible);
  return visible;
}

/**
 * The flow for these answers. A condition reads only earlier questions; an unanswered,
 * "Not sure" or hidden answer never meets it.
 */
export function questionFlow(bank: Bank, answers: Answers): Flow {
  let byAnswers = flows.get(bank);
  if (!byAnswers) flows.set(bank, (byAnswers = new WeakMap()));
  const known = byAnswers.get(answers);
  if (known) return known;
  const visible = shownFlags(bank, answers);
  const questions = bank.questions.filter((_, i) => visible[i] === 1);
  const ids = questions.map((question) => question.id);
  const firstUnanswered = ids.find((id) => answers[id] === undefined);
  const flow: Flow = { questions, ids, first: ids[0], firstUnanswered, complete: firstUnanswered === undefined };
  byAnswers.set(answers, flow);
  return flow;
}

/** True when the answers show this question. */
export function isShown(bank: Bank, answers: Answers, question: string): boolean {
  return questionFlow(bank, answers).ids.includes(question);
}

/** The shown question after this one, or undefined after the last. */
export function nextQuestion(bank: Bank, answers: Answers, question: string): string | undefined {
  const { ids } = questionFlow(bank, answers);
  const at = ids.indexOf(question);
  return at === -1 ? undefined : ids[at + 1];
}

/** The shown question before this one, or undefined before the first. */
export function previousQuestion(bank: Bank, answers: Answers, question: string): string | undefined {
  const { ids } = questionFlow(bank, answers);
  return ids[ids.indexOf(question) - 1];
}

/** The answers with every answer to a hidden question removed, in bank order. Returns a fresh object. */
export function dropHiddenAnswers(bank: Bank, answers: Answers): Answers {
  const visible = shownFlags(bank, answers);
  const kept: Record<string, Answer> = {};
  bank.questions.forEach((question, i) => {
    const answer = answers[question.id];
    if (visible[i] === 1 && answer !== undefined) kept[question.id] = answer;
  });
  return kept;
}

/** What answering one question leaves: the answers, and the ids of answers it hid and so removed. */
export interface Answered {
  answers: Answers;
  dropped: string[];
}

/** Records an answer (undefined removes it) and removes the answers of questions it hides. */
export function answerInFlow(bank: Bank, answers: Answers, question: string, answer: Answer | undefined): Answered {
  const next: Record<string, Answer> = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== question));
  if (answer !== undefined) next[question] = answer;
  const kept = dropHiddenAnswers(bank, next);
  return { answers: kept, dropped: Object.keys(answers).filter((id) => id !== question && !(id in kept)) };
}

import { UNSURE, type OutcomeId } from './constants';
import type { Answer, Bank, Outcome, Question } from './schema';

/** The words shown for "Not sure". */
export const UNSURE_LABEL = 'Not sure';

/**
 * A whole number with thousands separators ("1,000"). Written out because the first
 * toLocaleString call loads the browser's number formatting, which costs a frame on slow phones.
 */
export function formatWhole(value: number): string {
  const digits = String(Math.abs(Math.trunc(value))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 ? `-${digits}` : digits;
}

/** An answer in words: option labels, a number with its unit, or "Not sure". */
export function answerLabel(question: Question, answer: Answer | undefined): string {
  if (answer === undefined) return 'Not answered';
  if (answer === UNSURE) return UNSURE_LABEL;
  if (question.type === 'number')
    return typeof answer === 'number'
      ? `${formatWhole(answer)} ${answer === 1 ? (question.unitOne ?? question.unit) : question.unit}`
      : String(answer);
  const ids = Array.isArray(answer) ? answer : [answer];
  return ids.map((id) => question.options.find((option) => option.id === id)?.label ?? String(id)).join(', ');
}

/** The question with this id; throws only on a programming error (ids come from checked data). */
export function questionById(bank: Bank, id: string): Question {
  const question = bank.questions.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`no question "${id}" in ${bank.id}`);
  return question;
}

/** The outcome with this id; every bank declares all four. */
export function outcomeById(bank: Bank, id: OutcomeId): Outcome {
  const outcome = bank.outcomes.find((candidate) => candidate.id === id);
  if (!outcome) throw new Error(`no outcome "${id}" in ${bank.id}`);
  return outcome;
}

/** How settled the result is, in a word or three, from the engine's robustness. */
export function confidenceWord(robustness: { changes: number; atLeast: boolean }): string {
  if (robustness.changes <= 1) return 'A close call';
  if (robustness.changes === 2 && !robustness.atLeast) return 'Fairly settled';
  return 'A clear result';
}

/** "3 answers would have to change to alter this", from the engine's robustness. */
export function robustnessText(robustness: { changes: number; atLeast: boolean }): string {
  const { changes, atLeast } = robustness;
  if (atLeast) return `More than ${changes - 1} answers would have to change to alter this`;
  return changes === 1
    ? 'One answer would have to change to alter this'
    : `${changes} answers would have to change to alter this`;
}

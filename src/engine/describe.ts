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

/** "What would change it" when nothing likely does. */
export const NO_CHANGE = 'No likely change of a single answer would alter this recommendation.';

type Sureness = { changes: number; atLeast: boolean; closeCall?: boolean };

/** How settled the result is, in a word or three, from the engine's robustness. */
export function confidenceWord(robustness: Sureness): string {
  if (robustness.closeCall) return 'A close call';
  return robustness.changes <= 1 ? 'Fairly settled' : 'Settled';
}

/** What the confidence rests on, in a plain sentence without a full stop. */
export function robustnessText(robustness: Sureness): string {
  if (robustness.closeCall)
    return 'One likely change on its own, listed under “What would change it”, would alter this';
  if (robustness.changes <= 1)
    return 'Only a bigger step on its own, listed under “What would change it”, would alter this';
  if (!robustness.atLeast) return 'It would take two changes at once to alter this';
  return 'No likely change of a single answer would alter this';
}

/** "It rests on 17 of the 18 questions asked; 1 is “Not sure”": empty when every question shown is answered. */
export function restsOnText(coverage: { shown: number; answered: number; unsure: number; unanswered: number }): string {
  if (coverage.answered === coverage.shown) return '';
  const parts = [
    coverage.unsure > 0 ? `${coverage.unsure} ${coverage.unsure === 1 ? 'is' : 'are'} “Not sure”` : '',
    coverage.unanswered > 0 ? `${coverage.unanswered} ${coverage.unanswered === 1 ? 'is' : 'are'} unanswered` : '',
  ].filter(Boolean);
  return `It rests on ${coverage.answered} of the ${coverage.shown} questions asked; ${parts.join(' and ')}`;
}

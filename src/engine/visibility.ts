import { compileBank, markVisible, toState } from './compile';
import type { Answers, Bank, Question } from './schema';

function visibleFlags(bank: Bank, answers: Answers): Uint8Array {
  const compiled = compileBank(bank);
  const visible = new Uint8Array(compiled.questions.length);
  markVisible(compiled, toState(compiled, answers), visible);
  return visible;
}

/**
 * The questions shown for these answers, in bank order. A condition reads only earlier
 * questions; an unanswered, "Not sure" or hidden answer never meets it.
 */
export function visibleQuestions(bank: Bank, answers: Answers): Question[] {
  const visible = visibleFlags(bank, answers);
  return bank.questions.filter((_, i) => visible[i] === 1);
}

/** The answers with every answer to a hidden question removed. Returns a fresh object. */
export function dropHiddenAnswers(bank: Bank, answers: Answers): Answers {
  const visible = visibleFlags(bank, answers);
  const kept: Record<string, Answers[string]> = {};
  bank.questions.forEach((question, i) => {
    const answer = answers[question.id];
    if (visible[i] === 1 && answer !== undefined) kept[question.id] = answer;
  });
  return kept;
}

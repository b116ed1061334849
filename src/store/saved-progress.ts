/**
 * What survives a reload, and how it is checked on the way back in: storage is untrusted
 * input, so its shape is parsed with zod/mini and the answers with the engine's checkAnswers.
 */
import * as z from 'zod/mini';
import { checkAnswers, visibleQuestions, type Answers, type Bank } from '../engine';

/** Where the user is: the landing page, one question, the review list or the result. */
export type Step = 'landing' | 'review' | 'result' | { question: string };

export interface SavedProgress {
  answers: Answers;
  step: Step;
}

const stepSchema = z.union([
  z.literal('landing'),
  z.literal('review'),
  z.literal('result'),
  z.strictObject({ question: z.string().check(z.minLength(1), z.maxLength(40)) }),
]);

const savedSchema = z.strictObject({
  answers: z.record(z.string(), z.unknown()),
  step: stepSchema,
});

/** True when every shown question has an answer ("Not sure" counts). */
export function isComplete(bank: Bank, answers: Answers): boolean {
  return visibleQuestions(bank, answers).every((question) => answers[question.id] !== undefined);
}

/** Checked progress, or undefined when anything about it is wrong. */
export function restoreProgress(bank: Bank, input: unknown): SavedProgress | undefined {
  const parsed = savedSchema.safeParse(input);
  if (!parsed.success) return undefined;
  const checked = checkAnswers(bank, parsed.data.answers);
  if (!checked.ok) return undefined;
  const { step } = parsed.data;
  const answers = checked.answers;
  if (typeof step === 'object' && !visibleQuestions(bank, answers).some((question) => question.id === step.question))
    return undefined;
  if (step === 'result' && !isComplete(bank, answers)) return undefined;
  return { answers, step };
}

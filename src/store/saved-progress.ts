/**
 * What survives a reload, and how it is checked on the way back in. Storage is untrusted:
 * the answers go through the engine's checkAnswers and the step must be one these answers
 * can show. The shape is checked by hand rather than with Zod, which stays out of the first download.
 */
import { checkAnswers, isShown, questionFlow, type Answers, type Bank } from '../engine';

/** Where the user is: the landing page, one question, the review list or the result. */
export type Step = 'landing' | 'review' | 'result' | { question: string };

export interface SavedProgress {
  answers: Answers;
  step: Step;
  /** Whose answers these are, as typed; absent when nobody said (and in progress saved before names). */
  name?: string;
}

/** Longer saved names are not something this app wrote. */
const MAX_SAVED_NAME = 200;

const namedSteps: readonly unknown[] = ['landing', 'review', 'result'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key)) && keys.every((key) => Object.hasOwn(value, key));
}

/** A fresh step, or undefined when the value is not one. */
function readStep(value: unknown): Step | undefined {
  if (namedSteps.includes(value)) return value as Step;
  if (isPlainObject(value) && hasOnlyKeys(value, ['question']) && typeof value.question === 'string')
    return { question: value.question };
  return undefined;
}

/** Checked progress in fresh objects, or undefined when anything about it is wrong. */
export function restoreProgress(bank: Bank, input: unknown): SavedProgress | undefined {
  if (!isPlainObject(input)) return undefined;
  const { name } = input;
  const named = name !== undefined;
  if (!hasOnlyKeys(input, named ? ['answers', 'step', 'name'] : ['answers', 'step'])) return undefined;
  if (named && (typeof name !== 'string' || name.length > MAX_SAVED_NAME)) return undefined;
  const step = readStep(input.step);
  const checked = checkAnswers(bank, input.answers);
  if (!step || !checked.ok) return undefined;
  const answers = checked.answers;
  if (typeof step === 'object' && !isShown(bank, answers, step.question)) return undefined;
  if (step === 'result' && !questionFlow(bank, answers).complete) return undefined;
  return named && name !== '' ? { answers, step, name } : { answers, step };
}

import { compileBank } from './compile';
import { ID_MAX_LENGTH, ID_PATTERN, UNSURE } from '../bank/constants';
import type { Answer, Answers, Bank } from '../bank/schema';
import { questionFlow } from './flow';

export type AnswerErrorCode =
  | 'not-an-object'
  | 'unknown-question'
  | 'hidden-question'
  | 'wrong-type'
  | 'unknown-option'
  | 'duplicate-option'
  | 'too-many-choices'
  | 'exclusive-option'
  | 'no-choice'
  | 'not-a-whole-number'
  | 'out-of-range';

/**
 * A problem with one answer, naming the question it concerns. It is worded, in the bank's
 * language, by src/engine/words/refusal-text.ts: for the app and the command line alike.
 */
export interface AnswerError {
  code: AnswerErrorCode;
  /** The question id, or "" when the whole input is wrong. */
  question: string;
  /** For "exclusive-option": the labels of the two options ticked together, for a sentence in the bank's language. */
  options?: readonly [string, string];
}

export type CheckedAnswers = { ok: true; answers: Answers } | { ok: false; errors: AnswerError[] };

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value);

/**
 * The shape of one answer (schema.ts's answerSchema, written out): the engine checks answers
 * on the wizard's first screen, and this keeps Zod out of that download.
 */
export function asAnswer(raw: unknown): Answer | undefined {
  if (raw === UNSURE || isId(raw)) return raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (Array.isArray(raw) && raw.length <= 12 && raw.every(isId)) return [...raw];
  return undefined;
}

/** The ticked option ids in bank order, so equal answer sets look the same everywhere. */
export function inBankOrder(question: Bank['questions'][number], ticked: readonly string[]): string[] {
  const ids = question.type === 'number' ? [] : question.options.map((option) => option.id);
  return ids.filter((id) => ticked.includes(id));
}

function checkOne(question: Bank['questions'][number], raw: unknown): AnswerError | Answer {
  const fail = (code: AnswerErrorCode, options?: readonly [string, string]): AnswerError =>
    options ? { code, question: question.id, options } : { code, question: question.id };
  const answer = asAnswer(raw);
  if (answer === undefined) return fail('wrong-type');
  if (answer === UNSURE) return UNSURE;
  if (question.type === 'number') {
    if (typeof answer !== 'number') return fail('wrong-type');
    if (!Number.isInteger(answer)) return fail('not-a-whole-number');
    if (answer < question.min || answer > question.max) return fail('out-of-range');
    return answer;
  }
  const ids = question.options.map((option) => option.id);
  if (question.type === 'multiple') {
    if (!Array.isArray(answer)) return fail('wrong-type');
    if (answer.length === 0) return fail('no-choice');
    const unknown = answer.find((id) => !ids.includes(id));
    if (unknown !== undefined) return fail('unknown-option');
    if (new Set(answer).size !== answer.length) return fail('duplicate-option');
    if (answer.length > question.maxChoices) return fail('too-many-choices');
    const alone = question.options.find((option) => option.exclusive && answer.includes(option.id));
    const other = question.options.find((option) => option !== alone && answer.includes(option.id));
    if (alone && other) return fail('exclusive-option', [alone.label, other.label]);
    return inBankOrder(question, answer);
  }
  if (typeof answer !== 'string') return fail('wrong-type');
  if (!ids.includes(answer)) return fail('unknown-option');
  return answer;
}

/**
 * Checks untrusted answers against a bank and returns fresh, trusted answers, or every
 * problem found, each naming its question. Answers to hidden questions are rejected.
 */
export function checkAnswers(bank: Bank, input: unknown): CheckedAnswers {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      errors: [{ code: 'not-an-object', question: '' }],
    };
  }
  const compiled = compileBank(bank);
  const errors: AnswerError[] = [];
  const answers: Record<string, Answer> = {};
  // Own keys only; "__proto__" and friends are never question ids, so they are reported, never copied.
  for (const [id, raw] of Object.entries(input)) {
    const index = compiled.questionIndex.get(id);
    const question = index === undefined ? undefined : bank.questions[index];
    if (!question) {
      errors.push({ code: 'unknown-question', question: id });
      continue;
    }
    const checked = checkOne(question, raw);
    if (typeof checked === 'object' && !Array.isArray(checked)) errors.push(checked);
    else answers[id] = checked;
  }
  if (errors.length > 0) return { ok: false, errors };
  const shown = new Set(questionFlow(bank, answers).ids);
  for (const id of Object.keys(answers)) {
    if (!shown.has(id)) errors.push({ code: 'hidden-question', question: id });
  }
  // Fresh object in bank order: untrusted key order never leaks into output.
  const ordered: Record<string, Answer> = {};
  for (const question of bank.questions) {
    const answer = answers[question.id];
    if (answer !== undefined) ordered[question.id] = answer;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers: ordered };
}

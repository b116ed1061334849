/**
 * Why a file or a link was refused, in words a person reads in the app: each question named by
 * its title, never by its id, and nothing from the input shown raw. Loaded only with the
 * result-file parser and the share-link decoder. The command line keeps the checker's own
 * wording (answers.ts), which names ids for whoever edits the JSON.
 */
import type { AnswerError } from './answers';
import { formatWhole } from './describe';
import type { Bank, Question } from './schema';

/** The most detail lines one refusal shows; any more are counted in the last line. */
export const MAX_DETAILS = 8;
/** The most characters of the input one message quotes. */
export const MAX_QUOTED = 40;

/**
 * Text from the input in quotes, safe to show: control, format and line-break characters become
 * spaces, half surrogate pairs become "�", and anything past `max` characters becomes "…".
 */
export function quoted(text: string, max = MAX_QUOTED): string {
  const clean = text
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\s]+/gu, ' ')
    .replace(/\p{Cs}/gu, '\uFFFD')
    .trim();
  const chars = Array.from(clean);
  return `“${
    chars.length > max
      ? `${chars
          .slice(0, max - 1)
          .join('')
          .trimEnd()}…`
      : clean
  }”`;
}

/**
 * A chosen file's name as the page shows it: without control or direction characters, which
 * could reorder the sentence around it, and at most 60 characters.
 */
export function shownFileName(name: string): string {
  const chars = Array.from(name.replace(/[\p{Cc}\p{Cf}]/gu, ''));
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : chars.join('');
}

/** A question as people know it: its title, cut after a few words when long ("How many engineers build your product…"). */
export function questionName(question: Question): string {
  if (question.title.length <= 48) return `“${question.title}”`;
  let name = '';
  for (const word of question.title.split(' ')) {
    if (`${name} ${word}`.length > 40) break;
    name = name ? `${name} ${word}` : word;
  }
  // A first word longer than the limit is cut like any quote.
  return name ? `“${name.replace(/[,;:.]$/, '')}…”` : quoted(question.title);
}

/** A number from the input, short: whole numbers with thousands separators. */
function numberText(value: unknown): string {
  if (typeof value !== 'number') return 'not a number';
  return Number.isSafeInteger(value) ? formatWhole(value) : String(value).slice(0, 24);
}

/** The first id in an answer that is not one of the question's options. */
function unknownOption(question: Question, answer: unknown): string {
  const ids = question.type === 'number' ? [] : question.options.map((option) => option.id);
  const given: unknown[] = Array.isArray(answer) ? answer : [answer];
  const unknown = given.find((id) => !ids.includes(id as string));
  return quoted(String(unknown));
}

/** One answer's problem in a sentence. `answers` is what was checked, for the values to quote. */
export function answerProblem(bank: Bank, error: AnswerError, answers: Readonly<Record<string, unknown>>): string {
  const question = bank.questions.find((candidate) => candidate.id === error.question);
  if (error.code === 'not-an-object' || !question)
    return error.code === 'unknown-question'
      ? `There is an answer to ${quoted(error.question)}, which is not a question Role Fit asks.`
      : 'The answers are not a list of questions with their answers.';
  const answer = answers[question.id];
  const subject = `The answer to ${questionName(question)}`;
  switch (error.code) {
    case 'hidden-question':
      return `${subject} does not apply: the other answers skip that question.`;
    case 'unknown-option':
      return `${subject} names ${unknownOption(question, answer)}, which is not one of its options.`;
    case 'duplicate-option':
      return `${subject} ticks the same option twice.`;
    case 'too-many-choices':
      return `${subject} ticks ${Array.isArray(answer) ? answer.length : 'too many'} options; at most ${question.type === 'multiple' ? question.maxChoices : 1} may be ticked.`;
    case 'exclusive-option':
      // The checker's words already name both options by their labels.
      return `${subject} ticks two options that exclude each other: ${error.message}.`;
    case 'no-choice':
      return `${subject} ticks no option.`;
    case 'not-a-whole-number':
    case 'out-of-range':
      return question.type === 'number'
        ? `${subject} is ${numberText(answer)}; it must be a whole number from ${formatWhole(question.min)} to ${formatWhole(question.max)}.`
        : `${subject} is not one of its options.`;
    case 'wrong-type':
    default:
      return `${subject} is not ${question.type === 'number' ? 'a number' : question.type === 'multiple' ? 'a list of its options' : 'one of its options'}.`;
  }
}

/** At most MAX_DETAILS lines, the last one counting the rest; repeated lines once. */
export function cappedDetails(lines: readonly string[]): string[] {
  const unique = [...new Set(lines)];
  if (unique.length <= MAX_DETAILS) return unique;
  const shown = unique.slice(0, MAX_DETAILS - 1);
  return [...shown, `…and ${unique.length - shown.length} more problems like these.`];
}

/**
 * Why a file or a link was refused, in words a person reads in the app, in the bank's language:
 * each question named by its title, never by its id, and nothing from the input shown raw.
 * Loaded only with the result-file parser and the share-link decoder. The command line prints
 * the same sentences after the question's id, for whoever edits the JSON.
 */
import type { AnswerError } from '../scoring/answers';
import type { Bank, Question } from '../bank/schema';
import { fill, plural } from '../../i18n/format';
import type { Locale } from '../../i18n/languages';
import { resultMessages } from '../../i18n/registry';

/** The most detail lines one refusal shows; any more are counted in the last line. */
export const MAX_DETAILS = 8;
/** The most characters of the input one message quotes. */
export const MAX_QUOTED = 40;

/** The refusal messages in a bank's language. */
export const linkMessages = (locale: string) => resultMessages(locale).links;

/**
 * Text from the input in quotes, safe to show: control, format and line-break characters become
 * spaces, half surrogate pairs become "�", and anything past `max` characters becomes "…".
 */
export function quoted(text: string, max = MAX_QUOTED, locale: string): string {
  const clean = text
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\s]+/gu, ' ')
    .replace(/\p{Cs}/gu, '\uFFFD')
    .trim();
  const chars = Array.from(clean);
  const m = linkMessages(locale);
  return chars.length > max
    ? fill(locale as Locale, m.quoteCut, {
        text: chars
          .slice(0, max - 1)
          .join('')
          .trimEnd(),
      })
    : fill(locale as Locale, m.quote, { text: clean });
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
export function questionName(question: Question, locale: string): string {
  const m = linkMessages(locale);
  if (question.title.length <= 48) return fill(locale as Locale, m.quote, { text: question.title });
  let name = '';
  for (const word of question.title.split(' ')) {
    if (`${name} ${word}`.length > 40) break;
    name = name ? `${name} ${word}` : word;
  }
  // A first word longer than the limit is cut like any quote.
  return name
    ? fill(locale as Locale, m.quoteCut, { text: name.replace(/[,;:.]$/, '') })
    : quoted(question.title, MAX_QUOTED, locale);
}

/** A number from the input, short: whole numbers the language's way, others as written (cut). */
function numberValue(value: number): string | number {
  return Number.isSafeInteger(value) ? value : String(value).slice(0, 24);
}

/** The first id in an answer that is not one of the question's options. */
function unknownOption(question: Question, answer: unknown, locale: string): string {
  const ids = question.type === 'number' ? [] : question.options.map((option) => option.id);
  const given: unknown[] = Array.isArray(answer) ? answer : [answer];
  const unknown = given.find((id) => !ids.includes(id as string));
  return quoted(String(unknown), MAX_QUOTED, locale);
}

/** One answer's problem in a sentence. `answers` is what was checked, for the values to quote. */
export function answerProblem(bank: Bank, error: AnswerError, answers: Readonly<Record<string, unknown>>): string {
  const locale = bank.locale as Locale;
  const m = linkMessages(locale).answer;
  const question = bank.questions.find((candidate) => candidate.id === error.question);
  if (error.code === 'not-an-object' || !question)
    return error.code === 'unknown-question'
      ? fill(locale, m.unknownQuestion, { id: quoted(error.question, MAX_QUOTED, locale) })
      : m.notAnObject;
  const answer = answers[question.id];
  const name = questionName(question, locale);
  const say = (message: string, values: Record<string, string | number> = {}) =>
    fill(locale, message, { question: name, ...values });
  switch (error.code) {
    case 'hidden-question':
      return say(m.hiddenQuestion);
    case 'unknown-option':
      return say(m.unknownOption, { option: unknownOption(question, answer, locale) });
    case 'duplicate-option':
      return say(m.duplicateOption);
    case 'too-many-choices': {
      const max = question.type === 'multiple' ? question.maxChoices : 1;
      return Array.isArray(answer)
        ? plural(locale, m.tooManyChoices, answer.length, { question: name, max })
        : say(m.tooManyChoicesUncounted, { max });
    }
    case 'exclusive-option': {
      const [first, second] = error.options ?? ['', ''];
      return say(m.exclusiveOption, { first, second });
    }
    case 'no-choice':
      return say(m.noChoice);
    case 'not-a-whole-number':
    case 'out-of-range':
      if (question.type !== 'number') return say(m.notAnOption);
      return typeof answer === 'number'
        ? say(m.outOfRange, { value: numberValue(answer), min: question.min, max: question.max })
        : say(m.notANumberOutOfRange, { min: question.min, max: question.max });
    case 'wrong-type':
    default:
      return say(question.type === 'number' ? m.notANumber : question.type === 'multiple' ? m.notAList : m.notAnOption);
  }
}

/** At most MAX_DETAILS lines, the last one counting the rest; repeated lines once. */
export function cappedDetails(lines: readonly string[], locale: string): string[] {
  const unique = [...new Set(lines)];
  if (unique.length <= MAX_DETAILS) return unique;
  const shown = unique.slice(0, MAX_DETAILS - 1);
  return [...shown, plural(locale as Locale, linkMessages(locale).moreProblems, unique.length - shown.length)];
}

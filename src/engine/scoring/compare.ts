/**
 * Several people's answers side by side: each result, the questions where they disagree in
 * ways that move the scores, and one recommendation for the group.
 */
import { round1 } from './compile';
import { answerLabel } from '../words/describe';
import { evaluate, scorePoint, type Evaluation } from './evaluate';
import { isShown } from './flow';
import type { OutcomeId } from '../bank/constants';
import type { Answer, Answers, Bank } from '../bank/schema';
import { fill } from '../../i18n/format';
import type { Locale } from '../../i18n/languages';
import { resultMessages } from '../../i18n/registry';

export const MIN_PEOPLE = 2;
export const MAX_PEOPLE = 5;
/** The longest name a person can have in a comparison, in UTF-16 code units (an input's maxLength). */
export const MAX_NAME_LENGTH = 40;

export interface Person {
  /** How the person is named in the comparison: "Alex", "CTO". */
  label: string;
  /** Answers that passed checkAnswers for the bank. */
  answers: Answers;
}

export interface ComparedPerson extends Person {
  evaluation: Evaluation;
}

export interface Difference {
  question: string;
  topic: string;
  /** Each person's answer in words, in the order the people were given; the `notAsked` message where their answers hid the question. */
  answers: { label: string; answer: string }[];
  /**
   * How far apart the answers pull the scores: for each dimension, the highest minus the
   * lowest points the answers added (0 for no answer), summed over dimensions.
   */
  spread: number;
}

export interface Comparison {
  people: ComparedPerson[];
  /** Questions answered differently, largest spread first; ties keep bank order. */
  differences: Difference[];
  /** True when everyone got the same recommendation. */
  agree: boolean;
  /**
   * The group's recommendation: the outcome for the mean of everyone's dimension scores, so
   * each person weighs the same however many questions they answered.
   */
  combined: { outcome: OutcomeId; dimensions: Record<string, number>; fit: Record<OutcomeId, number> };
}

/** Controls, lone surrogates, and the bidi overrides that could make a name read as something else. */
const unfitInName = (code: number): boolean =>
  code < 0x20 ||
  (code >= 0x7f && code <= 0x9f) ||
  (code >= 0xd800 && code <= 0xdfff) ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069);

/**
 * A name as typed, made safe to show and to write into files, Markdown and links: on one line,
 * without control or direction characters, at most MAX_NAME_LENGTH long; '' when nothing is left.
 */
export function cleanName(typed: string): string {
  const words = Array.from(typed, (char) => (unfitInName(char.codePointAt(0) ?? 0) ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  let name = '';
  for (const char of words) {
    if (name.length + char.length > MAX_NAME_LENGTH) break;
    name += char;
  }
  return name.trim();
}

/** How a person is named in a comparison: the cleaned name, or "Person 2" (in the locale's words) when nothing is left. */
export function personName(typed: string, index: number, locale: string): string {
  return cleanName(typed) || fill(locale as Locale, resultMessages(locale).links.person, { number: index + 1 });
}

/** A cleaned name as part of a file name: lower-case letters and digits joined by "-", at most 40; '' for none. */
export function fileNamePart(name: string): string {
  return cleanName(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_NAME_LENGTH)
    .replace(/-+$/, '');
}

/** Whether everyone got the same recommendation, in a sentence for the screen and the Markdown. */
export function agreementLine(comparison: Pick<Comparison, 'agree'>, locale: string): string {
  const m = resultMessages(locale).compare;
  return comparison.agree ? m.agree : m.differ;
}

const sameAnswer = (a: Answer | undefined, b: Answer | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Compares 2 to 5 people's answers to one bank. Throws a RangeError for fewer or more
 * people: the caller decides how many to collect.
 */
export function compareResults(bank: Bank, people: readonly Person[]): Comparison {
  if (people.length < MIN_PEOPLE || people.length > MAX_PEOPLE)
    throw new RangeError(`compare ${MIN_PEOPLE} to ${MAX_PEOPLE} people, not ${people.length}`);
  const compared = people.map((person) => ({ ...person, evaluation: evaluate(bank, person.answers) }));
  const notAsked = resultMessages(bank.locale).compare.notAsked;

  const differences: Difference[] = [];
  for (const question of bank.questions) {
    const given = compared.map((person) => person.answers[question.id]);
    if (given.every((answer) => sameAnswer(answer, given[0]))) continue;
    const points = compared.map(
      (person) => person.evaluation.contributions.find((entry) => entry.question === question.id)?.points ?? {},
    );
    const spread = bank.dimensions.reduce((sum, dimension) => {
      const values = points.map((entry) => entry[dimension.id] ?? 0);
      return sum + Math.max(...values) - Math.min(...values);
    }, 0);
    differences.push({
      question: question.id,
      topic: question.topic,
      answers: compared.map((person) => ({
        label: person.label,
        answer: isShown(bank, person.answers, question.id)
          ? answerLabel(question, person.answers[question.id], bank.locale)
          : notAsked,
      })),
      spread: round1(spread),
    });
  }
  // Array.prototype.sort is stable, so equal spreads stay in bank order.
  differences.sort((a, b) => b.spread - a.spread);

  const dimensions = Object.fromEntries(
    bank.dimensions.map((dimension) => [
      dimension.id,
      round1(
        compared.reduce((sum, person) => sum + (person.evaluation.dimensions[dimension.id] ?? 0), 0) / compared.length,
      ),
    ]),
  );
  const combined = scorePoint(bank, dimensions);
  const first = compared[0]?.evaluation.outcome;
  return {
    people: compared,
    differences,
    agree: compared.every((person) => person.evaluation.outcome === first),
    combined: { outcome: combined.outcome, dimensions, fit: combined.fit },
  };
}

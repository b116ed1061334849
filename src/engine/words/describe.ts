import { fill, formatList, plural } from '../../i18n/format';
import type { Locale } from '../../i18n/languages';
import { resultMessages } from '../../i18n/registry';
import { UNSURE, type OutcomeId } from '../bank/constants';
import type { Answer, Bank, Outcome, Question } from '../bank/schema';

/** The advice messages in a locale (a bank's `locale`). */
const words = (locale: string) => resultMessages(locale).advice;

/** An answer in words, in the bank's language (`locale`): option labels, a number with its unit, or "Not sure". */
export function answerLabel(question: Question, answer: Answer | undefined, locale: string): string {
  const m = words(locale).answer;
  if (answer === undefined) return m.none;
  if (answer === UNSURE) return m.unsure;
  if (question.type === 'number')
    return typeof answer === 'number'
      ? plural(locale as Locale, m.number, answer, {
          value: answer,
          unit: question.unit,
          unitOne: question.unitOne ?? question.unit,
        })
      : String(answer);
  const ids = Array.isArray(answer) ? answer : [answer];
  return ids.map((id) => question.options.find((option) => option.id === id)?.label ?? String(id)).join(m.separator);
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

/** "What would change it" when no likely change was found: with too few answers, what is still open could. */
export function noChangeText(locale: string, status: 'ok' | 'tentative'): string {
  return status === 'tentative' ? words(locale).noChangeTentative : words(locale).noChange;
}

type Sureness = { changes: number; atLeast: boolean; closeCall?: boolean };

/** How settled the result is, in a word or three, from the engine's robustness. */
export function confidenceWord(robustness: Sureness, locale: string): string {
  const m = words(locale).confidence;
  if (robustness.closeCall) return m.closeCall;
  return robustness.changes <= 1 ? m.fairly : m.settled;
}

/** What the confidence rests on, in a plain sentence without a full stop. */
export function robustnessText(robustness: Sureness, locale: string): string {
  const m = words(locale).confidence;
  if (robustness.closeCall) return m.closeCallText;
  if (robustness.changes <= 1) return m.fairlyText;
  if (!robustness.atLeast) return m.twoText;
  return m.settledText;
}

/** "It rests on 17 of the 18 questions asked; 1 is “Not sure”": empty when every question shown is answered. */
export function restsOnText(
  coverage: { shown: number; answered: number; unsure: number; unanswered: number },
  locale: string,
): string {
  if (coverage.answered === coverage.shown) return '';
  const m = words(locale).confidence;
  const lang = locale as Locale;
  const parts = [
    coverage.unsure > 0 ? plural(lang, m.unsure, coverage.unsure) : '',
    coverage.unanswered > 0 ? plural(lang, m.unanswered, coverage.unanswered) : '',
  ].filter(Boolean);
  return fill(lang, m.restsOn, {
    answered: coverage.answered,
    shown: coverage.shown,
    parts: formatList(lang, parts),
  });
}

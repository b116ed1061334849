/**
 * The result as plain text for email and chat: the same wording as the Markdown summary,
 * without its markup, so nothing shows as escapes or asterisks when pasted.
 */
import { changeLines, confidenceLines, reasonWhich, runnerUpLine } from './advice';
import { noChangeText } from './describe';
import { headline, situationLine, leadLine, planDetails, planSentences } from './plan-words';
import type { Evaluation } from '../scoring/evaluate';
import { revisitPoints, topReasons } from './explain';
import type { Answers, Bank } from '../bank/schema';
import { documentDay } from './summary-markdown';
import { fill } from '../../i18n/format';
import type { Locale } from '../../i18n/languages';
import { resultMessages } from '../../i18n/registry';

/** `name`: whose answers these are, cleaned, as in the Markdown summary: the title names them; none for '' or absent. */
export function buildTextSummary(
  bank: Bank,
  answers: Answers,
  evaluation: Evaluation,
  date: Date,
  name?: string,
): string {
  const locale = bank.locale as Locale;
  const words = resultMessages(locale).documents;
  const t = words.text;
  const say = (message: string, values?: Record<string, string>) => fill(locale, message, values);
  const sure = confidenceLines(bank, evaluation);
  const lines = [
    say(name ? words.summary.titleNamed : words.summary.title, {
      headline: headline(bank, evaluation),
      name: name ?? '',
    }),
    ...(situationLine(bank, evaluation) ? [situationLine(bank, evaluation) ?? ''] : []),
    leadLine(bank, answers, evaluation),
    say(words.summary.howSure, { word: sure.word, text: sure.text }),
  ];
  const plan = planSentences(bank, evaluation);
  if (plan.length > 0)
    lines.push('', say(t.hiringPlan, { plan: plan.join(' ') }), ...planDetails(bank, evaluation).map((l) => `- ${l}`));
  const reasons = topReasons(bank, evaluation, 3);
  if (reasons.length > 0)
    lines.push(
      '',
      t.mainReasons,
      ...reasons.map((reason) => {
        const which = reasonWhich(reason, locale);
        const values = { topic: reason.topic, answer: reason.answer, which };
        return `- ${say(which ? words.summary.reasonWithEffect : words.summary.reason, values)}`;
      }),
    );
  const runnerUp = runnerUpLine(bank, evaluation);
  if (runnerUp) lines.push('', runnerUp);
  const changes = changeLines(bank, answers, evaluation);
  lines.push(
    '',
    t.whatWouldChange,
    ...(changes.length > 0
      ? changes.map((change) => `- ${change.text} → ${change.headline}`)
      : [`- ${noChangeText(locale, evaluation.status)}`]),
  );
  const revisit = revisitPoints(bank, evaluation, answers);
  if (revisit.length > 0) lines.push('', t.whenToRevisit, ...revisit.map((point) => `- ${point.when}`));
  const day = documentDay(locale, date);
  const made = { id: bank.id, version: bank.version };
  lines.push('', day ? say(t.madeWith, { ...made, date: day }) : say(t.madeWithNoDate, made));
  return `${lines.join('\n')}\n`;
}

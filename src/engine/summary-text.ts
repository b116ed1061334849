/**
 * The result as plain text for email and chat: the same wording as the Markdown summary,
 * without its markup, so nothing shows as escapes or asterisks when pasted.
 */
import {
  changeLines,
  confidenceLines,
  headline,
  situationLine,
  leadLine,
  planDetails,
  planSentences,
  reasonEffect,
  runnerUpLine,
} from './advice';
import { NO_CHANGE } from './describe';
import type { Evaluation } from './evaluate';
import { revisitPoints, topReasons } from './explain';
import type { Answers, Bank } from './schema';

export function buildTextSummary(bank: Bank, answers: Answers, evaluation: Evaluation, date: Date): string {
  const sure = confidenceLines(bank, evaluation);
  const lines = [
    `Role Fit result: ${headline(bank, evaluation)}`,
    ...(situationLine(bank, evaluation) ? [situationLine(bank, evaluation) ?? ''] : []),
    leadLine(bank, answers, evaluation),
    `How sure: ${sure.word}. ${sure.text}`,
  ];
  const plan = planSentences(bank, evaluation);
  if (plan.length > 0)
    lines.push('', `Hiring plan: ${plan.join(' ')}`, ...planDetails(bank, evaluation).map((l) => `- ${l}`));
  const reasons = topReasons(bank, evaluation, 3);
  if (reasons.length > 0)
    lines.push(
      '',
      'Main reasons:',
      ...reasons.map((reason) => {
        const effect = reasonEffect(reason);
        return `- ${reason.topic}: ${reason.answer}${effect ? `, which ${effect}` : ''}`;
      }),
    );
  const runnerUp = runnerUpLine(bank, evaluation);
  if (runnerUp) lines.push('', runnerUp);
  const changes = changeLines(bank, answers, evaluation);
  lines.push(
    '',
    'What would change it:',
    ...(changes.length > 0 ? changes.map((change) => `- ${change.text} → ${change.headline}`) : [`- ${NO_CHANGE}`]),
  );
  const revisit = revisitPoints(bank, evaluation, answers);
  if (revisit.length > 0) lines.push('', 'When to revisit:', ...revisit.map((point) => `- ${point.when}`));
  const day = Number.isNaN(date.getTime()) ? 'an unknown date' : date.toISOString().slice(0, 10);
  lines.push('', `Made with Role Fit on ${day} from question set ${bank.id} ${bank.version}.`);
  return `${lines.join('\n')}\n`;
}

/**
 * The result as plain text for email and chat: the same wording as the Markdown summary,
 * without its markup, so nothing shows as escapes or asterisks when pasted.
 */
import { leadLine, planDetails, planSentences, runnerUpLine } from './advice';
import { confidenceWord, outcomeById, robustnessText } from './describe';
import type { Evaluation } from './evaluate';
import { revisitPoints, topReasons } from './explain';
import type { Answers, Bank } from './schema';

export function buildTextSummary(bank: Bank, answers: Answers, evaluation: Evaluation, date: Date): string {
  const outcome = outcomeById(bank, evaluation.outcome);
  const sure = evaluation.status === 'tentative' ? 'Tentative' : confidenceWord(evaluation.robustness);
  const lines = [
    `Role Fit result: ${outcome.title}`,
    leadLine(bank, answers, evaluation),
    `How sure: ${sure}. ${robustnessText(evaluation.robustness)}.`,
  ];
  const plan = planSentences(bank, evaluation);
  if (plan.length > 0)
    lines.push('', `Hiring plan: ${plan.join(' ')}`, ...planDetails(bank, evaluation).map((l) => `- ${l}`));
  const reasons = topReasons(bank, evaluation, 3);
  if (reasons.length > 0)
    lines.push('', 'Main reasons:', ...reasons.map((reason) => `- ${reason.topic}: ${reason.answer}`));
  const runnerUp = runnerUpLine(bank, evaluation);
  if (runnerUp) lines.push('', runnerUp);
  const revisit = revisitPoints(bank, evaluation, answers);
  if (revisit.length > 0) lines.push('', 'When to revisit:', ...revisit.map((point) => `- ${point.when}`));
  const day = Number.isNaN(date.getTime()) ? 'an unknown date' : date.toISOString().slice(0, 10);
  lines.push('', `Made with Role Fit on ${day} from question set ${bank.id} ${bank.version}.`);
  return `${lines.join('\n')}\n`;
}

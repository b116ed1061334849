import {
  headline,
  situationLine,
  leadLine,
  planDetails,
  planSentences,
  runnerUpLine,
  ruledOut,
  ruledOutLines,
  changeLines,
  confidenceLines,
  outcomeById,
  type Answers,
  type Bank,
  type Evaluation,
} from '../src/engine';
import { noChangeText } from '../src/engine/words/describe';
import { formatScore } from '../src/engine/words/summary-markdown';
import { fill, plural } from '../src/i18n/format';
import type { Locale } from '../src/i18n/languages';
import { resultMessages } from '../src/i18n/registry';

/** A short, readable summary of a result for the terminal, in the bank's language. */
export function formatTextSummary(bank: Bank, result: Evaluation, answers: Answers): string {
  const locale = bank.locale as Locale;
  const words = resultMessages(locale).documents;
  const c = words.cli;
  const title = (id: Evaluation['outcome']) => outcomeById(bank, id).title;
  const score = (value: number) => formatScore(locale, value);
  const plan = planSentences(bank, result);
  const runnerUp = runnerUpLine(bank, result);
  const excluded = ruledOut(bank, result);
  const sure = confidenceLines(bank, result);
  const { coverage } = result;
  // Both tables in one pair of columns, as wide as the longest label and figure in this language.
  const fit = result.ranking.map((id) => [title(id), excluded.includes(id) ? c.ruledOut : score(result.fit[id])]);
  const dimensions = bank.dimensions.map((d) => [d.label, score(result.dimensions[d.id] ?? 0)]);
  const labelWidth = Math.max(...[...fit, ...dimensions].map(([label = '']) => label.length));
  const figureWidth = Math.max(...[...fit, ...dimensions].map(([, figure = '']) => figure.length));
  const row = ([label = '', figure = '']: string[]) => `  ${label.padEnd(labelWidth)}  ${figure.padStart(figureWidth)}`;
  const lines = [
    // The outcome id and status stay as they are: they are the JSON's values, the same in every language.
    fill(locale, c.recommendation, {
      headline: headline(bank, result),
      outcome: result.outcome,
      status: result.status,
    }),
    ...(situationLine(bank, result) ? [situationLine(bank, result) ?? ''] : []),
    leadLine(bank, answers, result),
    fill(locale, c.confidence, { word: sure.word, text: sure.text }),
    ...(plan.length > 0
      ? ['', c.plan, `  ${plan.join(' ')}`, ...planDetails(bank, result).map((line) => `  - ${line}`)]
      : []),
    ...(runnerUp ? ['', runnerUp] : []),
    ...ruledOutLines(bank, result),
    '',
    c.fit,
    ...fit.map(row),
    '',
    c.dimensions,
    ...dimensions.map(row),
    '',
    plural(locale, c.coverage, coverage.shown, { answered: coverage.answered, weight: coverage.weight }),
  ];
  const changes = changeLines(bank, answers, result);
  lines.push('', c.whatWouldChange);
  if (changes.length === 0) lines.push(`  ${noChangeText(locale, result.status)}`);
  for (const change of changes) lines.push(`  ${change.text} -> ${change.headline}`);
  return lines.join('\n');
}

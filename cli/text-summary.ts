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
  NO_CHANGE,
  type Answers,
  type Bank,
  type Evaluation,
} from '../src/engine';

/** A short, readable summary of a result for the terminal. */
export function formatTextSummary(bank: Bank, result: Evaluation, answers: Answers): string {
  const title = (id: Evaluation['outcome']) => outcomeById(bank, id).title;
  const plan = planSentences(bank, result);
  const runnerUp = runnerUpLine(bank, result);
  const excluded = ruledOut(bank, result);
  const lines = [
    `Recommendation: ${headline(bank, result)} (${result.outcome}, status ${result.status})`,
    ...(situationLine(bank, result) ? [situationLine(bank, result) ?? ''] : []),
    leadLine(bank, answers, result),
    `Confidence: ${confidenceLines(bank, result).word}. ${confidenceLines(bank, result).text}`,
    ...(plan.length > 0
      ? ['', 'Plan:', `  ${plan.join(' ')}`, ...planDetails(bank, result).map((line) => `  - ${line}`)]
      : []),
    ...(runnerUp ? ['', runnerUp] : []),
    ...ruledOutLines(bank, result),
    '',
    'Fit (100: where the answers lead; the lower, the more the answers would have to change):',
    ...result.ranking.map(
      (id) =>
        `  ${title(id).padEnd(48)} ${(excluded.includes(id) ? 'ruled out' : result.fit[id].toFixed(1)).padStart(9)}`,
    ),
    '',
    'Dimensions:',
    ...bank.dimensions.map((d) => `  ${d.label.padEnd(48)} ${(result.dimensions[d.id] ?? 0).toFixed(1).padStart(9)}`),
    '',
    `Coverage: ${result.coverage.answered} of ${result.coverage.shown} questions answered, ${result.coverage.weight}% of the weight`,
  ];
  const changes = changeLines(bank, answers, result);
  lines.push('', 'What would change it:');
  if (changes.length === 0) lines.push(`  ${NO_CHANGE}`);
  for (const change of changes) lines.push(`  ${change.text} -> ${change.headline}`);
  return lines.join('\n');
}

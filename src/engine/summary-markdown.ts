/**
 * The result as a Markdown document to paste into a doc, ticket or chat. Bank text and
 * answers are escaped, so a hostile bank or label can never produce a live link or HTML.
 */
import { bankHash } from './bank-hash';
import {
  changeLines,
  headline,
  headlineOf,
  situationLine,
  confidenceLines,
  jobPosts,
  leadLine,
  reasonEffect,
  openQuestionTitles,
  planDetails,
  planSentences,
  ruledOutLines,
  runnerUpLine,
} from './advice';
import { NO_CHANGE, answerLabel, outcomeById } from './describe';
import type { Evaluation } from './evaluate';
import { revisitPoints, ruledOut, topReasons } from './explain';
import type { Answers, Bank, OutcomeId } from './schema';
import { questionFlow } from './flow';

export interface MarkdownOptions {
  /** The date printed on the summary (its UTC day). */
  date: Date;
  /** How many reasons and changes to list; 5 unless told. */
  limit?: number;
}

// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** Schemes that could run code or leave the page when a renderer turns text into a link. */
const SCHEME = /\b(javascript|vbscript|data|file|https?|ftp|mailto)\s*:/gi;

/**
 * Plain text made inert in Markdown, escaping only what CommonMark (and GFM's tables,
 * strikethrough and autolinks) would read as syntax, so the text stays readable where it is
 * pasted as is: on one line; the characters that start emphasis, code, links, HTML, table
 * cells and strikethrough; an ampersand that would start an entity; a heading, quote or list
 * marker at the start; URL schemes broken so no renderer links them. Parentheses, "#", "+"
 * and "!" elsewhere are left alone: with every "[" escaped, nothing can make them a link.
 */
export function escapeMarkdown(text: string): string {
  // Control characters and line breaks become spaces: the text stays on the line it was put on.
  const oneLine = text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  const escaped = oneLine
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(SCHEME, (_, scheme: string) => `${scheme}\\:`)
    .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}\\.`);
  // At a line's start "# ", "- ", "+ ", "= " or "1. " would make a heading, a list or an underline.
  return escaped.replace(/^(#{1,6}|[-=+]|\d{1,9}[.)])(?=\s|$)/, '\\$1');
}

const dayOf = (date: Date): string => (Number.isNaN(date.getTime()) ? 'unknown date' : date.toISOString().slice(0, 10));

function table(caption: string, head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    caption,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/**
 * The whole result in Markdown: recommendation and how sure it is, fit and dimension scores,
 * main reasons, what would change it, what the hire does, when to revisit, a job-post
 * starter, every question with its answer, and the bank and date it came from.
 */
export function buildMarkdownSummary(
  bank: Bank,
  answers: Answers,
  evaluation: Evaluation,
  options: MarkdownOptions,
): string {
  const limit = options.limit ?? 5;
  const md = escapeMarkdown;
  const outcome = outcomeById(bank, evaluation.outcome);
  const title = (id: OutcomeId) => md(outcomeById(bank, id).title);
  const { coverage } = evaluation;
  const lines: string[] = [
    `# Role Fit result: ${md(headline(bank, evaluation))}`,
    '',
    `Question set ${md(bank.title)} (${md(bank.id)} ${md(bank.version)}), ${dayOf(options.date)}.`,
    '',
    '## Recommendation',
    '',
    `**${md(headline(bank, evaluation))}.** ${md([situationLine(bank, evaluation), leadLine(bank, answers, evaluation)].filter(Boolean).join(' '))}`,
    '',
    ...(evaluation.status === 'tentative'
      ? [
          `Tentative: under half of what the questions can weigh is answered. These would matter most: ${openQuestionTitles(bank, evaluation).map(md).join('; ')}.`,
          '',
        ]
      : []),
    `How sure: ${md(confidenceLines(bank, evaluation).word)}. ${md(confidenceLines(bank, evaluation).text)}`,
    '',
    ...(evaluation.plan
      ? [
          '## Hiring plan',
          '',
          md(planSentences(bank, evaluation).join(' ')),
          '',
          ...planDetails(bank, evaluation).map((line) => `- ${md(line)}`),
          '',
        ]
      : []),
    `${coverage.answered} of ${coverage.shown} questions answered, ${coverage.unsure} “Not sure”, ${coverage.weight}% of what the questions can weigh.`,
    '',
    '## Fit scores',
    '',
    ...table(
      'How well each option fits, out of 100: 100 is where the answers lead, and the further an option is from 100, the more the answers would have to change to reach it.',
      ['Option', 'Fit'],
      evaluation.ranking.map((id) => [
        id === evaluation.outcome ? `**${title(id)}**` : title(id),
        ruledOut(bank, evaluation).includes(id) ? 'ruled out' : evaluation.fit[id].toFixed(1),
      ]),
    ),
    '',
    '## Dimension scores',
    '',
    ...table(
      'Where the company stands on each dimension, out of 100:',
      ['Dimension', 'Score'],
      bank.dimensions.map((dimension) => [md(dimension.label), (evaluation.dimensions[dimension.id] ?? 0).toFixed(1)]),
    ),
    '',
  ];
  for (const dimension of bank.dimensions) lines.push(`- **${md(dimension.label)}**: ${md(dimension.description)}`);

  lines.push('', '## Main reasons', '');
  const reasons = topReasons(bank, evaluation, limit);
  if (reasons.length === 0) lines.push('No single answer stood out.');
  for (const reason of reasons) {
    const effect = reasonEffect(reason);
    lines.push(`- **${md(reason.topic)}**: ${md(reason.answer)}${effect ? `, which ${effect}` : ''}.`);
  }

  const runnerUp = runnerUpLine(bank, evaluation);
  if (runnerUp) lines.push('', md(runnerUp));
  for (const line of ruledOutLines(bank, evaluation)) lines.push('', md(line));

  lines.push('', '## What would change it', '');
  const changes = changeLines(bank, answers, evaluation);
  if (changes.length === 0) lines.push(NO_CHANGE);
  for (const change of changes) lines.push(`- ${md(change.text)} → **${md(change.headline)}**`);

  lines.push('', `## What the role does`, '', md(outcome.summary), '', '**Responsibilities**', '');
  for (const item of outcome.responsibilities) lines.push(`- ${md(item)}`);
  lines.push('', '**Skills to hire for**', '');
  for (const item of outcome.skills) lines.push(`- ${md(item)}`);

  lines.push('', '## When to revisit', '');
  const revisit = revisitPoints(bank, evaluation, answers);
  if (revisit.length === 0) lines.push('None of the answers that could change soon would alter this on its own.');
  for (const point of revisit)
    lines.push(
      `- ${md(point.when)} (${md(point.topic)}, now ${md(point.now)}): this could lead to ${[...new Set(point.changes.map((change) => md(headlineOf(bank, change.outcome, change.hires))))].join(' or ')}.`,
    );

  const posts = jobPosts(bank, evaluation);
  lines.push('', posts.length > 1 ? '## Job post starters' : '## Job post starter', '');
  lines.push('A draft to adapt: add your company, team, location and how you work.');
  for (const post of posts)
    lines.push(
      '',
      `### ${md(post.title)}`,
      '',
      `**About the role.** ${md(post.about)}`,
      '',
      '**What you will do**',
      '',
      ...post.duties.map((item) => `- ${md(item)}`),
      '',
      '**What you bring**',
      '',
      ...post.skills.map((item) => `- ${md(item)}`),
    );
  lines.push('', '## Your answers', '');
  const shown = new Set(questionFlow(bank, answers).ids);
  lines.push(
    ...table(
      'Every question, in the order asked:',
      ['Question', 'Answer'],
      bank.questions.map((question) => [
        `**${md(question.topic)}**: ${md(question.title)}`,
        shown.has(question.id) ? md(answerLabel(question, answers[question.id])) : 'Not asked (did not apply)',
      ]),
    ),
    '',
    '---',
    '',
    `Made with Role Fit on ${dayOf(options.date)} from question set ${md(bank.id)} version ${md(bank.version)} (content ${bankHash(bank)}). The result is advice from your answers, not a verdict.`,
    '',
  );
  return lines.join('\n');
}

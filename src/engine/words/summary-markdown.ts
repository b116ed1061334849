/**
 * The result as a Markdown document to paste into a doc, ticket or chat. Bank text and
 * answers are escaped, so a hostile bank or label can never produce a live link or HTML.
 */
import { bankHash } from '../bank/bank-hash';
import {
  changeLines,
  confidenceLines,
  jobPosts,
  reasonWhich,
  openQuestionTitles,
  ruledOutLines,
  runnerUpLine,
} from './advice';
import { headline, headlineOf, situationLine, leadLine, planDetails, planSentences } from './plan-words';
import { answerLabel, noChangeText, outcomeById } from './describe';
import type { Evaluation } from '../scoring/evaluate';
import { revisitPoints, ruledOut, topReasons } from './explain';
import type { Answers, Bank, OutcomeId } from '../bank/schema';
import { questionFlow } from '../scoring/flow';
import { fill, formatDay, formatList, plural, type Values } from '../../i18n/format';
import type { Locale } from '../../i18n/languages';
import { resultMessages } from '../../i18n/registry';

export interface MarkdownOptions {
  /** The date printed on the summary (its UTC day). */
  date: Date;
  /** How many reasons and changes to list; 5 unless told. */
  limit?: number;
  /** Whose answers these are, cleaned (src/engine/scoring/compare.ts cleanName): the title names them; none for '' or absent. */
  name?: string;
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

/** The day a document was made, written the language's way; undefined for a date that is not one. */
export function documentDay(locale: Locale, date: Date): string | undefined {
  return Number.isNaN(date.getTime()) ? undefined : formatDay(locale, date);
}

const scoreFormats = new Map<string, Intl.NumberFormat>();

/** A score out of 100 with one decimal, the language's way: "72.5", "72,5". */
export function formatScore(locale: Locale, value: number): string {
  let format = scoreFormats.get(locale);
  if (!format)
    scoreFormats.set(
      locale,
      (format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })),
    );
  return format.format(value);
}

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
  const locale = bank.locale as Locale;
  const words = resultMessages(locale).documents;
  const m = words.markdown;
  const say = (message: string, values?: Values) => fill(locale, message, values);
  const score = (value: number) => formatScore(locale, value);
  const day = documentDay(locale, options.date);
  const outcome = outcomeById(bank, evaluation.outcome);
  const title = (id: OutcomeId) => md(outcomeById(bank, id).title);
  const sure = confidenceLines(bank, evaluation);
  const { coverage } = evaluation;
  const lines: string[] = [
    `# ${say(options.name ? words.summary.titleNamed : words.summary.title, { headline: md(headline(bank, evaluation)), name: md(options.name ?? '') })}`,
    '',
    say(m.questionSet, {
      title: md(bank.title),
      id: md(bank.id),
      version: md(bank.version),
      date: day ?? words.unknownDate,
    }),
    '',
    `## ${m.recommendation}`,
    '',
    `**${md(headline(bank, evaluation))}.** ${md([situationLine(bank, evaluation), leadLine(bank, answers, evaluation)].filter(Boolean).join(' '))}`,
    '',
    ...(evaluation.status === 'tentative'
      ? [say(m.tentative, { questions: openQuestionTitles(bank, evaluation).map(md).join('; ') }), '']
      : []),
    say(words.summary.howSure, { word: md(sure.word), text: md(sure.text) }),
    '',
    ...(evaluation.plan
      ? [
          `## ${m.hiringPlan}`,
          '',
          md(planSentences(bank, evaluation).join(' ')),
          '',
          ...planDetails(bank, evaluation).map((line) => `- ${md(line)}`),
          '',
        ]
      : []),
    plural(locale, m.coverage, coverage.shown, {
      answered: coverage.answered,
      unsure: coverage.unsure,
      weight: coverage.weight,
    }),
    '',
    `## ${m.fitScores}`,
    '',
    ...table(
      m.fitCaption,
      [m.option, m.fit],
      evaluation.ranking.map((id) => [
        id === evaluation.outcome ? `**${title(id)}**` : title(id),
        ruledOut(bank, evaluation).includes(id) ? m.ruledOut : score(evaluation.fit[id]),
      ]),
    ),
    '',
    `## ${m.dimensionScores}`,
    '',
    ...table(
      m.dimensionCaption,
      [m.dimension, m.score],
      bank.dimensions.map((dimension) => [md(dimension.label), score(evaluation.dimensions[dimension.id] ?? 0)]),
    ),
    '',
  ];
  for (const dimension of bank.dimensions) lines.push(`- **${md(dimension.label)}**: ${md(dimension.description)}`);

  lines.push('', `## ${m.mainReasons}`, '');
  const reasons = topReasons(bank, evaluation, limit);
  if (reasons.length === 0) lines.push(m.noReason);
  for (const reason of reasons) {
    const which = reasonWhich(reason, locale);
    const values = { topic: `**${md(reason.topic)}**`, answer: md(reason.answer), which: md(which) };
    lines.push(`- ${say(which ? words.summary.reasonWithEffect : words.summary.reason, values)}.`);
  }

  const runnerUp = runnerUpLine(bank, evaluation);
  if (runnerUp) lines.push('', md(runnerUp));
  for (const line of ruledOutLines(bank, evaluation)) lines.push('', md(line));

  lines.push('', `## ${m.whatWouldChange}`, '');
  const changes = changeLines(bank, answers, evaluation);
  if (changes.length === 0) lines.push(md(noChangeText(locale, evaluation.status)));
  for (const change of changes) lines.push(`- ${md(change.text)} → **${md(change.headline)}**`);

  lines.push('', `## ${m.whatTheRoleDoes}`, '', md(outcome.summary), '', `**${m.responsibilities}**`, '');
  for (const item of outcome.responsibilities) lines.push(`- ${md(item)}`);
  lines.push('', `**${m.skills}**`, '');
  for (const item of outcome.skills) lines.push(`- ${md(item)}`);

  lines.push('', `## ${m.whenToRevisit}`, '');
  const revisit = revisitPoints(bank, evaluation, answers);
  if (revisit.length === 0) lines.push(m.noRevisit);
  for (const point of revisit) {
    const outcomes = [...new Set(point.changes.map((change) => md(headlineOf(bank, change.outcome, change.hires))))];
    const values = { when: md(point.when), topic: md(point.topic), now: md(point.now) };
    lines.push(`- ${say(m.revisitPoint, { ...values, outcomes: formatList(locale, outcomes, 'or') })}`);
  }

  const posts = jobPosts(bank, evaluation);
  lines.push('', `## ${plural(locale, m.jobPostStarters, Math.max(1, posts.length))}`, '');
  lines.push(m.jobPostIntro);
  for (const post of posts)
    lines.push(
      '',
      `### ${md(post.title)}`,
      '',
      `**${m.aboutTheRole}** ${md(post.about)}`,
      '',
      `**${m.whatYouWillDo}**`,
      '',
      ...post.duties.map((item) => `- ${md(item)}`),
      '',
      `**${m.whatYouBring}**`,
      '',
      ...post.skills.map((item) => `- ${md(item)}`),
    );
  lines.push('', `## ${m.yourAnswers}`, '');
  const shown = new Set(questionFlow(bank, answers).ids);
  const made = { date: day ?? '', id: md(bank.id), version: md(bank.version), hash: bankHash(bank) };
  lines.push(
    ...table(
      m.answersCaption,
      [m.question, m.answer],
      bank.questions.map((question) => [
        `**${md(question.topic)}**: ${md(question.title)}`,
        shown.has(question.id) ? md(answerLabel(question, answers[question.id], locale)) : m.notAsked,
      ]),
    ),
    '',
    '---',
    '',
    say(day ? m.madeWith : m.madeWithNoDate, made),
    '',
  );
  return lines.join('\n');
}

/**
 * A comparison as a Markdown document to paste into a doc, ticket or chat: each person's
 * result, every question they answered differently, and the recommendation for the group.
 * Names, bank text and answers are escaped, so no name can produce a live link or HTML.
 */
import { planLine } from './advice';
import { bankHash } from './bank-hash';
import { GROUP_PLAN_LINE, agreementLine, type Comparison } from './compare';
import { outcomeById } from './describe';
import type { Bank } from './schema';
import { escapeMarkdown as md } from './summary-markdown';

export interface ComparisonMarkdownOptions {
  /** The date printed on the document (its UTC day). */
  date: Date;
  /** The comparison link, to open the comparison again; left out unless it is an http(s) address. */
  link?: string;
}

const dayOf = (date: Date): string => (Number.isNaN(date.getTime()) ? 'unknown date' : date.toISOString().slice(0, 10));

/** An address safe to write as a Markdown autolink: http(s), nothing that could end the link early. */
const SAFE_LINK = /^https?:\/\/[^\s<>"'`\\]+$/;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/**
 * The whole comparison in Markdown: the people and their recommendations, plans and
 * dimension scores with the group's row, all the differences (largest spread first), the
 * recommendation for everyone together, and the bank and date it came from.
 */
export function buildComparisonMarkdown(
  bank: Bank,
  comparison: Comparison,
  options: ComparisonMarkdownOptions,
): string {
  const { people, differences, combined } = comparison;
  const title = (id: Comparison['combined']['outcome']) => md(outcomeById(bank, id).title);
  const score = (value: number | undefined) => String(Math.round(value ?? 0));
  const names = people.map((person) => md(person.label));
  const lines: string[] = [
    // One verdict in the title only when everyone got it on their own answers.
    comparison.agree
      ? `# Role Fit comparison: ${title(combined.outcome)}`
      : `# Role Fit comparison: different recommendations`,
    '',
    `Question set ${md(bank.title)} (${md(bank.id)} ${md(bank.version)}), ${dayOf(options.date)}. ${people.length} people: ${names.join(', ')}.`,
    '',
    '## Each person’s result',
    '',
    `Recommendation${bank.plan ? ', hiring plan' : ''} and dimension scores (0 to 100) for each person:`,
    '',
    ...table(
      ['Person', 'Recommendation', ...(bank.plan ? ['Plan'] : []), ...bank.dimensions.map((d) => md(d.label))],
      [
        ...people.map((person, index) => [
          names[index] ?? '',
          title(person.evaluation.outcome),
          ...(bank.plan ? [md(planLine(bank, person.evaluation))] : []),
          ...bank.dimensions.map((d) => score(person.evaluation.dimensions[d.id])),
        ]),
        [
          '**Everyone together**',
          `**${title(combined.outcome)}**`,
          ...(bank.plan ? [GROUP_PLAN_LINE] : []),
          ...bank.dimensions.map((d) => score(combined.dimensions[d.id])),
        ],
      ],
    ),
    '',
    '## Where you differ most',
    '',
  ];
  if (differences.length === 0) lines.push('Everyone gave the same answers.');
  else
    lines.push(
      `${differences.length === 1 ? 'The question' : `All ${differences.length} questions`} answered differently, the ones that move the scores most first:`,
      '',
      ...table(
        ['Question', ...names],
        differences.map((difference) => [md(difference.topic), ...difference.answers.map((entry) => md(entry.answer))]),
      ),
    );
  lines.push('', '## Together', '', `**${title(combined.outcome)}.** ${agreementLine(comparison)}`, '');
  if (options.link !== undefined && SAFE_LINK.test(options.link))
    lines.push(`Open this comparison in Role Fit: <${options.link}>`, '');
  lines.push(
    '---',
    '',
    `Made with Role Fit on ${dayOf(options.date)} from question set ${md(bank.id)} version ${md(bank.version)} (content ${bankHash(bank)}). The result is advice from the answers, not a verdict.`,
    '',
  );
  return lines.join('\n');
}

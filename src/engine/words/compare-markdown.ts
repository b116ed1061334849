/**
 * A comparison as a Markdown document to paste into a doc, ticket or chat: each person's
 * result, every question they answered differently, and the recommendation for the group.
 * Names, bank text and answers are escaped, so no name can produce a live link or HTML.
 */
import { planLine } from './plan-words';
import { bankHash } from '../bank/bank-hash';
import { agreementLine, type Comparison } from '../scoring/compare';
import { outcomeById } from './describe';
import type { Bank } from '../bank/schema';
import { escapeMarkdown as md } from './summary-markdown';
import { fill, formatDay, formatList, plural } from '../../i18n/format';
import type { Locale } from '../../i18n/languages';
import { resultMessages } from '../../i18n/registry';

export interface ComparisonMarkdownOptions {
  /** The date printed on the document (its UTC day). */
  date: Date;
  /** The comparison link, to open the comparison again; left out unless it is an http(s) address. */
  link?: string;
}

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
  const locale = bank.locale as Locale;
  const m = resultMessages(locale).compare;
  const t = m.markdown;
  const day = Number.isNaN(options.date.getTime()) ? t.unknownDate : formatDay(locale, options.date);
  const title = (id: Comparison['combined']['outcome']) => md(outcomeById(bank, id).title);
  const score = (value: number | undefined) => String(Math.round(value ?? 0));
  const names = people.map((person) => md(person.label));
  const lines: string[] = [
    // One verdict in the title only when everyone got it on their own answers.
    comparison.agree ? fill(locale, t.titleAgree, { outcome: title(combined.outcome) }) : t.titleDiffer,
    '',
    plural(locale, t.intro, people.length, {
      title: md(bank.title),
      id: md(bank.id),
      version: md(bank.version),
      date: day,
      names: formatList(locale, names),
    }),
    '',
    t.peopleTitle,
    '',
    bank.plan ? t.tableIntroPlan : t.tableIntro,
    '',
    ...table(
      [t.person, t.recommendation, ...(bank.plan ? [t.plan] : []), ...bank.dimensions.map((d) => md(d.label))],
      [
        ...people.map((person, index) => [
          names[index] ?? '',
          title(person.evaluation.outcome),
          ...(bank.plan ? [md(planLine(bank, person.evaluation))] : []),
          ...bank.dimensions.map((d) => score(person.evaluation.dimensions[d.id])),
        ]),
        [
          t.everyone,
          `**${title(combined.outcome)}**`,
          ...(bank.plan ? [m.groupPlan] : []),
          ...bank.dimensions.map((d) => score(combined.dimensions[d.id])),
        ],
      ],
    ),
    '',
    t.differencesTitle,
    '',
  ];
  if (differences.length === 0) lines.push(t.sameAnswers);
  else
    lines.push(
      plural(locale, t.differencesIntro, differences.length),
      '',
      ...table(
        [t.question, ...names],
        differences.map((difference) => [md(difference.topic), ...difference.answers.map((entry) => md(entry.answer))]),
      ),
    );
  lines.push('', t.togetherTitle, '', `**${title(combined.outcome)}.** ${agreementLine(comparison, locale)}`, '');
  if (options.link !== undefined && SAFE_LINK.test(options.link))
    lines.push(fill(locale, t.openLink, { link: options.link }), '');
  lines.push(
    '---',
    '',
    fill(locale, t.footer, { date: day, id: md(bank.id), version: md(bank.version), hash: bankHash(bank) }),
    '',
  );
  return lines.join('\n');
}

/**
 * The hiring kits as one Markdown document for a hiring manager: per role, the intake
 * checklist, the scorecard and the interview questions. Every kit and bank text is escaped.
 */
import type { RoleKit } from '../scoring/hiring-kit';
import { documentDay, escapeMarkdown as md } from './summary-markdown';
import { fill, plural } from '../../i18n/format';
import type { Locale } from '../../i18n/languages';
import { resultMessages } from '../../i18n/registry';

export interface KitMarkdownOptions {
  /** The date printed on the kit (its UTC day). */
  date: Date;
  /** The language of the kit (its bank's `locale`); English unless told. */
  locale?: string;
}

/** The kits in Markdown; a short note instead when there are none (a tentative result). */
export function buildHiringKitMarkdown(kits: readonly RoleKit[], options: KitMarkdownOptions): string {
  const locale = (options.locale ?? 'en') as Locale;
  const k = resultMessages(locale).documents.kit;
  const day = documentDay(locale, options.date);
  const lines = [
    `# ${plural(locale, k.title, Math.max(1, kits.length))}`,
    '',
    day ? fill(locale, k.madeWith, { date: day }) : k.madeWithNoDate,
  ];
  if (kits.length === 0) lines.push('', k.none);
  for (const kit of kits) {
    const checklist = (title: string, items: readonly string[]) =>
      items.length === 0 ? [] : ['', `**${title}**`, '', ...items.map((item) => `- [ ] ${md(item)}`)];
    lines.push(
      '',
      `## ${md(kit.title)}`,
      '',
      fill(locale, k.hiring, { people: md(kit.people) }),
      '',
      `### ${k.intake}`,
      ...checklist(k.owns, kit.intake.owns),
      ...checklist(k.workWith, kit.intake.workWith),
      ...checklist(k.success, kit.intake.success),
      '',
      `### ${k.scorecard}`,
      '',
      k.scorecardHelp,
      '',
      `| ${[k.attribute, k.weak, k.fair, k.good, k.strong].join(' | ')} |`,
      '| --- | --- | --- | --- | --- |',
      ...kit.scorecard.map(
        (attribute) =>
          `| **${md(attribute.name)}**: ${md(attribute.means)} | ${md(attribute.weak)} | ${md(attribute.fair)} | ${md(attribute.good)} | ${md(attribute.strong)} |`,
      ),
      '',
      `### ${k.interviewQuestions}`,
      '',
      ...kit.questions.map((question, i) => {
        const values = { attribute: md(question.attributeName), because: md(question.because ?? '') };
        return `${i + 1}. ${md(question.text)} *(${fill(locale, question.because ? k.testsBecause : k.tests, values)})*`;
      }),
    );
  }
  lines.push('');
  return lines.join('\n');
}

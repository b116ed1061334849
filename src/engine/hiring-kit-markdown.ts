/**
 * The hiring kits as one Markdown document for a hiring manager: per role, the intake
 * checklist, the scorecard and the interview questions. Every kit and bank text is escaped.
 */
import type { RoleKit } from './hiring-kit';
import { escapeMarkdown as md } from './summary-markdown';

export interface KitMarkdownOptions {
  /** The date printed on the kit (its UTC day). */
  date: Date;
}

const dayOf = (date: Date): string => (Number.isNaN(date.getTime()) ? 'unknown date' : date.toISOString().slice(0, 10));

/** The kits in Markdown; a short note instead when there are none (a tentative result). */
export function buildHiringKitMarkdown(kits: readonly RoleKit[], options: KitMarkdownOptions): string {
  const lines = [
    kits.length > 1 ? '# Hiring kits' : '# Hiring kit',
    '',
    `Made with Role Fit on ${dayOf(options.date)} from your answers. Adapt it to your company before the first interview.`,
  ];
  if (kits.length === 0)
    lines.push('', 'No kit yet: the result is tentative. Answer more questions to get a recommendation and its kit.');
  for (const kit of kits) {
    const checklist = (title: string, items: readonly string[]) =>
      items.length === 0 ? [] : ['', `**${title}**`, '', ...items.map((item) => `- [ ] ${md(item)}`)];
    lines.push(
      '',
      `## ${md(kit.title)}`,
      '',
      `Hiring ${md(kit.people)}.`,
      '',
      '### Intake checklist for the hiring manager',
      ...checklist('What the hire owns', kit.intake.owns),
      ...checklist('Who they work with', kit.intake.workWith),
      ...checklist('What success looks like after 90 days', kit.intake.success),
      '',
      '### Scorecard',
      '',
      'Rate each attribute weak, fair, good or strong, from what the candidate showed, before talking with the other interviewers.',
      '',
      '| Attribute | Weak | Fair | Good | Strong |',
      '| --- | --- | --- | --- | --- |',
      ...kit.scorecard.map(
        (attribute) =>
          `| **${md(attribute.name)}**: ${md(attribute.means)} | ${md(attribute.weak)} | ${md(attribute.fair)} | ${md(attribute.good)} | ${md(attribute.strong)} |`,
      ),
      '',
      '### Interview questions',
      '',
      ...kit.questions.map(
        (question, i) =>
          `${i + 1}. ${md(question.text)} *(${md(question.attributeName)}${question.because ? `; asked because: ${md(question.because)}` : ''})*`,
      ),
    );
  }
  lines.push('');
  return lines.join('\n');
}

/**
 * The result's wording, said once for the result screen, the Markdown summary and the
 * command line: the first line, the hiring plan, why the runner-up lost. Every sentence is
 * chosen or composed from the answers, so it holds for this company.
 */
import { allHold, compileBank } from './compile';
import { whyNotLine } from './decide';
import { outcomeById, questionById } from './describe';
import type { Evaluation } from './evaluate';
import { ruledOut } from './explain';
import type { Hire, HiringPlan } from './plan';
import type { Answers, Bank, OutcomeId, Role } from './schema';

function roleOf(bank: Bank, id: string): Role {
  const role = bank.plan?.roles.find((candidate) => candidate.id === id);
  if (!role) throw new Error(`no role "${id}" in ${bank.id}`);
  return role;
}

const article = (word: string) => (/^[AEIOU]/.test(word) ? 'an' : 'a');

/** "a Senior Product Owner", "3 Senior Product Owners". */
export function peopleText(bank: Bank, hire: { role: string; title: string; count: number }): string {
  const role = roleOf(bank, hire.role);
  if (hire.count === 1) return `${article(hire.title)} ${hire.title}`;
  // Titles name the role ("Senior Product Owner"); the plural swaps the role's name for its plural.
  const title = hire.title.endsWith(role.name)
    ? `${hire.title.slice(0, -role.name.length)}${role.plural}`
    : `${hire.title}s`;
  return `${hire.count} ${title}`;
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** The result's first line: not enough answers, no urgent gap, or the outcome's line that holds for these answers. */
export function leadLine(bank: Bank, answers: Answers, evaluation: Evaluation): string {
  const outcome = outcomeById(bank, evaluation.outcome);
  if (evaluation.status === 'tentative')
    return `Not enough answers to recommend yet. So far the answers lean towards: ${outcome.title}.`;
  const first = evaluation.plan?.needs[0];
  if (evaluation.plan?.noPressingGap && first)
    return `No urgent gap: none of your answers shows strain or work without an owner. If you add one product hire, make it ${peopleText(bank, { ...first, count: 1 })}.`;
  const variant = outcome.variants?.find((candidate) => allHold(bank, answers, candidate.all));
  return variant?.tagline ?? outcome.lead ?? outcome.tagline;
}

/** Why the bigger gap is hired first, in words: the scores themselves stay in the details. */
function orderReason(bank: Bank, evaluation: Evaluation, plan: HiringPlan): string | undefined {
  const [first, second] = plan.needs;
  if (!first || !second) return undefined;
  const a = roleOf(bank, first.role);
  const b = roleOf(bank, second.role);
  const label = (id: string) => bank.dimensions.find((d) => d.id === id)?.label.toLowerCase() ?? id;
  const score = (id: string) => Math.round(evaluation.dimensions[id] ?? 0);
  return score(a.dimension) === score(b.dimension)
    ? `${label(a.dimension)} and ${label(b.dimension)} are level, so either can come first`
    : `${label(a.dimension)} is the bigger gap`;
}

/** The plan in one or two sentences: who to hire now, who later, and why in that order. */
export function planSentences(bank: Bank, evaluation: Evaluation): string[] {
  const plan = evaluation.plan;
  if (!plan) return [];
  const now = plan.hires.filter((hire) => hire.when === 'now');
  const later = plan.hires.filter((hire) => hire.when === 'later');
  const names = (hires: readonly Hire[]) => joinAnd(hires.map((hire) => peopleText(bank, hire)));
  const sentences: string[] = [];
  const first = now[0];
  const reason = orderReason(bank, evaluation, plan);
  const firstRole = first && roleOf(bank, first.role);
  if (plan.noPressingGap && first && firstRole)
    sentences.push(
      first.partTime
        ? `Nothing is urgent: when you do hire, a part-time, fractional or contract ${first.title} can cover ${firstRole.covers}.`
        : `Nothing is urgent: when you do hire, start with ${names(now)}.`,
    );
  else if (first?.partTime && firstRole)
    sentences.push(
      `With less than one full salary, bring in a part-time, fractional or contract ${first.title} for ${firstRole.covers}${reason ? `: ${reason}` : ''}.`,
    );
  else if (now.length === 1 && later.length > 0 && reason) sentences.push(`Hire ${names(now)} now: ${reason}.`);
  else sentences.push(`Hire ${names(now)} now.`);
  if (later.length > 0) sentences.push(`Add ${names(later)} when the budget allows.`);
  const hiredNow = now.reduce((sum, hire) => sum + hire.count, 0);
  if (hiredNow > 2 && !first?.partTime)
    sentences.push(`That is ${hiredNow} people: phase them in as this year's budget allows.`);
  if (now.length > 1 && reason && firstRole)
    sentences.push(
      `If they cannot all start at once, begin with the ${first.count > 1 ? firstRole.plural : firstRole.name}: ${reason}.`,
    );
  if (plan.salaries === null)
    sentences.push('The budget was not given, so this is the whole need, not what you can afford.');
  if (evaluation.status === 'tentative') sentences[0] = `If the answers so far hold: ${sentences[0] ?? ''}`;
  return sentences;
}

/** "now a Product Manager; later 2 Product Owners": the plan on one line, for tables and the command line. */
export function planLine(bank: Bank, result: Evaluation): string {
  const hires = result.plan?.hires ?? [];
  return (
    hires.map((hire) => `${hire.when} ${peopleText(bank, hire)}${hire.partTime ? ' (part-time)' : ''}`).join('; ') ||
    '-'
  );
}

/** Each role needed, with what it covers and why that many: for the plan's details. */
export function planDetails(bank: Bank, evaluation: Evaluation): string[] {
  return (evaluation.plan?.needs ?? []).map((need) => {
    const role = roleOf(bank, need.role);
    const note = role.headcount && need.count > 1 ? ` (${role.headcount.note})` : '';
    return `${peopleText(bank, need)}: ${role.covers}${note}.`;
  });
}

/** One line on why the option that came second did not win. */
export function runnerUpLine(bank: Bank, evaluation: Evaluation): string | undefined {
  const runnerUp = evaluation.ranking[1];
  if (!runnerUp) return undefined;
  const title = outcomeById(bank, runnerUp).title;
  const excludedBy = (bank.rules ?? []).find(
    (rule) => evaluation.rules.includes(rule.id) && rule.exclude.includes(runnerUp),
  );
  if (excludedBy) return `Not “${title}”: ${excludedBy.because}`;
  const compiled = compileBank(bank);
  const dims = compiled.dimensionIds.map((id) => evaluation.dimensions[id] ?? 0);
  const at = (id: OutcomeId) => compiled.outcomes.findIndex((outcome) => outcome.id === id);
  return `Not “${title}”: ${whyNotLine(compiled, dims, at(evaluation.outcome), at(runnerUp))}`;
}

/** One line for each option a rule set aside, other than the runner-up (`runnerUpLine` covers it). */
export function ruledOutLines(bank: Bank, evaluation: Evaluation): string[] {
  return ruledOut(bank, evaluation)
    .filter((id) => id !== evaluation.ranking[1])
    .map((id) => {
      const rule = (bank.rules ?? []).find((r) => evaluation.rules.includes(r.id) && r.exclude.includes(id));
      return `Not “${outcomeById(bank, id).title}”: ${rule?.because ?? ''}`;
    });
}

/** The questions whose answers would matter most, by their titles: for a tentative result. */
export function openQuestionTitles(bank: Bank, evaluation: Evaluation): string[] {
  return evaluation.open.map((id) => questionById(bank, id).title);
}

export interface JobPost {
  role: string;
  /** The suggested job title, and how many to hire in all. */
  title: string;
  count: number;
  about: string;
  duties: readonly string[];
  skills: readonly string[];
}

/** One job-post starter per role the plan needs, most urgent first: each can be posted on its own. */
export function jobPosts(bank: Bank, evaluation: Evaluation): JobPost[] {
  if (!evaluation.plan) {
    // A bank without a plan: one post from the recommended outcome's own words.
    const outcome = outcomeById(bank, evaluation.outcome);
    const { summary: about, responsibilities: duties, skills } = outcome;
    return [{ role: outcome.id, title: outcome.title, count: 1, about, duties, skills }];
  }
  return evaluation.plan.needs.map((need) => {
    const source = outcomeById(bank, roleOf(bank, need.role).post);
    return {
      role: need.role,
      title: need.title,
      count: need.count,
      about: source.summary,
      duties: source.responsibilities,
      skills: source.skills,
    };
  });
}

/** A job post as plain text, to paste into a careers page or an email. */
export function jobPostText(post: JobPost): string {
  return [
    post.title,
    '',
    `About the role: ${post.about}`,
    '',
    'What you will do:',
    ...post.duties.map((item) => `- ${item}`),
    '',
    'What you bring:',
    ...post.skills.map((item) => `- ${item}`),
  ].join('\n');
}

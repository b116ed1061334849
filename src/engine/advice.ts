/**
 * The result's wording, said once for the result screen, the Markdown summary and the
 * command line: the first line, the hiring plan, why the runner-up lost. Every sentence is
 * chosen or composed from the answers, so it holds for this company.
 */
import { allHold, compileBank } from './compile';
import { whyNotLine } from './decide';
import { answerLabel, confidenceWord, outcomeById, questionById, restsOnText, robustnessText } from './describe';
import type { Evaluation } from './evaluate';
import { describeChange, ruledOut, type Reason } from './explain';
import type { Hire, HiringPlan, Need } from './plan';
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

/**
 * The result's heading: the outcome's title, or, where the plan hires less than the outcome
 * names (someone in place keeps a half, or owns it), what the plan does hire; "No new hire
 * needed" for a plan with nobody to hire.
 */
export function headlineOf(bank: Bank, outcome: OutcomeId, hires: readonly Hire[]): string {
  const title = outcomeById(bank, outcome).title;
  const plan = bank.plan;
  if (!plan) return title;
  if (hires.length === 0) return 'No new hire needed';
  const roles = new Set(hires.map((hire) => hire.role));
  // The lead takes the place of the outcome's role on its side (a Head of Product for the direction).
  const lead = plan.roles.find((role) => role.id === plan.lead.role);
  const led = (id: string) => roles.has(plan.lead.role) && roleOf(bank, id).dimension === lead?.dimension;
  const hired = [...roles].filter((role) => role !== plan.lead.role);
  if (hired.length === 0 || plan.hires[outcome].every((role) => roles.has(role) || led(role))) return title;
  const people = hired.map((id) => {
    const role = roleOf(bank, id);
    const count = hires.filter((hire) => hire.role === id).reduce((sum, hire) => sum + hire.count, 0);
    return count === 1 ? `${article(role.name)} ${role.name}` : `${count} ${role.plural}`;
  });
  return `Hire ${joinAnd(people)}`;
}

/** The heading of this result: see `headlineOf`; a tentative result keeps the outcome's title. */
export function headline(bank: Bank, evaluation: Evaluation): string {
  if (evaluation.status === 'tentative' || !evaluation.plan) return outcomeById(bank, evaluation.outcome).title;
  return headlineOf(bank, evaluation.outcome, evaluation.plan.hires);
}

/** Under a heading that differs from the outcome's title: the outcome, and why the plan hires less. */
export function situationLine(bank: Bank, evaluation: Evaluation): string | undefined {
  const title = outcomeById(bank, evaluation.outcome).title;
  if (headline(bank, evaluation) === title) return undefined;
  return `For a company like this the advice is “${title}”; with the people already there, the plan below is what is left to do.`;
}

/** The sentence for a plan with nobody to hire, or undefined when it has someone. */
function noHireSentence(bank: Bank, evaluation: Evaluation): string | undefined {
  const plan = evaluation.plan;
  if (!plan || plan.hires.length > 0) return undefined;
  const keeps = plan.keeps && roleOf(bank, plan.keeps.role);
  if (plan.keeps && keeps && plan.keeps.role === bank.plan?.keeps.role)
    return `No new hire is needed now: ${plan.keeps.who} already covers ${keeps.covers}.`;
  const because = plan.owned.map((entry) => (bank.rules ?? []).find((rule) => rule.id === entry.rule)?.because);
  if (because.length > 0 && because.every(Boolean)) return `No new hire is needed now. ${because.join(' ')}`;
  if (plan.capped)
    return `No new hire is needed now: you already have as many product people as your engineers keep busy (about one for every ${bank.plan?.capacity.per ?? 5}). Make clear who owns what before adding anyone.`;
  return 'No new hire is needed now.';
}

/** The result's first line: not enough answers, no hire needed, no urgent gap, or the outcome's line that holds for these answers. */
export function leadLine(bank: Bank, answers: Answers, evaluation: Evaluation): string {
  const outcome = outcomeById(bank, evaluation.outcome);
  if (evaluation.status === 'tentative')
    return `Not enough answers to recommend yet. So far the answers lean towards: ${outcome.title}.`;
  const first = evaluation.plan?.needs[0];
  if (evaluation.plan?.noPressingGap)
    return first
      ? `No urgent gap: none of your answers shows strain or work without an owner. If you add one product hire, make it ${peopleText(bank, { ...first, count: 1 })}.`
      : 'No urgent gap: none of your answers shows strain or work without an owner.';
  const none = noHireSentence(bank, evaluation);
  if (none) return none;
  const variant = outcome.variants?.find((candidate) => allHold(bank, answers, candidate.all));
  return variant?.tagline ?? outcome.lead ?? outcome.tagline;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Why the first role comes first, in words from the company's answers; undefined with one role. */
function orderReason(bank: Bank, evaluation: Evaluation, plan: HiringPlan): string | undefined {
  const [first, second] = plan.needs;
  const order = plan.order;
  if (!order || !first) return undefined;
  if (order.kind === 'lead' || order.kind === 'rule') return order.because;
  if (!second) return undefined;
  const a = roleOf(bank, first.role);
  const b = roleOf(bank, second.role);
  if (order.kind === 'level')
    return `${a.covers} and ${b.covers} need an owner as much as each other, so either can come first`;
  if (order.kind === 'gap') return `your answers show ${a.covers} as clearly the bigger gap`;
  const tipId = 'question' in order ? order.question : undefined;
  const tip = tipId !== undefined && evaluation.contributions.find((c) => c.question === tipId);
  if (!tip) return `the two needs are close, and ${a.covers} is only slightly the bigger gap`;
  const question = questionById(bank, tip.question);
  return `the two needs are close; your answer “${answerLabel(question, tip.answer)}” to “${question.title}” tips it`;
}

/** "a Product Manager", "3 Senior Product Owners and a Head of Product". */
function names(bank: Bank, hires: readonly { role: string; title: string; count: number }[]): string {
  return joinAnd(hires.map((hire) => peopleText(bank, hire)));
}

/** The plan in a few sentences: who keeps what, who to hire now, within the year and later, and why in that order. */
export function planSentences(bank: Bank, evaluation: Evaluation): string[] {
  const plan = evaluation.plan;
  if (!plan) return [];
  const sentences: string[] = [];
  const none = noHireSentence(bank, evaluation);
  if (none) sentences.push(none);
  const now = plan.hires.filter((hire) => hire.when === 'now');
  const year = plan.hires.filter((hire) => hire.when === 'year');
  const later = plan.hires.filter((hire) => hire.when === 'later');
  const first = now[0];
  const firstRole = first && roleOf(bank, first.role);
  const kept = plan.keeps && !none ? roleOf(bank, plan.keeps.role) : undefined;
  if (plan.keeps && kept) sentences.push(`${capitalise(plan.keeps.who)} keeps ${kept.covers}.`);
  const reason = orderReason(bank, evaluation, plan);
  const why = reason ? `: ${reason}` : '';
  if (first && firstRole) {
    if (plan.noPressingGap)
      sentences.push(
        first.partTime
          ? `Nothing is urgent: when you do hire, a part-time, fractional or contract ${first.title} can cover ${firstRole.covers}.`
          : `Nothing is urgent: when you do hire, start with ${names(bank, now)}.`,
      );
    else if (first.partTime)
      sentences.push(
        `With less than one full salary, bring in a part-time, fractional or contract ${first.title} for ${firstRole.covers}${why}.`,
      );
    else sentences.push(`Hire ${names(bank, now)} now${why}.`);
  }
  if (year.length > 0)
    sentences.push(
      plan.salaries === null
        ? `Then, as the first ${now.length === 1 && first?.count === 1 ? 'hire settles' : 'hires settle'} in: ${names(bank, year)}.`
        : `Later this year, within the budget: ${names(bank, year)}.`,
    );
  if (later.length > 0) sentences.push(`Beyond this year's budget: ${names(bank, later)}, when the budget allows.`);
  if (plan.capped && plan.hires.length > 0 && plan.capacity !== null)
    sentences.push(
      `The plan stops there: that is as many product people as your engineers keep busy (about one for every ${bank.plan?.capacity.per ?? 5}).`,
    );
  if (plan.salaries === null && plan.hires.length > 0)
    sentences.push('The budget was not given, so this is the whole need, not what you can afford.');
  if (evaluation.status === 'tentative') sentences[0] = `If the answers so far hold: ${lowerFirst(sentences[0] ?? '')}`;
  return sentences;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const PHASE: Record<Hire['when'], string> = { now: 'now', year: 'this year', later: 'later' };

/** "now a Product Manager; this year 2 Product Owners and a Product Manager": the plan on one line, for tables and the command line. */
export function planLine(bank: Bank, result: Evaluation): string {
  const hires = result.plan?.hires ?? [];
  const phases = (['now', 'year', 'later'] as const).flatMap((when) => {
    const inPhase = hires.filter((hire) => hire.when === when);
    if (inPhase.length === 0) return [];
    const part = inPhase.some((hire) => hire.partTime) ? ' (part-time)' : '';
    return [`${PHASE[when]} ${names(bank, inPhase)}${part}`];
  });
  return phases.join('; ') || 'no new hire';
}

/** Why a role gets as many new people as it does, in words that match the count. */
function countNote(need: Need): string {
  const { count, have } = need;
  // "6 in all" only where it says more than the count in front of it.
  const whole = need.why ? (count === need.need ? need.why : `${need.why}: ${need.need} in all`) : '';
  const inPlace = have > 0 ? `${have} already in place` : '';
  if (need.short === 'lead') return `${[whole, inPlace].filter(Boolean).join(', ')}; the lead takes one place`;
  if (need.short === 'calm')
    return `${[whole, inPlace].filter(Boolean).join(', ')}${whole || inPlace ? '; ' : ''}nothing is urgent, so the plan names the first`;
  if (need.short === 'team')
    return `${[whole, inPlace].filter(Boolean).join(', ')}${whole || inPlace ? '; ' : ''}${count === 1 ? 'one is' : `${count} are`} as many more as your engineers keep busy`;
  if (have > 0 && count > need.need - have) return `beside the ${have} in place: some of this work still has no owner`;
  return [whole, inPlace].filter(Boolean).join(', ');
}

/** Each role to hire, with what it covers and why that many: for the plan's details. */
export function planDetails(bank: Bank, evaluation: Evaluation): string[] {
  return (evaluation.plan?.needs ?? []).map((need) => {
    const role = roleOf(bank, need.role);
    const note = countNote(need);
    return `${peopleText(bank, need)}: ${role.covers}${note ? ` (${note})` : ''}.`;
  });
}

/** The answers that raised a dimension most, in words: "Backlog owner: Nobody really". */
function strongestAnswers(bank: Bank, evaluation: Evaluation, dimension: string, limit = 2): string[] {
  return evaluation.contributions
    .filter((c) => (c.points[dimension] ?? 0) >= 0.5)
    .sort((a, b) => (b.points[dimension] ?? 0) - (a.points[dimension] ?? 0))
    .slice(0, limit)
    .map((c) => {
      const question = questionById(bank, c.question);
      return `${question.topic}: ${answerLabel(question, c.answer)}`;
    });
}

/** What a dimension's owner covers: the role that closes it alone ("the backlog and day-to-day delivery"). */
function coversOf(bank: Bank, dimension: string): string {
  const role = bank.plan?.roles.find((candidate) => candidate.dimension === dimension && !candidate.alsoCovers);
  return role?.covers ?? bank.dimensions.find((d) => d.id === dimension)?.label.toLowerCase() ?? dimension;
}

/** One line on why the option that came second did not win, in the company's own facts. */
export function runnerUpLine(bank: Bank, evaluation: Evaluation): string | undefined {
  const runnerUp = evaluation.ranking[1];
  // Where the plan hires what the runner-up names, "Not …" would deny the heading.
  if (!runnerUp || outcomeById(bank, runnerUp).title === headline(bank, evaluation)) return undefined;
  const title = outcomeById(bank, runnerUp).title;
  const excludedBy = (bank.rules ?? []).find(
    (rule) => evaluation.rules.includes(rule.id) && rule.exclude.includes(runnerUp),
  );
  if (excludedBy) return `Not “${title}”: ${excludedBy.because}`;
  const compiled = compileBank(bank);
  const dims = compiled.dimensionIds.map((id) => evaluation.dimensions[id] ?? 0);
  const at = (id: OutcomeId) => compiled.outcomes.findIndex((outcome) => outcome.id === id);
  const zone = whyNotLine(compiled, dims, at(evaluation.outcome), at(runnerUp));
  if (zone) return `Not “${title}”: ${zone}`;
  const dimensionOf = (id: OutcomeId) => bank.decision.otherwise.find((entry) => entry.outcome === id)?.dimension ?? '';
  const [mine, theirs] = [dimensionOf(evaluation.outcome), dimensionOf(runnerUp)];
  const facts = strongestAnswers(bank, evaluation, mine);
  return `Not “${title}”: your answers point more to ${coversOf(bank, mine)} than to ${coversOf(bank, theirs)}${facts.length > 0 ? `, above all ${facts.map((fact) => `“${fact}”`).join(' and ')}` : ''}.`;
}

/** "If Engineers is “13 engineers” instead of “9 engineers” → Hire both …": one line per change, the same in every format. */
export function changeLines(
  bank: Bank,
  answers: Answers,
  evaluation: Evaluation,
): { text: string; outcome: OutcomeId; headline: string }[] {
  return evaluation.changes.map((change) => ({
    text: describeChange(bank, answers, change),
    outcome: change.outcome,
    headline: headlineOf(bank, change.outcome, change.hires),
  }));
}

/** The confidence in words: a word or three, then what it rests on. */
export function confidenceLines(bank: Bank, evaluation: Evaluation): { word: string; text: string } {
  const rests = restsOnText(evaluation.coverage);
  if (evaluation.status === 'tentative')
    return { word: 'Tentative', text: `Under half of what the questions can weigh is answered. ${rests}.` };
  const open = evaluation.robustness.open;
  if (open && !evaluation.robustness.closeCall)
    return {
      word: 'Depends on an open answer',
      text: `Answering “${questionById(bank, open).title}” could change it on its own.${rests ? ` ${rests}.` : ''}`,
    };
  return {
    word: confidenceWord(evaluation.robustness),
    text: `${robustnessText(evaluation.robustness)}.${rests ? ` ${rests}.` : ''}`,
  };
}

/** What a main reason adds to, in plain words and no numbers: "adds to the strategy need". */
export function reasonEffect(reason: Reason): string {
  const label = reason.raised[0]?.label.toLowerCase();
  return label ? `adds to the ${label}` : '';
}

/** A main reason's answer, short enough for the first screen: "Executives or a leadership team, Investors or a board and 4 more". */
export function shortAnswer(reason: Reason, most = 2): string {
  if (reason.parts.length <= most + 1) return reason.answer;
  return `${reason.parts.slice(0, most).join(', ')} and ${reason.parts.length - most} more`;
}

/** One line for each option a rule set aside, other than the runner-up (`runnerUpLine` covers it). */
export function ruledOutLines(bank: Bank, evaluation: Evaluation): string[] {
  return ruledOut(bank, evaluation)
    .filter((id) => id !== evaluation.ranking[1] && outcomeById(bank, id).title !== headline(bank, evaluation))
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
    const { about, duties, skills } = roleOf(bank, need.role).post;
    return { role: need.role, title: need.title, count: need.count, about, duties, skills };
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

/**
 * The plan's wording, said once for the result screen, the Markdown summary and the command
 * line: the heading, the first line, who to hire and when, and why in that order. Every
 * sentence is chosen or composed from the answers, so it holds for this company.
 */
import { fill, formatList, plural, type Plural } from '../../i18n/format';
import type { Locale } from '../../i18n/languages';
import { resultMessages } from '../../i18n/registry';
import { allHold } from '../scoring/compile';
import { answerLabel, outcomeById, questionById } from './describe';
import type { Evaluation } from '../scoring/evaluate';
import type { Hire, HiringPlan, Need } from '../scoring/plan';
import type { Answers, Bank, OutcomeId, Role } from '../bank/schema';

export type Messages = ReturnType<typeof resultMessages>['advice'];
/** A sentence that can open the plan, whole, as it reads alone and after "If the answers so far hold". */
type Opening = Messages['plan']['hireNow'];

/** The advice messages and the locale of a bank: every sentence is in the bank's language. */
export function wordsOf(bank: Bank): { m: Messages; locale: Locale } {
  return { m: resultMessages(bank.locale).advice, locale: bank.locale as Locale };
}

export function roleOf(bank: Bank, id: string): Role {
  const role = bank.plan?.roles.find((candidate) => candidate.id === id);
  if (!role) throw new Error(`no role "${id}" in ${bank.id}`);
  return role;
}

type People = { role: string; title: string; count: number };

/** A count of people in plain digits, as the plan's checks read them ("1001 in all"). */
const digits = (count: number) => String(count);

/** The plural of a suggested title: titles name the role ("Senior Product Owner"), so the role's plural takes its place. */
function titlesOf(bank: Bank, hire: People): string {
  const role = roleOf(bank, hire.role);
  if (hire.title.endsWith(role.name)) return `${hire.title.slice(0, -role.name.length)}${role.plural}`;
  const { m, locale } = wordsOf(bank);
  return fill(locale, m.people.titlesOf, { title: hire.title });
}

function peopleIn(bank: Bank, hire: People, forms: Plural): string {
  const { locale } = wordsOf(bank);
  return plural(locale, forms, hire.count, {
    count: digits(hire.count),
    title: hire.title,
    titles: titlesOf(bank, hire),
  });
}

/** "a Senior Product Owner", "3 Senior Product Owners": people as a subject or in a list. */
export function peopleText(bank: Bank, hire: People): string {
  return peopleIn(bank, hire, wordsOf(bank).m.people.subject);
}

/** "a Product Manager", "3 Senior Product Owners and a Head of Product": as a subject, or as whom to hire. */
function names(bank: Bank, hires: readonly People[], as: 'subject' | 'object' = 'subject'): string {
  const { m, locale } = wordsOf(bank);
  return formatList(
    locale,
    hires.map((hire) => peopleIn(bank, hire, m.people[as])),
  );
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
  const { m, locale } = wordsOf(bank);
  if (hires.length === 0) return m.headline.none;
  const roles = new Set(hires.map((hire) => hire.role));
  // The lead takes the place of the outcome's role on its side (a Head of Product for the direction).
  const lead = plan.roles.find((role) => role.id === plan.lead.role);
  const led = (id: string) => roles.has(plan.lead.role) && roleOf(bank, id).dimension === lead?.dimension;
  const hired = [...roles].filter((role) => role !== plan.lead.role);
  if (hired.length === 0 || plan.hires[outcome].every((role) => roles.has(role) || led(role))) return title;
  const people = hired.map((id, i) => {
    const role = roleOf(bank, id);
    const count = hires.filter((hire) => hire.role === id).reduce((sum, hire) => sum + hire.count, 0);
    return plural(locale, i === 0 ? m.headline.first : m.headline.next, count, {
      count: digits(count),
      name: role.name,
      names: role.plural,
    });
  });
  return fill(locale, m.headline.hire, { people: formatList(locale, people) });
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
  const { m, locale } = wordsOf(bank);
  // The heading names less than the outcome: because nothing is urgent and the plan names its next hire only, or because people are there.
  const calm = evaluation.plan?.noPressingGap === true && evaluation.plan.hires.length > 0;
  return fill(locale, calm ? m.situationCalm : m.situation, { title });
}

/** The sentence for a plan with nobody to hire, or undefined when it has someone; `tentative` as it opens a tentative plan. */
function noHireSentence(bank: Bank, evaluation: Evaluation, tentative = false): string | undefined {
  const plan = evaluation.plan;
  if (!plan || plan.hires.length > 0) return undefined;
  const { m, locale } = wordsOf(bank);
  const say = (opening: Opening, values: Record<string, string | number> = {}) =>
    fill(locale, tentative ? opening.tentative : opening.plain, values);
  const keeps = plan.keeps && roleOf(bank, plan.keeps.role);
  if (plan.keeps && keeps && plan.keeps.role === bank.plan?.keeps.role)
    return say(m.noHire.keeps, { who: plan.keeps.who, covers: keeps.covers });
  const because = plan.owned.map((entry) => (bank.rules ?? []).find((rule) => rule.id === entry.rule)?.because);
  if (because.length > 0 && because.every(Boolean)) return say(m.noHire.owned, { reasons: because.join(' ') });
  if (plan.capped) return say(m.noHire.capped, { per: bank.plan?.capacity.per ?? 5 });
  return say(m.noHire.plain);
}

/** The result's first line: not enough answers, no hire needed, no urgent gap, or the outcome's line that holds for these answers. */
export function leadLine(bank: Bank, answers: Answers, evaluation: Evaluation): string {
  const outcome = outcomeById(bank, evaluation.outcome);
  const { m, locale } = wordsOf(bank);
  if (evaluation.status === 'tentative') return fill(locale, m.lead.tentative, { title: outcome.title });
  const first = evaluation.plan?.needs[0];
  if (evaluation.plan?.noPressingGap)
    return first ? fill(locale, m.lead.calmFirst, { title: first.title }) : m.lead.calm;
  const none = noHireSentence(bank, evaluation);
  if (none) return none;
  const variant = outcome.variants?.find((candidate) => allHold(bank, answers, candidate.all));
  return variant?.tagline ?? (outcome.lead && overruled(bank, evaluation)) ?? outcome.lead ?? outcome.tagline;
}

/**
 * An outcome's lead says its half is the bigger gap ("Your answers point to direction as the
 * bigger gap"). When the other half's need is bigger, a rule chose this outcome against it
 * ("strategy needs no new owner"): the first rule applied that ruled out a hire for that half says why.
 */
function overruled(bank: Bank, evaluation: Evaluation): string | undefined {
  const plan = bank.plan;
  if (!plan) return undefined;
  const need = (roles: readonly string[]) =>
    Math.max(...roles.map((id) => evaluation.dimensions[roleOf(bank, id).dimension] ?? 0));
  const own = plan.hires[evaluation.outcome];
  const others = plan.hires.both.filter((id) => !own.includes(id));
  if (others.length === 0 || need(own) >= need(others)) return undefined;
  const hiresOther = (outcome: OutcomeId) => plan.hires[outcome].some((id) => others.includes(id));
  return bank.rules?.find((rule) => evaluation.rules.includes(rule.id) && rule.exclude.some(hiresOther))?.because;
}

/** Why the first role comes first, in words from the company's answers; undefined with one role. */
function orderReason(bank: Bank, evaluation: Evaluation, plan: HiringPlan): string | undefined {
  const [first, second] = plan.needs;
  const order = plan.order;
  if (!order || !first) return undefined;
  if (order.kind === 'lead' || order.kind === 'rule') return order.because;
  if (!second) return undefined;
  const { m, locale } = wordsOf(bank);
  const a = roleOf(bank, first.role).covers;
  const b = roleOf(bank, second.role).covers;
  if (order.kind === 'level') return fill(locale, m.order.level, { a, b });
  if (order.kind === 'gap') return fill(locale, m.order.gap, { a, b });
  const tipId = 'question' in order ? order.question : undefined;
  const tip = tipId !== undefined && evaluation.contributions.find((c) => c.question === tipId);
  if (!tip) return fill(locale, m.order.close, { a, b });
  const question = questionById(bank, tip.question);
  return fill(locale, m.order.tip, { answer: answerLabel(question, tip.answer, locale), question: question.title });
}

/** The plan in a few sentences: who keeps what, who to hire now, within the year and later, and why in that order. */
export function planSentences(bank: Bank, evaluation: Evaluation): string[] {
  const plan = evaluation.plan;
  if (!plan) return [];
  const { m, locale } = wordsOf(bank);
  const tentative = evaluation.status === 'tentative';
  const sentences: string[] = [];
  // The first sentence of a tentative plan says it holds only if the answers so far do.
  const say = (opening: Opening, values: Record<string, string | number>) =>
    fill(locale, tentative && sentences.length === 0 ? opening.tentative : opening.plain, values);
  const none = noHireSentence(bank, evaluation, tentative);
  if (none) sentences.push(none);
  const now = plan.hires.filter((hire) => hire.when === 'now');
  const year = plan.hires.filter((hire) => hire.when === 'year');
  const later = plan.hires.filter((hire) => hire.when === 'later');
  const first = now[0];
  const firstRole = first && roleOf(bank, first.role);
  const kept = plan.keeps && !none ? roleOf(bank, plan.keeps.role) : undefined;
  if (plan.keeps && kept) sentences.push(say(m.plan.keeps, { who: plan.keeps.who, covers: kept.covers }));
  const reason = orderReason(bank, evaluation, plan);
  const because = reason ? fill(locale, m.order.because, { reason }) : '';
  if (first && firstRole) {
    const values = {
      title: first.title,
      covers: firstRole.covers,
      people: names(bank, now),
      whom: names(bank, now, 'object'),
      because,
    };
    if (plan.noPressingGap) sentences.push(say(first.partTime ? m.plan.calmPartTime : m.plan.calm, values));
    else sentences.push(say(first.partTime ? m.plan.partTime : m.plan.hireNow, values));
  }
  if (year.length > 0) {
    const people = names(bank, year);
    sentences.push(
      plan.salaries === null
        ? plural(
            locale,
            m.plan.settle,
            now.reduce((sum, hire) => sum + hire.count, 0),
            { people },
          )
        : fill(locale, m.plan.year, { people }),
    );
  }
  if (later.length > 0) sentences.push(fill(locale, m.plan.later, { people: names(bank, later) }));
  if (plan.capped && plan.hires.length > 0 && plan.capacity !== null)
    sentences.push(fill(locale, m.plan.capped, { per: bank.plan?.capacity.per ?? 5 }));
  if (plan.salaries === null && plan.hires.length > 0) sentences.push(m.plan.noBudget);
  return sentences;
}

/** "now a Product Manager; this year 2 Product Owners and a Product Manager": the plan on one line, for tables and the command line. */
export function planLine(bank: Bank, result: Evaluation): string {
  const { m, locale } = wordsOf(bank);
  const hires = result.plan?.hires ?? [];
  const phases = (['now', 'year', 'later'] as const).flatMap((when) => {
    const inPhase = hires.filter((hire) => hire.when === when);
    if (inPhase.length === 0) return [];
    const partTime = inPhase.some((hire) => hire.partTime) ? m.planLine.partTime : '';
    return [fill(locale, m.planLine[when], { people: names(bank, inPhase), partTime })];
  });
  return phases.join('; ') || m.planLine.none;
}

/** Why a role gets as many new people as it does, in words that match the count. */
function countNote(bank: Bank, need: Need): string {
  const { m, locale } = wordsOf(bank);
  const d = m.details;
  const { count, have } = need;
  // "6 in all" only where it says more than the count in front of it.
  const whole = need.why
    ? count === need.need
      ? need.why
      : fill(locale, d.inAll, { why: need.why, count: digits(need.need) })
    : '';
  const inPlace = have > 0 ? fill(locale, d.inPlace, { count: digits(have) }) : '';
  const parts = [whole, inPlace].filter(Boolean).join(', ');
  if (need.short === 'lead') return parts ? fill(locale, d.lead, { parts }) : d.leadOnly;
  if (need.short === 'calm') return parts ? fill(locale, d.calm, { parts }) : d.calmOnly;
  if (need.short === 'team') return plural(locale, parts ? d.team : d.teamOnly, count, { count: digits(count), parts });
  if (have > 0 && count > need.need - have) return plural(locale, d.beside, have, { count: digits(have) });
  return parts;
}

/** Each role to hire, with what it covers and why that many: for the plan's details. */
export function planDetails(bank: Bank, evaluation: Evaluation): string[] {
  const { m, locale } = wordsOf(bank);
  return (evaluation.plan?.needs ?? []).map((need) => {
    const role = roleOf(bank, need.role);
    const note = countNote(bank, need);
    return fill(locale, note ? m.details.note : m.details.plain, {
      people: peopleText(bank, need),
      covers: role.covers,
      note,
    });
  });
}

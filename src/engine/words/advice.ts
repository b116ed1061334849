/**
 * Why the advice is what it is, said once for the result screen, the Markdown summary and the
 * command line: why not the runner-up, what would change it, how sure it is, the main reasons,
 * and the job posts. The plan's own wording is in plan-words.ts.
 */
import { fill, formatList, plural } from '../../i18n/format';
import type { Locale } from '../../i18n/languages';
import { resultMessages } from '../../i18n/registry';
import { compileBank } from '../scoring/compile';
import { whyNotLine } from '../scoring/decide';
import { answerLabel, confidenceWord, outcomeById, questionById, restsOnText, robustnessText } from './describe';
import type { Evaluation } from '../scoring/evaluate';
import { describeChange, ruledOut, type Reason } from './explain';
import type { Answers, Bank, OutcomeId } from '../bank/schema';

import { headline, headlineOf, roleOf, wordsOf, type Messages } from './plan-words';

/** The answers that raised a dimension most, in words and quoted: "“Backlog owner: Nobody really”". */
function strongestAnswers(bank: Bank, evaluation: Evaluation, dimension: string, limit = 2): string[] {
  const { m, locale } = wordsOf(bank);
  return evaluation.contributions
    .filter((c) => (c.points[dimension] ?? 0) >= 0.5)
    .sort((a, b) => (b.points[dimension] ?? 0) - (a.points[dimension] ?? 0))
    .slice(0, limit)
    .map((c) => {
      const question = questionById(bank, c.question);
      const text = fill(locale, m.not.fact, { topic: question.topic, answer: answerLabel(question, c.answer, locale) });
      return fill(locale, m.quote, { text });
    });
}

/** What a dimension's owner covers: the role that closes it alone ("the backlog and day-to-day delivery"). */
function coversOf(bank: Bank, dimension: string): string {
  const role = bank.plan?.roles.find((candidate) => candidate.dimension === dimension && !candidate.alsoCovers);
  return role?.covers ?? bank.dimensions.find((d) => d.id === dimension)?.label ?? dimension;
}

/** "Not “{title}”: {because}", in the bank's language. */
function notBecause(bank: Bank, id: OutcomeId, because: string): string {
  const { m, locale } = wordsOf(bank);
  return fill(locale, m.not.because, { title: outcomeById(bank, id).title, because });
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
  if (excludedBy) return notBecause(bank, runnerUp, excludedBy.because);
  // A rule that put this outcome in place of another ("up to nine engineers keep one product
  // person busy") decided it, not the scores: its reason, not a tier's, says why.
  const putInPlace = (bank.rules ?? []).find(
    (rule) => evaluation.rules.includes(rule.id) && rule.instead === evaluation.outcome,
  );
  if (putInPlace) return notBecause(bank, runnerUp, putInPlace.because);
  const compiled = compileBank(bank);
  const dims = compiled.dimensionIds.map((id) => evaluation.dimensions[id] ?? 0);
  const at = (id: OutcomeId) => compiled.outcomes.findIndex((outcome) => outcome.id === id);
  const zone = whyNotLine(compiled, dims, at(evaluation.outcome), at(runnerUp));
  if (zone) return notBecause(bank, runnerUp, zone);
  const dimensionOf = (id: OutcomeId) => bank.decision.otherwise.find((entry) => entry.outcome === id)?.dimension ?? '';
  const [mine, theirs] = [dimensionOf(evaluation.outcome), dimensionOf(runnerUp)];
  const facts = strongestAnswers(bank, evaluation, mine);
  const { m, locale } = wordsOf(bank);
  return fill(locale, facts.length > 0 ? m.not.answersFacts : m.not.answers, {
    title,
    mine: coversOf(bank, mine),
    theirs: coversOf(bank, theirs),
    facts: formatList(locale, facts),
  });
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
  const { m, locale } = wordsOf(bank);
  const c = m.confidence;
  const rests = restsOnText(evaluation.coverage, locale);
  const sentences = (text: string) => fill(locale, rests ? c.withRests : c.alone, { text, rests });
  if (evaluation.status === 'tentative') return { word: c.tentative, text: sentences(c.tentativeText) };
  const open = evaluation.robustness.open;
  if (open && !evaluation.robustness.closeCall)
    return {
      word: c.open,
      text: sentences(fill(locale, c.openText, { question: questionById(bank, open).title })),
    };
  return {
    word: confidenceWord(evaluation.robustness, locale),
    text: sentences(robustnessText(evaluation.robustness, locale)),
  };
}

/** The message for a reason's first raised dimension, by its id, or the `other` one with its label. */
function effectOf(reason: Reason, forms: Messages['effect'], locale: Locale): string {
  const raised = reason.raised[0];
  if (!raised) return '';
  const known = Object.hasOwn(forms, raised.dimension) && raised.dimension !== 'other';
  return fill(locale, known ? forms[raised.dimension as keyof typeof forms] : forms.other, { label: raised.label });
}

/** What a main reason adds to, in plain words and no numbers: "adds to the strategy need". */
export function reasonEffect(reason: Reason, locale: string): string {
  return effectOf(reason, resultMessages(locale).advice.effect, locale as Locale);
}

/** The same as a clause to follow a main reason's answer after a comma: "which adds to the strategy need". */
export function reasonWhich(reason: Reason, locale: string): string {
  return effectOf(reason, resultMessages(locale).advice.effectWhich, locale as Locale);
}

/** A main reason's answer, short enough for the first screen: "Executives or a leadership team, Investors or a board and 4 more". */
export function shortAnswer(reason: Reason, most = 2, locale: string): string {
  if (reason.parts.length <= most + 1) return reason.answer;
  const m = resultMessages(locale).advice;
  return plural(locale as Locale, m.moreAnswers, reason.parts.length - most, {
    answers: reason.parts.slice(0, most).join(m.answer.separator),
  });
}

/** One line for each option a rule set aside, other than the runner-up (`runnerUpLine` covers it). */
export function ruledOutLines(bank: Bank, evaluation: Evaluation): string[] {
  return ruledOut(bank, evaluation)
    .filter((id) => id !== evaluation.ranking[1] && outcomeById(bank, id).title !== headline(bank, evaluation))
    .map((id) => {
      const rule = (bank.rules ?? []).find((r) => evaluation.rules.includes(r.id) && r.exclude.includes(id));
      return notBecause(bank, id, rule?.because ?? '');
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

/** A job post as plain text, to paste into a careers page or an email; `locale` is the bank's. */
export function jobPostText(post: JobPost, locale: string): string {
  const m = resultMessages(locale).advice.jobPost;
  return [
    post.title,
    '',
    fill(locale as Locale, m.about, { about: post.about }),
    '',
    m.duties,
    ...post.duties.map((item) => `- ${item}`),
    '',
    m.skills,
    ...post.skills.map((item) => `- ${item}`),
  ].join('\n');
}

/**
 * The advice in German and Spanish: the same outcome and plan as in English (the language must
 * not change a score), and every composed sentence in the bank's language, with no English
 * word from the advice messages left in and no placeholder left unfilled.
 */
import { describe, expect, it } from 'vitest';
import {
  UNSURE,
  answerLabel,
  changeLines,
  confidenceLines,
  evaluate,
  headline,
  jobPostText,
  jobPosts,
  leadLine,
  planDetails,
  planLine,
  planSentences,
  reasonEffect,
  revisitPoints,
  ruledOutLines,
  runnerUpLine,
  shortAnswer,
  situationLine,
  topReasons,
  type Answers,
  type Bank,
  type Evaluation,
} from '../../src/engine';
import { reasonWhich } from '../../src/engine/words/advice';
import type { Locale } from '../../src/i18n/languages';
import { defaultBank } from '../fixtures/default-bank';
import { hiringPersonas } from '../fixtures/hiring-personas';

/** Personas that between them reach every kind of sentence: lead first, kept half, owned, capped, part-time, calm, close calls. */
const NAMES = [
  'bank-innovation-lab-five-engineers',
  'logistics-vendor-platform-all-covered',
  'internal-platform-five-teams-loudest-voice',
  'education-nonprofit-one-person-both',
  'saas-product-leader-no-backlog-owners',
  'marketplace-leader-some-teams',
  'growth-saas-pm-doing-both',
  'seed-founders-overwhelmed-six',
  'scaleup-big-need-part-time-budget',
  'established-150-engineers-budget-one',
  'enterprise-900-engineers-no-product',
  'tech-giant-20000-pm-gap',
  'software-3000-all-covered',
  'unsure-growth-25-engineers',
];

const personas = NAMES.map((name) => {
  const persona = hiringPersonas.find((candidate) => candidate.name === name);
  if (!persona) throw new Error(`no hiring persona "${name}"`);
  return persona;
});

/** The first answers only: a tentative result, with its own sentences. */
const firstAnswers = (answers: Answers, count: number): Answers =>
  Object.fromEntries(Object.entries(answers).slice(0, count));

/** Every third answer "Not sure": the confidence lines name them. */
const someUnsure = (answers: Answers): Answers =>
  Object.fromEntries(Object.entries(answers).map(([id, answer], i) => [id, i % 3 === 1 ? UNSURE : answer]));

const cases: { name: string; answers: Answers }[] = personas.flatMap((persona) => [
  { name: persona.name, answers: persona.answers },
  { name: `${persona.name}, first five answers`, answers: firstAnswers(persona.answers, 5) },
  { name: `${persona.name}, some not sure`, answers: someUnsure(persona.answers) },
]);

/** What the engine decided, without any words: the same in every language. */
function decision(result: Evaluation) {
  const plan = result.plan;
  return {
    outcome: result.outcome,
    status: result.status,
    rules: result.rules,
    ranking: result.ranking,
    fit: result.fit,
    dimensions: result.dimensions,
    coverage: result.coverage,
    open: result.open,
    robustness: result.robustness,
    changes: result.changes.map((change) => ({
      edits: change.edits,
      outcome: change.outcome,
      hires: change.hires.map(({ role, count, when, partTime }) => ({ role, count, when, partTime })),
    })),
    plan: plan && {
      needs: plan.needs.map(({ role, count, need, have, short }) => ({ role, count, need, have, short })),
      hires: plan.hires.map(({ role, count, when, partTime }) => ({ role, count, when, partTime })),
      inPlace: plan.inPlace.map(({ role, count, counted }) => ({ role, count, counted })),
      keeps: plan.keeps?.role,
      owned: plan.owned,
      capacity: plan.capacity,
      capped: plan.capped,
      order: plan.order?.kind,
      salaries: plan.salaries,
      noPressingGap: plan.noPressingGap,
    },
  };
}

/** Every sentence and phrase the engine composes for a result. */
function texts(bank: Bank, answers: Answers, result: Evaluation): string[] {
  const locale = bank.locale as Locale;
  const sure = confidenceLines(bank, result);
  return [
    headline(bank, result),
    situationLine(bank, result) ?? '',
    leadLine(bank, answers, result),
    ...planSentences(bank, result),
    planLine(bank, result),
    ...planDetails(bank, result),
    runnerUpLine(bank, result) ?? '',
    ...ruledOutLines(bank, result),
    ...changeLines(bank, answers, result).flatMap((line) => [line.text, line.headline]),
    sure.word,
    sure.text,
    ...topReasons(bank, result).flatMap((reason) => [
      reason.answer,
      shortAnswer(reason, 1, locale),
      reasonEffect(reason, locale),
      reasonWhich(reason, locale),
    ]),
    ...revisitPoints(bank, result, answers).flatMap((point) => [point.when, point.now]),
    ...jobPosts(bank, result).map((post) => jobPostText(post, locale)),
    ...bank.questions.map((question) => answerLabel(question, answers[question.id], locale)),
  ].filter(Boolean);
}

/**
 * English from the advice messages (not from the bank's texts, whose job titles stay English):
 * "Hire ", " and ", "Not “", " instead of ", and the other words of the English sentences.
 */
const ENGLISH =
  /\bHire\b|\bhire\b| and | instead of |Not “|\bNot sure\b|Not answered|No new hire|\bnow\b|already in place| in all\b|adds to|\bSettled\b|close call|rests on|When you reach|If the answers|About the role|What you|Nothing is urgent|With less than|Then, as|Later this year|Beyond this year|The plan stops|The budget was|\bmore\b|\bwhich\b|\bthe lead\b|\bone for every\b|\ba Product\b|\ban? (Senior|Head|VP)\b/;

it('the check for English finds the English advice', () => {
  const bank = defaultBank('en');
  const found = cases.flatMap(({ answers }) =>
    texts(bank, answers, evaluate(bank, answers)).filter((text) => ENGLISH.test(text)),
  );
  expect(found.length).toBeGreaterThan(cases.length * 3);
});

describe.each(['de', 'es'] as const)('the advice in %s', (locale) => {
  const english = defaultBank('en');
  const bank = defaultBank(locale);

  it.each(cases)('$name: the same decision and plan as in English', ({ answers }) => {
    expect(decision(evaluate(bank, answers))).toEqual(decision(evaluate(english, answers)));
  });

  it.each(cases)('$name: every sentence in the language, every placeholder filled', ({ answers }) => {
    const result = evaluate(bank, answers);
    for (const text of texts(bank, answers, result)) {
      expect(text, text).not.toMatch(ENGLISH);
      expect(text, text).not.toMatch(/\{\w+\}/);
    }
  });

  it('differs from the English wording wherever the advice composes a sentence', () => {
    const answers = personas[0]?.answers ?? {};
    const [here, there] = [bank, english].map((b) => texts(b, answers, evaluate(b, answers)));
    expect(here?.[0]).not.toBe(there?.[0]);
    expect(planSentences(bank, evaluate(bank, answers))).not.toEqual(
      planSentences(english, evaluate(english, answers)),
    );
  });
});

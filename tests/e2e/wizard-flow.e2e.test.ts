import type { Page } from '@playwright/test';
import { questionFlow, type Answers, type NumberQuestion, type Question } from '../../src/engine';
import { personas } from '../fixtures/personas';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { answerQuestion, bank, next, questionForm, start } from './support/wizard';

/** The first question shown only above a number threshold, and the number question it reads. */
const conditional = bank.questions.find((question) => question.showIf?.some((condition) => 'min' in condition));
const condition = conditional?.showIf?.find((candidate) => 'min' in candidate);
const controller = bank.questions.find((question) => question.id === condition?.question) as NumberQuestion | undefined;
if (!conditional || !condition || !('min' in condition) || condition.min === undefined || !controller)
  throw new Error('the default bank has no question shown above a number threshold');
const threshold = condition.min;

/** A persona whose answers show the conditional question, to answer what comes before it. */
const persona = personas.find((candidate) => candidate.answers[conditional.id] !== undefined);
if (!persona) throw new Error(`no persona answers ${conditional.id}`);
const before = bank.questions.slice(0, bank.questions.indexOf(controller));

async function progressText(page: Page): Promise<string> {
  return (await page.getByText(/^Question \d+ of up to \d+$/).textContent()) ?? '';
}

async function answerUpTo(page: Page, questions: readonly Question[], answers: Answers): Promise<void> {
  for (const question of questions) {
    const answer = answers[question.id];
    if (answer === undefined) throw new Error(`${question.id} has no answer`);
    await answerQuestion(page, question, answer);
    await next(page, question);
  }
}

test('a conditional question appears and disappears, and progress follows', async ({ page }) => {
  await start(page);
  await answerUpTo(page, before, persona.answers);
  const atController = before.length + 1;
  // The label counts up to the bank's length, which never changes; the bar follows the bank position.
  const most = bank.questions.length;
  const bar = () => page.getByRole('progressbar').getAttribute('value');

  await answerQuestion(page, controller, threshold);
  await next(page, controller);
  await questionForm(page, conditional);
  expect(await progressText(page)).toBe(`Question ${atController + 1} of up to ${most}`);
  await expect(page.title()).resolves.toBe(
    `Question ${atController + 1} of up to ${most}: ${conditional.topic} · Role Fit`,
  );
  await expect(bar()).resolves.toBe(String(bank.questions.indexOf(conditional) + 1));

  // Answer it, go back and lower the number: the question and its answer go, and the page says so.
  const answer = persona.answers[conditional.id];
  if (answer === undefined) throw new Error('unreachable');
  await answerQuestion(page, conditional, answer);
  await next(page, conditional);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await questionForm(page, conditional);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await answerQuestion(page, controller, threshold - 1);
  await next(page, controller);
  await expect(page.getByRole('status').filter({ hasText: conditional.topic }).textContent()).resolves.toMatch(
    /no longer applies/,
  );
  const after = bank.questions[bank.questions.indexOf(conditional) + 1];
  if (!after) throw new Error('the conditional question is last');
  await questionForm(page, after);
  expect(await progressText(page)).toBe(`Question ${atController + 1} of up to ${most}`);
  await expect(bar()).resolves.toBe(String(bank.questions.indexOf(after) + 1));
});

test('Back and Next keep answers, and focus lands on each question heading', async ({ page }) => {
  await start(page);
  const [first, second] = bank.questions;
  if (!first || first.type === 'number' || !second) throw new Error('the bank starts with a choice question');
  const option = first.options[1];
  if (!option) throw new Error('the first question has one option');
  await answerQuestion(page, first, option.id);
  await next(page, first);
  await questionForm(page, second);
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(second.title);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  const form = await questionForm(page, first);
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(first.title);
  await expect(form.getByRole('radio', { name: new RegExp(`^${option.label}`) }).isChecked()).resolves.toBe(true);
});

test('Next with no answer shows an alert and moves focus to it; axe finds nothing', async ({ page }) => {
  await start(page);
  const [first] = bank.questions;
  if (!first) throw new Error('empty bank');
  await next(page, first);
  const alert = page.getByRole('alert').filter({ hasText: /./ });
  await alert.waitFor();
  const focusedInsideAlert = await page.evaluate(() => document.activeElement?.closest('[role="alert"]') != null);
  expect(focusedInsideAlert).toBe(true);
  await expectNoAxeViolations(page, 'the missing-answer state');
});

test('each question type passes axe', async ({ page }) => {
  // Walk the persona's questions and audit the first of each type on the way.
  await start(page);
  const audited = new Set<string>();
  for (const question of questionFlow(bank, persona.answers).questions) {
    await questionForm(page, question);
    if (!audited.has(question.type)) {
      audited.add(question.type);
      await expectNoAxeViolations(page, `a ${question.type} question`);
    }
    const answer = persona.answers[question.id];
    if (answer === undefined) throw new Error(`${question.id} has no answer`);
    await answerQuestion(page, question, answer);
    await next(page, question);
  }
  expect([...audited].sort()).toEqual(['multiple', 'number', 'scale', 'single']);
  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
  await expectNoAxeViolations(page, 'the review screen');
});

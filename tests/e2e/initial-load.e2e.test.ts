import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { appTookThePage, holdAppScript } from './support/hold-app';
import {
  answerAll,
  answerQuestion,
  bank,
  next,
  personaFor,
  questionForm,
  questionsFor,
  shownOutcome,
  start,
} from './support/wizard';

const firstQuestion = () => {
  const first = bank.questions[0];
  if (!first) throw new Error('the bank has no questions');
  return first;
};

test('the landing page is in the HTML: heading, title and Start show before the app runs', async ({ page }) => {
  const release = await holdAppScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByRole('heading', { level: 1, name: bank.title }).waitFor();
  await expect(page.title()).resolves.toBe('Find your next product hire · Role Fit');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  release();
});

test('a Start clicked as soon as the app takes the page, on a slow CPU, starts the questions', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
  const release = await holdAppScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
  release();
  await appTookThePage(page);
  // Hydration may still be under way: React replays the click once the button is hydrated.
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await questionForm(page, firstQuestion());
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(firstQuestion().title);
});

/** From Start, the first question answered with its first option, to the second question. */
async function toSecondQuestion(page: Page) {
  await start(page);
  const first = firstQuestion();
  const option = first.type === 'single' ? first.options[0] : undefined;
  if (!option) throw new Error('the first question is not a single choice');
  await answerQuestion(page, first, option.id);
  await next(page, first);
  const second = questionsFor({ answers: { [first.id]: option.id } })[1];
  if (!second) throw new Error('the bank has no second question');
  await questionForm(page, second);
  return { first, option, second };
}

test('a reload on a question returns to that question, with the earlier answers kept', async ({ page }) => {
  const { first, option, second } = await toSecondQuestion(page);

  await page.reload();
  await questionForm(page, second);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  const form = await questionForm(page, first);
  await expect(form.getByRole('radio', { name: option.label, exact: false }).first()).toBeChecked();
});

test('a number typed but not yet confirmed with Next is still there after a reload', async ({ page }) => {
  const { second } = await toSecondQuestion(page);
  if (second.type !== 'number') throw new Error('the second question is not a number');
  await (await questionForm(page, second)).getByRole('spinbutton').fill('40');

  await page.reload();
  await expect((await questionForm(page, second)).getByRole('spinbutton')).toHaveValue('40');
});

test('a reload on the review or the result shows that screen again', async ({ page }) => {
  const persona = personaFor('both');
  await start(page);
  await answerAll(page, persona);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
  await page.getByRole('button', { name: 'See my result', exact: true }).click();
  await expect(shownOutcome(page)).resolves.toBe(persona.expected);
  await page.reload();
  await expect(shownOutcome(page)).resolves.toBe(persona.expected);
});

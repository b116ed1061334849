import type { Page } from '@playwright/test';
import { UNSURE, escapeMarkdown, outcomeById, type Answer } from '../../src/engine';
import { personas } from '../fixtures/personas';
import { downloadFrom, saveDownload, tempFolder } from './support/files';
import { expect, test } from './support/fixtures';
import {
  answerWithKeyboard,
  bank,
  focused,
  hasFocus,
  openLanding,
  questionForm,
  questionsFor,
  tabTo,
} from './support/wizard';

// Radios, ticked boxes, a typed number and "Not sure" on radios and on a number.
const persona = personas.find((candidate) => candidate.id === 'both-unsure-corporate');
if (!persona) throw new Error('the persona both-unsure-corporate is gone');

/** After a step change: focus is on the new step's h1 and the tab's title names the step. */
async function expectStep(page: Page, heading: string, title: string): Promise<void> {
  await expect.poll(() => focused(page)).toEqual({ tag: 'h1', text: heading });
  await expect.poll(() => page.title()).toBe(`${title} · Role Fit`);
}

async function pressButton(page: Page, name: string): Promise<void> {
  await tabTo(page, page.getByRole('button', { name, exact: true }));
  await page.keyboard.press('Enter');
}

test('keyboard only: from the landing page through every question to the result and its Markdown file', async ({
  page,
}) => {
  await openLanding(page);
  await expectStep(page, bank.title, 'Find your next product hire');
  await pressButton(page, 'Start');

  const given: Record<string, Answer> = {};
  const questions = questionsFor(persona);
  for (const [index, question] of questions.entries()) {
    const form = await questionForm(page, question);
    await expectStep(
      page,
      question.title,
      `Question ${index + 1} of up to ${bank.questions.length}: ${question.topic}`,
    );
    // The live region for "answer first" errors is in place before anything goes wrong.
    await expect(form.getByRole('alert').count()).resolves.toBe(1);

    const answer = persona.answers[question.id];
    if (answer === undefined) throw new Error(`${question.id} has no answer`);
    await answerWithKeyboard(page, question, answer);
    given[question.id] = answer;
    if (question.type === 'number' && answer !== UNSURE) {
      // Enter in the number field submits its form.
      await page.keyboard.press('Enter');
    } else {
      await tabTo(page, form.getByRole('button', { name: 'Next', exact: true }));
      await page.keyboard.press('Enter');
    }
  }
  expect(Object.keys(given)).toHaveLength(Object.keys(persona.answers).length);

  await expectStep(page, 'Review your answers', 'Review your answers');
  await expect(page.getByRole('alert').count()).resolves.toBeGreaterThanOrEqual(1);
  await pressButton(page, 'See my result');

  const outcome = outcomeById(bank, persona.expected);
  await expectStep(page, outcome.title, `Your result: ${outcome.title}`);

  // Tab past "Download summary (.md)" to the next button, then Shift+Tab back to it.
  const markdownButton = page.getByRole('button', { name: 'Download summary (.md)', exact: true });
  await tabTo(page, page.getByRole('button', { name: 'Save result file (.json)', exact: true }));
  await tabTo(page, markdownButton, { backwards: true, max: 1 });
  await expect(markdownButton.evaluate((button) => button.matches(':focus-visible'))).resolves.toBe(true);

  const download = await downloadFrom(page, () => page.keyboard.press('Enter'));
  expect(download.suggestedFilename()).toMatch(new RegExp(`^role-fit-${persona.expected}-\\d{4}-\\d{2}-\\d{2}\\.md$`));
  const { text } = await saveDownload(download, await tempFolder());
  expect(text).toContain(`# Role Fit result: ${escapeMarkdown(outcome.title)}`);
  await page.getByRole('status').filter({ hasText: 'Summary downloaded as a Markdown file.' }).waitFor();
  // Focus stays on the button, so the user can go on from where they were.
  await expect(hasFocus(markdownButton)).resolves.toBe(true);
});

import type { Locator, Page } from '@playwright/test';
import { outcomeById } from '../../src/engine';
import { expect, test } from './support/fixtures';
import {
  answerQuestion,
  bank,
  next,
  openLanding,
  personaFor,
  questionForm,
  questionsFor,
  shownOutcome,
} from './support/wizard';

const WIDTH = 360;
/** WCAG 2.2 target size (minimum), 2.5.8: 24 by 24 CSS pixels. */
const MIN_TARGET = 24;

const persona = personaFor('po');

async function expectNoHorizontalOverflow(page: Page, where: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `the page is ${width}px wide on ${where}`).toBeLessThanOrEqual(WIDTH);
}

/** The controls of a question smaller than the minimum target: each option's label, Back and Next. */
async function smallTargets(form: Locator): Promise<string[]> {
  const options = await form
    .getByRole('radio')
    .or(form.getByRole('checkbox'))
    .evaluateAll((inputs) =>
      inputs.map((input) => {
        const label = (input as HTMLInputElement).labels?.[0];
        const box = label?.getBoundingClientRect();
        return {
          name: label?.textContent ?? `unlabelled ${input.id}`,
          width: box?.width ?? 0,
          height: box?.height ?? 0,
        };
      }),
    );
  const buttons = await Promise.all(
    ['Back', 'Next'].map(async (name) => {
      const box = await form.getByRole('button', { name, exact: true }).boundingBox();
      return { name, width: box?.width ?? 0, height: box?.height ?? 0 };
    }),
  );
  return [...options, ...buttons]
    .filter((target) => target.width < MIN_TARGET || target.height < MIN_TARGET)
    .map((target) => `${target.name}: ${target.width.toFixed(0)}×${target.height.toFixed(0)}`);
}

test.describe('on a phone, 360×740', () => {
  test.use({ viewport: { width: WIDTH, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('every screen fits the width and every option is a large enough target', async ({ page }) => {
    await openLanding(page);
    await expectNoHorizontalOverflow(page, 'the landing page');
    await page.getByRole('button', { name: 'Start', exact: true }).tap();

    for (const question of questionsFor(persona)) {
      const form = await questionForm(page, question);
      await expectNoHorizontalOverflow(page, `the question ${question.id}`);
      await expect(smallTargets(form), `targets on ${question.id}`).resolves.toEqual([]);
      const answer = persona.answers[question.id];
      if (answer === undefined) throw new Error(`${question.id} has no answer`);
      await answerQuestion(page, question, answer);
      await next(page, question);
    }

    await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
    await expectNoHorizontalOverflow(page, 'the review screen');
    await page.getByRole('button', { name: 'See my result', exact: true }).tap();
    await expect(shownOutcome(page)).resolves.toBe(persona.expected);
    await page.getByRole('heading', { level: 1, name: outcomeById(bank, persona.expected).title }).waitFor();
    await expectNoHorizontalOverflow(page, 'the result');
  });
});

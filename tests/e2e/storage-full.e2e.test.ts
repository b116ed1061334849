/**
 * Issue #22, point 6: with storage full or blocked, every click counts on the first try, on a
 * fresh page and on one that resumed saved progress. The notice that saving stopped appears
 * where it moves nothing the user is about to click.
 */
import type { Page } from '@playwright/test';
import { UNSURE } from '../../src/engine';
import { expect, test } from './support/fixtures';
import { answerQuestion, openLanding, personaFor, questionForm, questionsFor, start } from './support/wizard';

/** From the next page load on, every write to localStorage fails as a full storage does. */
async function fillStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

/** From the next page load on, localStorage cannot even be reached, as when a browser blocks it. */
async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
}

const persona = personaFor('both');
const asked = questionsFor(persona);

/** Answers the persona's questions from `from` on, pressing Next once each: the next question (or the review) must follow. */
async function walk(page: Page, from: number, count: number): Promise<void> {
  for (const [index, question] of asked.slice(from, from + count).entries()) {
    // A question newer than the persona is answered "Not sure".
    await answerQuestion(page, question, persona.answers[question.id] ?? UNSURE);
    await (await questionForm(page, question)).getByRole('button', { name: 'Next', exact: true }).click();
    const then = asked[from + index + 1];
    await expect(
      page.getByRole('heading', { level: 1, name: then ? then.title : 'Review your answers', exact: true }),
    ).toBeVisible();
  }
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('storage full on a page that resumed progress: the first Next of each question counts', async ({ page }) => {
      await start(page);
      await walk(page, 0, 1);
      // Reloaded with the progress saved, then storage fills up.
      await fillStorage(page);
      await page.reload();
      await walk(page, 1, 4);
      await expect(page.getByRole('status').filter({ hasText: 'Your progress is not being saved' })).toBeVisible();
    });

    test('storage full on a fresh page: the first Next counts', async ({ page }) => {
      await fillStorage(page);
      await start(page);
      await walk(page, 0, 4);
    });

    test('storage blocked: the notice is there when the landing page first shows, so nothing moves under Start', async ({
      page,
    }) => {
      await blockStorage(page);
      // The notice's words come with the result's: held back, they must still be there first.
      await page.route(/\/assets\/en-result-[^/]*\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await route.continue();
      });
      await page.goto('/');
      // The first frame with the app running: the landing heading has focus.
      const notice = await page.waitForFunction(() =>
        document.activeElement?.id === 'landing-title'
          ? { text: document.querySelector('.notices')?.textContent ?? '' }
          : null,
      );
      expect((await notice.jsonValue())?.text).toContain('Your progress is not being saved');
    });

    test('storage blocked on a fresh page: the first Next counts', async ({ page }) => {
      await blockStorage(page);
      await openLanding(page);
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await walk(page, 0, 4);
    });
  });
}

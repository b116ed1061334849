import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { answerQuestion, bank, next, openLanding, start } from './support/wizard';

const viewports = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

/** True when the whole control lies within the first screen, without scrolling. */
async function onFirstScreen(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  return box !== null && viewport !== null && box.y >= 0 && box.y + box.height <= viewport.height;
}

for (const viewport of viewports)
  test(`at ${viewport.width}×${viewport.height}, Start and then Continue are on the first screen`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openLanding(page);
    await expect(onFirstScreen(page, page.getByRole('button', { name: 'Start', exact: true }))).resolves.toBe(true);

    const [first] = bank.questions;
    if (first?.type !== 'single') throw new Error('the first question is not single choice');
    await start(page);
    await answerQuestion(page, first, first.options[0]?.id ?? '');
    await next(page, first);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    const resume = page.getByRole('button', { name: 'Continue', exact: true });
    await resume.waitFor();
    await expect(onFirstScreen(page, resume)).resolves.toBe(true);
  });

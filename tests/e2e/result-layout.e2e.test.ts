import type { Locator, Page } from '@playwright/test';
import { outcomeIds } from '../../src/engine';
import { expect, test } from './support/fixtures';
import { openResult, openSection, personaFor } from './support/wizard';

/** The result's page was 4,200 to 4,600 px tall at 1280 px; with its sections closed it is at most half that. */
const MAX_HEIGHT = 2100;

async function onFirstScreen(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  return box !== null && viewport !== null && box.y >= 0 && box.y + box.height <= viewport.height;
}

/** A persona's result as this browser's own: opened from a link, then made the browser's answers. */
async function ownResult(page: Page, outcome: (typeof outcomeIds)[number]): Promise<void> {
  await expect(openResult(page, personaFor(outcome).answers)).resolves.toBe(outcome);
  await page.getByRole('button', { name: 'Make these my answers', exact: true }).click();
  await page.getByText('Our recommendation', { exact: true }).waitFor();
}

for (const outcome of outcomeIds)
  test(`the ${outcome} result reads in a minute at 1280×800: the first screen holds the advice and the actions`, async ({
    page,
  }) => {
    await ownResult(page, outcome);
    const firstScreen = [
      page.getByRole('heading', { level: 1 }),
      page.getByRole('region', { name: 'Your hiring plan' }),
      page.getByRole('heading', { level: 2, name: /^How sure is this\? / }),
      page.getByRole('region', { name: 'Main reasons' }),
      ...['Copy summary', 'Download summary (.md)', 'Save as PDF', 'Copy share link'].map((name) =>
        page.getByRole('button', { name, exact: true }),
      ),
    ];
    for (const target of firstScreen) await expect(onFirstScreen(page, target)).resolves.toBe(true);

    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    expect(await height()).toBeLessThanOrEqual(MAX_HEIGHT);
    // Each section opens and closes from its heading, and says so to screen readers.
    const toggle = page.getByRole('button', { name: 'Why', exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const why = await openSection(page, 'Why');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(why.getByRole('listitem').first()).toBeVisible();
    await toggle.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(why.getByRole('listitem').first()).toBeHidden();
  });

test('"What if?" opens its preview beside the row, with the fit chart and map as they would be', async ({ page }) => {
  await openResult(page, personaFor('combined').answers);
  const changes = await openSection(page, 'What would change it');
  const row = changes
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /^What if\? If / }) })
    .nth(1);
  await row.getByRole('button', { name: /^What if\? If / }).click();
  const preview = row.getByRole('region', { name: /^If .+\?$/ });
  await expect(preview.getByRole('table', { name: /^Fit with this change/ })).toBeAttached();
  await expect(preview.getByRole('img', { name: /^With this change, the answers would put you at/ })).toBeVisible();
  // The preview's map marks where the answers are now, beside where the change would put them.
  await expect(preview.locator('.map-point-before')).toHaveCount(1);
  const rowBox = await row.boundingBox();
  const previewBox = await preview.boundingBox();
  expect(previewBox && rowBox && previewBox.y - rowBox.y).toBeLessThan(120);
});

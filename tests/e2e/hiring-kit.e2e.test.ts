import type { Page } from '@playwright/test';
import { defaultKitJson } from '../fixtures/default-bank';

const kitJson = defaultKitJson();
import { evaluate, hiringKits, parseHiringKit, type Answers, type RoleKit } from '../../src/engine';
import { personaById } from '../fixtures/personas';
import { expectNoAxeViolations } from './support/axe';
import { downloadFrom, saveDownload, tempFolder } from './support/files';
import { expect, test } from './support/fixtures';
import { bank, openResult, runPersona, shownOutcome } from './support/wizard';

/** A regulated product built by an outside company, 20 engineers in 2 teams, no product person yet. */
const answers: Answers = { ...personaById('po-cto-runs-backlog').answers, build: 'outsourced' };

/** The kits the engine composes for these answers: what the screen must show. */
function expectedKits(): RoleKit[] {
  const parsed = parseHiringKit(kitJson, bank);
  if (!parsed.ok) throw new Error('the hiring kit file is invalid');
  const kits = hiringKits(bank, parsed.kit, answers, evaluate(bank, answers));
  if (kits.length === 0) throw new Error('these answers give no kit');
  return kits;
}

/** The kit's section, opened from its heading's button with the keyboard. */
async function openKit(page: Page, kits: readonly RoleKit[]) {
  const name = kits.length === 1 ? `Hiring kit: ${kits[0]?.title ?? ''}` : 'Hiring kits';
  const toggle = page.getByRole('button', { name, exact: true });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return page.getByRole('region', { name, exact: true });
}

/** Heading levels in the section, which must step down one at a time from its h2. */
async function headingLevels(page: Page): Promise<number[]> {
  return page
    .locator('#hiring-kit-title, #hiring-kit-body :is(h2, h3, h4, h5, h6)')
    .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))));
}

async function checkKit(page: Page): Promise<void> {
  const kits = expectedKits();
  const section = await openKit(page, kits);

  // What the kit says fits the answers: the team, the vendor, the regulation, a first product hire.
  await expect(section).toContainText('All 20 engineers who build the product, contractors included.');
  await expect(section).toContainText('The outside company that builds the product');
  await expect(section).toContainText('asked because: An outside company builds some or all of your product.');
  await expect(section).toContainText('asked because: Your product has to meet regulation or strict compliance.');
  await expect(section).toContainText('this hire helps start the product function');
  await expect(section).not.toContainText('Investors or the board');
  for (const kit of kits) {
    for (const line of [...kit.intake.owns, ...kit.intake.workWith, ...kit.intake.success])
      await expect(section.getByRole('listitem').filter({ hasText: line })).toHaveCount(1);
    for (const attribute of kit.scorecard) await expect(section).toContainText(`${attribute.name}: ${attribute.means}`);
    await expect(section.getByRole('list').filter({ hasText: kit.questions[0]?.text ?? '' })).toHaveCount(1);
  }
  await expect(section.locator('ol > li')).toHaveCount(kits.reduce((sum, kit) => sum + kit.questions.length, 0));

  const levels = await headingLevels(page);
  expect(levels[0]).toBe(2);
  levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 1)).toBeLessThanOrEqual(1));
  await expectNoAxeViolations(page, 'the result with its hiring kit open');
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  );
}

test('answered to a result, the hiring kit opens with what fits the company, and copies and downloads as Markdown', async ({
  page,
  context,
  baseURL,
}) => {
  await runPersona(page, { answers });
  await checkKit(page);

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.getByRole('button', { name: 'Copy the kit as Markdown', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Hiring kit copied as Markdown.' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());

  const download = await saveDownload(
    await downloadFrom(page, () => page.getByRole('button', { name: 'Download the kit (.md)', exact: true }).click()),
    await tempFolder(),
  );
  expect(download.path).toMatch(/role-fit-hiring-kit-\d{4}-\d{2}-\d{2}\.md$/);
  expect(download.text).toBe(copied);
  for (const kit of expectedKits()) expect(download.text).toContain(`## ${kit.title}\n`);
  expect(download.text).toContain('- [ ] All 20 engineers who build the product, contractors included.');
  expect(download.text).toContain('| Attribute | Weak | Fair | Good | Strong |');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('the kit fits the screen and passes axe', async ({ page }) => {
    await openResult(page, answers);
    await checkKit(page);
  });
});

test('a tentative result shows no kit', async ({ page }) => {
  await openResult(page, { stage: 'seed', budget: 'one' });
  await shownOutcome(page);
  await expect(page.locator('.result .eyebrow')).toContainText('tentative');
  // The result's other sections are there, so the kit's absence is not a page still loading.
  await expect(page.getByRole('button', { name: 'What would change it', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Hiring kit/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy the kit as Markdown' })).toHaveCount(0);
});

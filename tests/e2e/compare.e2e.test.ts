import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import {
  buildResultFile,
  compareResults,
  decodeShareLink,
  encodeCompareLink,
  evaluate,
  outcomeById,
  planLine,
  type OutcomeId,
} from '../../src/engine';
import { personas } from '../fixtures/personas';
import { expectNoAxeViolations } from './support/axe';
import { downloadFrom, saveDownload, tempFolder } from './support/files';
import { expect, test } from './support/fixtures';
import { inFreshContext } from './support/fresh-context';
import { bank, openLanding, personaFor, sharePath } from './support/wizard';

const people = [
  { label: 'Ada', persona: personaFor('po') },
  { label: 'Grace', persona: personaFor('pm') },
];
const title = (outcome: OutcomeId) => outcomeById(bank, outcome).title;
const expected = compareResults(
  bank,
  people.map(({ label, persona }) => ({ label, answers: persona.answers })),
);

/** From the landing page to the empty comparison form. */
async function openCompare(page: Page): Promise<void> {
  await openLanding(page);
  await page
    .getByRole('navigation', { name: 'Role Fit' })
    .getByRole('button', { name: 'Compare results', exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Compare answers' }).waitFor();
}

/** Fills in Ada's and Grace's names and share links and presses Compare. */
async function compareAdaAndGrace(page: Page, baseURL: string | undefined): Promise<void> {
  for (const [index, { label, persona }] of people.entries()) {
    await page.getByRole('textbox', { name: `Name for person ${index + 1}`, exact: true }).fill(label);
    await page
      .getByRole('textbox', { name: `Share link for person ${index + 1}`, exact: true })
      .fill(`${baseURL ?? ''}${sharePath(persona.answers)}`);
  }
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Each person’s result' }).waitFor();
}

/** A comparison link to five people, one of each kind, with real names. */
function fivePeoplePath(): string {
  const names = ['Ada Lovelace', 'Grace Hopper', 'Margaret Hamilton', 'Katherine Johnson', 'Radia Perlman'];
  return `/#${encodeCompareLink(
    bank,
    personas.slice(0, 5).map((persona, index) => ({ label: names[index] ?? '', answers: persona.answers })),
  )}`;
}

/**
 * Words of the tables that the browser broke across lines: each word of each visible text is
 * measured as a range, and a word on two lines is broken (a line may end after a hyphen, as in
 * "pre-|seed"). The column names the narrow layout shows before each value (a ::before) are
 * measured against the width they were given.
 */
function brokenWords(root: Locator): Promise<string[]> {
  return root.evaluate((element) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // The narrow layout keeps the column headers for screen readers only, one pixel wide.
      if (!parent || parent.getBoundingClientRect().width <= 1 || !parent.checkVisibility()) continue;
      for (const match of (node.textContent ?? '').matchAll(/[^\s-]+-?/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    const probe = document.createElement('span');
    probe.style.cssText = 'position: absolute; white-space: nowrap; visibility: hidden';
    document.body.append(probe);
    for (const cell of element.querySelectorAll<HTMLElement>('td[data-label]')) {
      const label = getComputedStyle(cell, '::before');
      if (label.content === 'none' || label.content === 'normal') continue;
      probe.style.font = label.font;
      for (const word of (cell.dataset.label ?? '').split(/(?<=-)|\s+/)) {
        probe.textContent = word;
        if (probe.getBoundingClientRect().width > parseFloat(label.width) + 0.5) broken.push(`${word} (label)`);
      }
    }
    probe.remove();
    return broken;
  });
}

/** The roles Chromium itself gives the page (its accessibility tree), with their names. */
async function chromiumRoles(page: Page): Promise<{ role: string; name: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes
    .filter((node) => !node.ignored)
    .map((node) => ({ role: String(node.role?.value ?? ''), name: String(node.name?.value ?? '') }));
}

test('two share links side by side: each outcome, where they differ, one for the team; a broken link is explained', async ({
  page,
  baseURL,
}) => {
  await openCompare(page);
  await compareAdaAndGrace(page, baseURL);

  const results = page.getByRole('heading', { level: 2, name: 'Each person’s result' });
  await expect.poll(() => results.evaluate((heading) => heading === document.activeElement)).toBe(true);
  const table = page.getByRole('table', { name: /^Recommendation, hiring plan and dimension scores/ });
  for (const { label, persona } of people) {
    const row = await table.getByRole('row', { name: new RegExp(`^${label} `) }).textContent();
    expect(row).toContain(title(persona.expected));
    expect(row).toContain(planLine(bank, evaluate(bank, persona.answers)));
  }

  const differences = page.getByRole('region', { name: 'Where you differ most' });
  await differences.waitFor();
  const biggest = expected.differences[0];
  if (!biggest) throw new Error('the two personas answered alike');
  await differences.getByRole('rowheader', { name: biggest.topic, exact: true }).waitFor();

  const together = page.getByRole('region', { name: 'Together' });
  await expect(together.getByRole('strong').textContent()).resolves.toBe(title(expected.combined.outcome));
  await expect(table.getByRole('row', { name: /^Everyone together / }).textContent()).resolves.toContain(
    title(expected.combined.outcome),
  );
  await expectNoAxeViolations(page, 'the comparison');

  // Person 2's link cut short while copying: the comparison goes and an alert says why.
  const damaged = `${baseURL ?? ''}${sharePath(personaFor('pm').answers)}`.slice(0, -4);
  const decoded = decodeShareLink(bank, damaged);
  if (decoded.ok) throw new Error('the shortened link still decodes');
  await page.getByRole('textbox', { name: 'Share link for person 2', exact: true }).fill(damaged);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Some answers could not be read' });
  await expect(alert.getByRole('listitem').textContent()).resolves.toBe(`Grace: ${decoded.error.message}`);
  await results.waitFor({ state: 'detached' });
  await expectNoAxeViolations(page, 'the comparison with a damaged link');
});

test('every difference can be seen: “Show all” lists the rest, “Show fewer” goes back to eight', async ({
  page,
  baseURL,
}) => {
  const count = expected.differences.length;
  if (count <= 8) throw new Error(`Ada and Grace differ in only ${count} questions`);
  await openCompare(page);
  await compareAdaAndGrace(page, baseURL);

  const table = page.getByRole('table', { name: /^Questions answered differently/ });
  await expect(table).toHaveAccessibleName(new RegExp(`\\(8 of ${count}\\)$`));
  await expect(table.getByRole('rowheader')).toHaveCount(8);
  const more = page
    .getByRole('region', { name: 'Where you differ most' })
    .getByRole('button', { name: /^Show (all \d+ differences|fewer)$/ });
  await expect(more).toHaveAccessibleName(`Show all ${count} differences`);
  await expect(more).toHaveAttribute('aria-expanded', 'false');

  await more.click();
  await expect(table.getByRole('rowheader')).toHaveText(expected.differences.map((difference) => difference.topic));
  await expect(more).toHaveAccessibleName('Show fewer');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(more).toBeFocused();
  await expectNoAxeViolations(page, 'every difference shown');

  await page.keyboard.press('Enter');
  await expect(table.getByRole('rowheader')).toHaveCount(8);
  await expect(more).toHaveAccessibleName(`Show all ${count} differences`);
  await expect(more).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const)
  test(`at 360 px five people read as cards, with no word broken and the tables still tables (${colorScheme})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme });
    await page.goto(fivePeoplePath());
    const comparison = page.locator('.comparison');
    const people = page.getByRole('table', { name: /^Recommendation, hiring plan and dimension scores/ });
    await people.waitFor();
    await page.getByRole('button', { name: /^Show all \d+ differences$/ }).click();

    // Each row is a card: the name on top, then one line per column.
    const ada = people.getByRole('row', { name: /^Ada Lovelace / });
    const [card, name, recommendation] = await Promise.all([
      ada.boundingBox(),
      ada.getByRole('rowheader').boundingBox(),
      ada.getByRole('cell').first().boundingBox(),
    ]);
    expect(card && name && recommendation).toBeTruthy();
    if (!card || !name || !recommendation) return;
    expect(recommendation.y).toBeGreaterThanOrEqual(name.y + name.height - 1);
    expect(card.width).toBeLessThanOrEqual(360);

    await expect(brokenWords(comparison)).resolves.toEqual([]);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);

    // Chromium's own accessibility tree still has the tables, their rows, cells and headers.
    const roles = await chromiumRoles(page);
    const has = (role: string, name?: string) =>
      roles.some((node) => node.role === role && (name === undefined || node.name === name));
    expect(has('table')).toBe(true);
    expect(has('columnheader', 'Recommendation')).toBe(true);
    expect(has('columnheader', 'Radia Perlman')).toBe(true);
    expect(has('rowheader', 'Everyone together')).toBe(true);
    expect(has('cell')).toBe(true);
    await expectNoAxeViolations(page, `the comparison at 360 px (${colorScheme})`);
  });

test('at 1280 px the comparison is a table, with no word broken', async ({ page }) => {
  await page.goto(fivePeoplePath());
  const people = page.getByRole('table', { name: /^Recommendation, hiring plan and dimension scores/ });
  await people.waitFor();
  await page.getByRole('button', { name: /^Show all \d+ differences$/ }).click();
  // One line for a person: the cells sit side by side.
  const ada = people.getByRole('row', { name: /^Ada Lovelace / });
  const [name, recommendation] = await Promise.all([
    ada.getByRole('rowheader').boundingBox(),
    ada.getByRole('cell').first().boundingBox(),
  ]);
  expect(recommendation && name && recommendation.x > name.x + name.width - 1).toBe(true);
  await expect(brokenWords(page.locator('.comparison'))).resolves.toEqual([]);
  // Narrower than this the cards take over (44rem): the tables never need more than the page gives them.
  for (const table of await page.getByRole('table').all())
    await expect(
      table.evaluate((element) => element.scrollWidth <= (element.parentElement?.clientWidth ?? 0)),
    ).resolves.toBe(true);
});

test('a name typed the moment the comparison appears stays, on a slow CPU', async ({ page }) => {
  await openLanding(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Someone quick: as soon as "Name for person 1" exists, they are in it and typing.
  await page.evaluate(() => {
    new MutationObserver((_, observer) => {
      const label = Array.from(document.querySelectorAll('label')).find((l) => l.textContent === 'Name for person 1');
      const input = label ? document.getElementById(label.htmlFor) : null;
      if (!(input instanceof HTMLInputElement)) return;
      observer.disconnect();
      input.focus();
      // What typing does: the value changes, then an input event says so.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, 'Ada');
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'Ada' }));
      document.documentElement.dataset.typed = 'yes';
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page
    .getByRole('navigation', { name: 'Role Fit' })
    .getByRole('button', { name: 'Compare results', exact: true })
    .click();
  await page.waitForFunction(() => document.documentElement.dataset.typed === 'yes');
  await page.keyboard.type(' Lovelace');
  const name = page.getByRole('textbox', { name: 'Name for person 1', exact: true });
  await expect(name).toHaveValue('Ada Lovelace');
  await expect(name).toBeFocused();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

test('a name typed while a saved file is still being read stays', async ({ page }) => {
  const folder = await tempFolder();
  const file = join(folder, 'grace.json');
  await writeFile(file, JSON.stringify(buildResultFile(bank, personaFor('pm').answers, new Date())));
  // The file's parser loads on demand: hold it back, as a slow network or CPU would.
  let held = 0;
  await page.route(/\/assets\/result-file-[\w-]+\.js$/, async (route) => {
    held++;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await openCompare(page);
  await page.getByLabel('Or a saved file for person 2', { exact: true }).setInputFiles(file);
  const name = page.getByRole('textbox', { name: 'Name for person 2', exact: true });
  await name.fill('Grace');
  await page.getByText('Using grace.json.').waitFor();
  await expect(name).toHaveValue('Grace');
  expect(held).toBe(1);
});

test('the comparison as Markdown, and as a link that opens it read-only in another browser', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await openCompare(page);
  await compareAdaAndGrace(page, baseURL);
  const exports = page.getByRole('region', { name: 'Take the comparison with you' });

  const md = await saveDownload(
    await downloadFrom(page, () => exports.getByRole('button', { name: 'Download comparison (.md)' }).click()),
    await tempFolder(),
  );
  expect(md.path).toMatch(/role-fit-comparison-\d{4}-\d{2}-\d{2}\.md$/);
  // Ada and Grace got different recommendations: the title says so rather than naming one.
  expect(expected.agree).toBe(false);
  expect(md.text).toMatch(/^# Role Fit comparison: different recommendations\n/);
  expect(md.text).toContain('| Person | Recommendation | Plan |');
  expect(md.text).toContain(`All ${expected.differences.length} questions answered differently`);
  for (const difference of expected.differences) expect(md.text).toContain(`| ${difference.topic} |`);

  await exports.getByRole('button', { name: 'Copy comparison as Markdown' }).click();
  await exports.getByRole('status').filter({ hasText: 'Comparison copied as Markdown.' }).waitFor();
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(md.text);

  await exports.getByRole('button', { name: 'Copy comparison link' }).click();
  await exports.getByRole('status').filter({ hasText: 'Comparison link copied.' }).waitFor();
  const link = await exports.getByRole('textbox', { name: 'Comparison link', exact: true }).inputValue();
  expect(link.startsWith(`${baseURL ?? ''}/#c1.`)).toBe(true);
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);
  expect(md.text).toContain(`Open this comparison in Role Fit: <${link}>`);

  await inFreshContext(browser, baseURL, async (fresh) => {
    await fresh.goto(link);
    const banner = fresh.getByRole('region', { name: 'Shared comparison' });
    await expect(banner).toContainText('Your own answers in this browser are not shown and not changed.');
    await fresh.getByRole('heading', { level: 1, name: 'Shared comparison' }).waitFor();
    const table = fresh.getByRole('table', { name: /^Recommendation, hiring plan and dimension scores/ });
    for (const { label, persona } of people)
      await expect(table.getByRole('row', { name: new RegExp(`^${label} `) })).toContainText(title(persona.expected));
    await expect(fresh.getByRole('textbox', { name: /^Name for person/ })).toHaveCount(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await fresh.emulateMedia({ colorScheme });
      await expectNoAxeViolations(fresh, `a shared comparison (${colorScheme})`);
    }
    await expect(fresh.evaluate(() => Object.keys(localStorage).length)).resolves.toBe(0);

    // A reload shows it again; the browser's Back leaves it, and the link with it; Forward returns.
    await fresh.reload();
    await expect(table.getByRole('row', { name: /^Ada / })).toBeVisible();
    await fresh.goBack();
    await fresh.getByRole('heading', { level: 1, name: bank.title }).waitFor();
    await expect(banner).toBeHidden();
    expect(new URL(fresh.url()).hash).toBe('');
    await fresh.goForward();
    await expect(table.getByRole('row', { name: /^Ada / })).toBeVisible();

    // Closing it leaves the link too.
    await banner.getByRole('button', { name: 'Close the shared comparison', exact: true }).click();
    await fresh.getByRole('heading', { level: 1, name: bank.title }).waitFor();
    expect(new URL(fresh.url()).hash).toBe('');
    await expect(fresh.evaluate(() => Object.keys(localStorage).length)).resolves.toBe(0);

    // The same link cut short is explained, and nothing runs from it.
    await fresh.goto(link.slice(0, -3));
    const alert = fresh.getByRole('alert', { name: 'The comparison link could not be opened' });
    await expect(alert).toContainText('This comparison link is damaged');
    expect(new URL(fresh.url()).hash).toBe('');
  });
});

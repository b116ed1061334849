/**
 * Issue #22, point 3: a comparison from a result starts with it; the summary names the real
 * problem and goes when the fields change; the same answers twice get a note; a question hidden
 * from someone reads "Not asked"; a shared comparison can add one's own answers and open each
 * person's full result read-only.
 */
import type { Page } from '@playwright/test';
import { UNSURE, encodeCompareLink, encodeShareLink, questionFlow, type Answers } from '../../src/engine';
import { expect, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';
import { bank, sharePath } from './support/wizard';

function complete(answers: Answers): Answers {
  let done: Answers = answers;
  for (let flow = questionFlow(bank, done); flow.firstUnanswered; flow = questionFlow(bank, done))
    done = { ...done, [flow.firstUnanswered]: UNSURE };
  return done;
}

const mine = complete({ stage: 'seed', engineers: 5 });
const theirs = complete({ stage: 'growth', engineers: 40, teams: 4 });

async function own(page: Page, answers: Answers): Promise<void> {
  await page.goto(sharePath(answers));
  await page.getByRole('button', { name: 'Make these my answers', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Shared result' })).toBeHidden();
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test(`at ${viewport.width}×${viewport.height}, a comparison from the result starts with it and says what is wrong`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize(viewport);
    await own(page, mine);
    await page.getByRole('textbox', { name: 'Whose answers are these? (optional)' }).fill('Bo');
    await page.getByRole('button', { name: 'Compare with colleagues', exact: true }).click();
    const first = page.getByRole('group', { name: 'Person 1' });
    await expect(first.getByRole('textbox', { name: 'Name for person 1' })).toHaveValue('Bo');
    await expect(first).toContainText('Using your answers in this browser.');

    // A file that is not a result: the summary names that, not an empty field.
    const second = page.getByRole('group', { name: 'Person 2' });
    await second.getByLabel('Or a saved file for person 2').setInputFiles({
      name: 'empty.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(0),
    });
    await expect(second).toContainText('This file is empty');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Some answers could not be read' });
    await expect(summary).toContainText('Person 2: This file is empty');
    await expect(summary).not.toContainText('Paste a share link');
    // The summary was about the fields as they were.
    await second
      .getByRole('textbox', { name: 'Share link for person 2' })
      .fill(`${baseURL ?? ''}/#${encodeShareLink(bank, theirs)}`);
    await expect(summary).toBeHidden();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Each person’s result' })).toBeFocused();
    // "Product teams" was never asked of Bo, who has 5 engineers.
    // The comparison is on screen (its heading has focus): "Show all" is there only with more than eight differences.
    const showAll = page.getByRole('button', { name: /^Show all \d+ differences$/ });
    if ((await showAll.count()) > 0) await showAll.click();
    const teams = page.getByRole('row', { name: /^Product teams/ });
    await expect(teams).toContainText('Not asked');
    await expect(teams).not.toContainText('Not answered');
    await expectNoAxeViolations(page, 'a comparison from the result');
  });
}

test('the same answers twice get a note', async ({ page, baseURL }) => {
  await own(page, mine);
  await page.getByRole('button', { name: 'Compare with colleagues', exact: true }).click();
  await page
    .getByRole('textbox', { name: 'Share link for person 2' })
    .fill(`${baseURL ?? ''}/#${encodeShareLink(bank, mine)}`);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByText(/^Person 2 and You gave exactly the same answers/)).toBeVisible();
});

test('a shared comparison adds one’s own answers and opens each person’s full result read-only', async ({ page }) => {
  await own(page, mine);
  const people = [
    { label: 'Ada', answers: theirs },
    { label: 'Grace', answers: complete({ stage: 'idea', engineers: 2 }) },
  ];
  await page.goto(`/#${encodeCompareLink(bank, people)}`);
  const banner = page.getByRole('region', { name: 'Shared comparison' });
  await page.getByRole('button', { name: 'Open Ada’s full result' }).click();
  const view = page.getByRole('region', { name: 'Result from the comparison' });
  await expect(view).toContainText('These are Ada’s answers.');
  await expect(page.locator('.result .eyebrow')).toContainText('Ada’s result');
  await view.getByRole('button', { name: 'Back to the comparison' }).click();
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Add my answers' }).click();
  await expect(page.getByRole('textbox', { name: 'Name for person 3' })).toHaveValue('You');
  await expect(page.getByRole('table', { name: /^Recommendation/ }).getByRole('row', { name: /^You / })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name for person 1' })).toHaveValue('Ada');
});

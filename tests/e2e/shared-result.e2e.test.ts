import { expect, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';
import { answerQuestion, bank, next, personaFor, questionForm, sharePath, shownOutcome, start } from './support/wizard';

const sender = personaFor('pm');

test('a share link in a fresh browser shows the sender’s result read-only, and stays in the address', async ({
  page,
}) => {
  await page.goto(sharePath(sender.answers));
  const banner = page.getByRole('region', { name: 'Shared result' });
  await expect(banner).toBeVisible();
  await expect(shownOutcome(page)).resolves.toBe(sender.expected);
  await expectNoAxeViolations(page, 'a shared result');
  expect(new URL(page.url()).hash).toBe(new URL(sharePath(sender.answers), page.url()).hash);
  await expect(page.evaluate(() => Object.keys(localStorage).length)).resolves.toBe(0);

  // A reload (or a bookmark) shows it again.
  await page.reload();
  await expect(banner).toBeVisible();
  await expect(shownOutcome(page)).resolves.toBe(sender.expected);

  // With no answers of its own, "Make these my answers" takes them without asking.
  await banner.getByRole('button', { name: 'Make these my answers', exact: true }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('button', { name: 'Back to review', exact: true })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
});

test('a share link in a browser with answers of its own shows the shared result without touching them', async ({
  page,
}) => {
  const [first] = bank.questions;
  if (first?.type !== 'single') throw new Error('the first question is not single choice');
  const own = first.options[0]?.id ?? '';
  await start(page);
  await answerQuestion(page, first, own);
  await next(page, first);
  const saved = await page.evaluate(() => JSON.stringify(localStorage));

  await page.goto(sharePath(sender.answers));
  const banner = page.getByRole('region', { name: 'Shared result' });
  await expect(shownOutcome(page)).resolves.toBe(sender.expected);
  await expect(page.evaluate(() => JSON.stringify(localStorage))).resolves.toBe(saved);

  // "Make these my answers" asks first; Cancel keeps the user's own.
  await banner.getByRole('button', { name: 'Make these my answers', exact: true }).click();
  await banner.getByRole('button', { name: 'Cancel', exact: true }).click();
  await banner.getByRole('button', { name: 'Back to my answers', exact: true }).click();
  await expect(banner).toBeHidden();
  await expect(page.evaluate(() => JSON.stringify(localStorage))).resolves.toBe(saved);
  await expect(questionForm(page, bank.questions[1] ?? first)).resolves.toBeTruthy();
});

test('“Compare with mine” puts the shared result beside this browser’s own, and changes neither', async ({ page }) => {
  // This browser's own result: another persona's answers, made its own.
  const own = personaFor('po');
  await page.goto(sharePath(own.answers));
  await page
    .getByRole('region', { name: 'Shared result' })
    .getByRole('button', { name: 'Make these my answers', exact: true })
    .click();
  await expect(shownOutcome(page)).resolves.toBe(own.expected);
  const saved = await page.evaluate(() => JSON.stringify(localStorage));

  await page.goto(sharePath(sender.answers));
  const banner = page.getByRole('region', { name: 'Shared result' });
  await expect(shownOutcome(page)).resolves.toBe(sender.expected);
  await banner.getByRole('button', { name: 'Compare with mine', exact: true }).click();

  await page.getByRole('heading', { level: 1, name: 'Compare answers' }).waitFor();
  await expect(banner).toBeHidden();
  const table = page.getByRole('table', { name: /^Recommendation, hiring plan and dimension scores/ });
  const title = (persona: typeof own) => bank.outcomes.find((outcome) => outcome.id === persona.expected)?.title ?? '';
  await expect(table.getByRole('row', { name: /^Shared / })).toContainText(title(sender));
  await expect(table.getByRole('row', { name: /^You / })).toContainText(title(own));
  await expect(page.evaluate(() => JSON.stringify(localStorage))).resolves.toBe(saved);
  expect(new URL(page.url()).hash).toBe('');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `a shared result beside one's own (${colorScheme})`);
  }

  // The names can be changed.
  const you = page.getByRole('textbox', { name: 'Name for person 2', exact: true });
  await you.fill('Sam');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(table.getByRole('row', { name: /^Sam / })).toContainText(title(own));

  // The browser's Back returns to the shared result; the in-app Back from there to one's own.
  await page.goBack();
  await expect(banner).toBeVisible();
  await expect(shownOutcome(page)).resolves.toBe(sender.expected);
  await banner.getByRole('button', { name: 'Back to my answers', exact: true }).click();
  await expect(shownOutcome(page)).resolves.toBe(own.expected);
  await expect(page.evaluate(() => JSON.stringify(localStorage))).resolves.toBe(saved);
});

test('no “Compare with mine” without a result of one’s own', async ({ page }) => {
  await page.goto(sharePath(sender.answers));
  const banner = page.getByRole('region', { name: 'Shared result' });
  await banner.getByRole('button', { name: 'Close the shared result', exact: true }).waitFor();
  await expect(banner.getByRole('button', { name: 'Compare with mine' })).toHaveCount(0);
});

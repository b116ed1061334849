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

import type { Page } from '@playwright/test';
import { buildResultFile, escapeMarkdown, outcomeById, type OutcomeId } from '../../src/engine';
import { expectNoAxeViolations } from './support/axe';
import { downloadFrom, saveDownload, tempFolder } from './support/files';
import { expect, test } from './support/fixtures';
import { inFreshContext } from './support/fresh-context';
import {
  bank,
  fitFigures,
  openLanding,
  openResult,
  personaFor,
  questionsFor,
  runPersona,
  shownOutcome,
} from './support/wizard';

const persona = personaFor('pm');

/** What the result screen shows that must survive a round trip: the outcome and the fit figures. */
async function shownResult(page: Page): Promise<{ outcome: OutcomeId; figures: string }> {
  return { outcome: await shownOutcome(page), figures: await fitFigures(page) };
}

test('a share link, a saved file and the Markdown summary carry the same result', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await expect(runPersona(page, persona)).resolves.toBe(persona.expected);
  const result = await shownResult(page);
  const folder = await tempFolder();

  // (a) The share link, copied and shown, opens the same result in a browser that has no answers.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.getByRole('button', { name: 'Copy share link', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Share link copied.' }).waitFor();
  const link = await page.getByRole('textbox', { name: 'Share link', exact: true }).inputValue();
  expect(link.startsWith(`${baseURL}/#v`)).toBe(true);
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);
  const fromLink = await inFreshContext(browser, baseURL, async (fresh) => {
    await fresh.goto(link);
    await fresh.getByRole('region', { name: 'Shared result' }).waitFor();
    return shownResult(fresh);
  });
  expect(fromLink).toEqual(result);

  // (b) The saved .json, opened from the landing page of a fresh browser, gives the same result.
  const json = await saveDownload(
    await downloadFrom(page, () => page.getByRole('button', { name: 'Save result file (.json)', exact: true }).click()),
    folder,
  );
  expect(json.path).toMatch(/role-fit-pm-\d{4}-\d{2}-\d{2}\.json$/);
  const fromFile = await inFreshContext(browser, baseURL, async (fresh) => {
    await openLanding(fresh);
    await fresh.getByRole('button', { name: 'Open a saved result', exact: true }).click();
    await fresh.getByLabel('Saved result file', { exact: true }).setInputFiles(json.path);
    // It opens read-only, like a link, until it is made this browser's own.
    await fresh.getByRole('region', { name: 'Saved result' }).waitFor();
    await fresh.getByRole('button', { name: 'Make these my answers', exact: true }).click();
    await fresh.getByRole('status').filter({ hasText: 'Opened the answers from a saved file.' }).waitFor();
    return shownResult(fresh);
  });
  expect(fromFile).toEqual(result);

  // (c) The Markdown summary names the recommendation, every question asked, and the question set.
  const { text: markdown } = await saveDownload(
    await downloadFrom(page, () => page.getByRole('button', { name: 'Download summary (.md)', exact: true }).click()),
    folder,
  );
  expect(markdown).toContain(`# Role Fit result: ${escapeMarkdown(outcomeById(bank, persona.expected).title)}`);
  for (const question of questionsFor(persona))
    expect(markdown).toContain(`**${escapeMarkdown(question.topic)}**: ${escapeMarkdown(question.title)} |`);
  expect(markdown).toContain(`question set ${escapeMarkdown(bank.id)} version ${escapeMarkdown(bank.version)}`);
});

test('a file that is not a result is refused with an explanation; the answers stay', async ({ page }) => {
  await openResult(page, persona.answers);
  await page.getByRole('button', { name: 'Make these my answers', exact: true }).click();
  await page.getByRole('button', { name: 'Back to review', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
  const answers = page.getByRole('list').filter({ has: page.getByRole('button', { name: /^Change / }) });
  const before = await answers.textContent();

  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]);
  const files = [
    {
      file: { name: 'photo.json', mimeType: 'application/json', buffer: png },
      message:
        'This file looks like a binary file (an image or an archive?), not a Role Fit result; choose the .json file Role Fit saved.',
      details: ['It starts like a PNG image.'],
    },
    {
      file: { name: 'empty.json', mimeType: 'application/json', buffer: Buffer.alloc(0) },
      message: 'This file is empty, so it is not a Role Fit result; choose the .json file Role Fit saved.',
      details: [],
    },
    {
      file: {
        name: 'edited.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ ...resultFile(), answers: { stage: 'seed', engineers: 0.5 } })),
      },
      message:
        'The answers in this file do not fit the current questions, so it was not opened; answer the questions again.',
      details: [
        'The answer to “How many engineers build your product…” is 0.5; it must be a whole number from 0 to 100,000.',
      ],
    },
  ];
  await page.getByRole('button', { name: 'Open a saved result', exact: true }).click();
  for (const [index, { file, message, details }] of files.entries()) {
    await page.getByLabel('Saved result file', { exact: true }).setInputFiles(file);
    const alert = page.getByRole('alert').filter({ hasText: message });
    // One sentence in plain words: no sentence end followed by another sentence.
    await expect(alert.getByRole('paragraph')).toHaveText(message);
    expect(message).not.toMatch(/[.!?]\s+[A-Z]/);
    if (details.length > 0) {
      await alert.getByText('Details', { exact: true }).click();
      await expect(alert.getByRole('listitem')).toHaveText(details);
    } else await expect(alert.getByText('Details', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open a saved result');
    if (index === 0) await expectNoAxeViolations(page, `the import error for ${file.name}`);
  }
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
  await expect(answers.textContent()).resolves.toBe(before);
});

/** A result file as Role Fit saves it, for the persona, ready to be edited. */
function resultFile(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(buildResultFile(bank, persona.answers, new Date()))) as Record<string, unknown>;
}

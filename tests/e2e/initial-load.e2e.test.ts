import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { expect, test } from './support/fixtures';
import { STORAGE_KEY } from '../../src/store/assessment-store';
import { resultFileText } from '../../src/engine/result-file';
import {
  answerQuestion,
  bank,
  next,
  personaFor,
  questionForm,
  questionsFor,
  shownOutcome,
  start,
} from './support/wizard';

/** The same budget as tests/build/bundle-size.test.ts, for what the browser really fetches. */
const BUDGET_BYTES = 90 * 1024;

test('the JS and CSS fetched before the first question fit the budget, gzipped', async ({ page }) => {
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (['script', 'stylesheet'].includes(response.request().resourceType())) responses.push(response);
  });
  await start(page);
  const first = bank.questions[0];
  if (!first) throw new Error('the bank has no questions');
  await questionForm(page, first);
  const sizes = await Promise.all(
    responses.map(async (response) => ({
      path: new URL(response.url()).pathname,
      gzip: gzipSync(await response.body(), { level: 9 }).length,
    })),
  );
  const total = sizes.reduce((sum, entry) => sum + entry.gzip, 0);
  console.log(
    `Fetched before the first question: ${total.toLocaleString('en')} B gzip (${sizes
      .map((entry) => `${entry.path} ${entry.gzip.toLocaleString('en')} B`)
      .join(', ')})`,
  );
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
});

/** Holds back the app's script until the returned function is called: the page is HTML only until then. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const started = (page: Page) => page.evaluate(() => document.getElementById('root')?.hasAttribute('data-started'));

test('the landing page is in the HTML: it shows before the app loads, and Start clicked then still starts', async ({
  page,
}) => {
  const release = await holdAppScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByRole('heading', { level: 1, name: bank.title }).waitFor();
  await expect(page.title()).resolves.toBe('Find your next product hire · Role Fit');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(started(page)).resolves.toBe(false);
  release();
  const first = bank.questions[0];
  if (!first) throw new Error('the bank has no questions');
  await questionForm(page, first);
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(first.title);
});

test('a saved result chosen before the app loads is opened as the app starts', async ({ page }) => {
  const persona = personaFor('pm');
  const release = await holdAppScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByLabel('Open a saved result', { exact: true }).setInputFiles({
    name: 'role-fit-pm.json',
    mimeType: 'application/json',
    buffer: Buffer.from(resultFileText(bank, persona.answers, new Date())),
  });
  await expect(started(page)).resolves.toBe(false);
  release();
  await expect(shownOutcome(page)).resolves.toBe(persona.expected);
});

test('a Start clicked while the app takes over the landing page starts', async ({ page }) => {
  // The app takes over the prerendered page in slices, between which clicks are handled. A slow
  // CPU spreads that over long enough for the click to land in it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
  await page.goto('/', { waitUntil: 'commit' });
  await page.waitForFunction(() => document.getElementById('root')?.hasAttribute('data-started'));
  const midway = await page.evaluate(() => document.activeElement?.id !== 'landing-title');
  console.log(`Start clicked ${midway ? 'before' : 'after'} the landing page had been taken over`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const first = bank.questions[0];
  if (!first) throw new Error('the bank has no questions');
  await questionForm(page, first);
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(first.title);
});

test('a Start clicked before the app loads never replaces saved progress', async ({ page }) => {
  await start(page);
  const first = bank.questions[0];
  const option = first?.type === 'single' ? first.options[0] : undefined;
  if (!first || !option) throw new Error('the first question is not a single choice');
  await answerQuestion(page, first, option.id);
  await next(page, first);
  const second = questionsFor({ answers: { [first.id]: option.id } })[1];
  if (!second) throw new Error('the bank has no second question');
  await questionForm(page, second);
  const readSaved = () => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  // Each change is saved once the browser is idle: the answer's save can land before the step's.
  // Wait for the step after Next, or the reload's own save would differ from `saved` by itself.
  const savedStep = async () => {
    const raw = await readSaved();
    return raw === null ? null : (JSON.parse(raw) as { state: { step: unknown } }).state.step;
  };
  await expect.poll(savedStep).toEqual({ question: second.id });
  const saved = await readSaved();

  const release = await holdAppScript(page);
  await page.reload({ waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  release();
  await page.getByRole('button', { name: /continue where you left off/i }).waitFor();
  await expect(readSaved()).resolves.toBe(saved);
});

import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { expect, test } from './support/fixtures';
import { bank, questionForm, start } from './support/wizard';

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

/**
 * The end-to-end `test`: each test gets a fresh browser context and `page` on the served
 * build, guarded by PageGuard; the test fails if anything was logged, failed, left the
 * origin or broke the Content Security Policy.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject, test as base } from 'vitest';
import { PageGuard, formatProblems } from './page-guard';

export interface E2eFixtures {
  /** The served build's origin, e.g. http://127.0.0.1:40123 */
  baseURL: string;
  /** Context options for this test; override per suite with test.override({ contextOptions }). */
  contextOptions: BrowserContextOptions;
  context: BrowserContext;
  guard: PageGuard;
  page: Page;
}

export const test = base
  .extend<{ browser: Browser }>({
    browser: [
      // eslint-disable-next-line no-empty-pattern -- vitest reads the fixture's dependencies from this pattern
      async ({}, give) => {
        const browser = await chromium.connect(inject('wsEndpoint'));
        await give(browser);
        await browser.close();
      },
      { scope: 'file' },
    ],
  })
  .extend<E2eFixtures>({
    // eslint-disable-next-line no-empty-pattern -- as above
    baseURL: async ({}, give) => give(inject('baseURL')),
    contextOptions: { viewport: { width: 1280, height: 800 } },
    context: async ({ browser, baseURL, contextOptions }, give) => {
      const context = await browser.newContext({ baseURL, ...contextOptions });
      context.setDefaultTimeout(10_000);
      await give(context);
      await context.close();
    },
    guard: async ({ context, baseURL }, give) => {
      const guard = await PageGuard.attach(context, baseURL);
      await give(guard);
      const report = formatProblems(await guard.collect());
      if (report) throw new Error(`The page reported problems:\n${report}`);
    },
    // Opened through the guard, so it is watched from its first request.
    page: async ({ guard }, give) => give(await guard.context.newPage()),
  });

export { expect } from 'vitest';

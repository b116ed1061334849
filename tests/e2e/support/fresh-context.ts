/**
 * A second browser context in a test: no storage shared with the test's own page, as when
 * someone else opens a link or a file. Guarded like the fixture's context.
 */
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { PageGuard, formatProblems } from './page-guard';

/**
 * Opens a page in a new context, runs `run` on it and closes the context. Fails if the page
 * logged an error, a request failed or left the origin, or the CSP was violated.
 */
export async function inFreshContext<T>(
  browser: Browser,
  baseURL: string | undefined,
  run: (page: Page) => Promise<T>,
  options: BrowserContextOptions = { viewport: { width: 1280, height: 800 } },
): Promise<T> {
  if (!baseURL) throw new Error('playwright.config.ts sets use.baseURL');
  const context = await browser.newContext({ baseURL, ...options });
  context.setDefaultTimeout(10_000);
  try {
    const guard = await PageGuard.attach(context, baseURL);
    const result = await run(await context.newPage());
    const report = formatProblems(await guard.collect());
    if (report) throw new Error(`The page in the fresh context reported problems:\n${report}`);
    return result;
  } finally {
    await context.close();
  }
}

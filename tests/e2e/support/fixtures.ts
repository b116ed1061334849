/**
 * The end-to-end `test`: Playwright's fresh context and `page` per test, on the build that
 * playwright.config.ts serves, watched by PageGuard from the first request. A test fails if
 * anything was logged, a request failed or left the origin, or the CSP was violated.
 */
import { test as base } from '@playwright/test';
import { PageGuard, formatProblems } from './page-guard';

export const test = base.extend<{ guard: PageGuard }>({
  guard: async ({ context, baseURL }, give) => {
    if (!baseURL) throw new Error('playwright.config.ts sets use.baseURL');
    const guard = await PageGuard.attach(context, baseURL);
    await give(guard);
    const report = formatProblems(await guard.collect());
    if (report) throw new Error(`The page reported problems:\n${report}`);
  },
  // Opened through the guard, so it is watched from its first request.
  page: async ({ guard }, give) => give(await guard.context.newPage()),
});

export { expect } from '@playwright/test';

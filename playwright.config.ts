/**
 * End-to-end and build checks (`npm run test:e2e`): Playwright builds the app, serves it with
 * `vite preview` on 127.0.0.1 and drives the system's Chromium (scripts/chromium.ts). The
 * tests' fixtures (tests/e2e/support/fixtures.ts) fail a test on any console error, failed or
 * off-origin request or CSP violation.
 */
import { defineConfig } from '@playwright/test';
import { chromiumFlags, findChromium, installHint } from './scripts/chromium';

// Overridable so two runs on one machine do not share a port or a build.
const port = Number(process.env.E2E_PORT ?? 4174);
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
const executablePath = findChromium();
if (!executablePath) throw new Error(installHint);

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.e2e.test.ts', 'build/**/*.test.ts'],
  // Two workers on a 2-core machine; the tests in one file run in order.
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // At least five times the longest test with both cores busy (keyboard-only: 17 s).
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: process.env.E2E_RESULTS_DIR ?? 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    headless: true,
    launchOptions: { executablePath, args: chromiumFlags },
  },
  webServer: {
    command: `vite build --outDir ${outDir} --emptyOutDir && vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

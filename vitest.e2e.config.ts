/**
 * End-to-end and build checks: a production build served on 127.0.0.1, driven in the system's
 * Chromium through playwright-core. Run with `npm run test:e2e` (scripts/e2e.ts finds or
 * installs Chromium first). Files run one at a time; they share one browser.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts', 'tests/build/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    restoreMocks: true,
  },
});

/**
 * `npm run test:e2e`: make sure a Chromium is there (installing the Debian package when root
 * with apt-get, never downloading a browser build), then run the end-to-end and build tests.
 * Arguments are passed to vitest, e.g. `npm run test:e2e -- smoke`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureChromium } from './chromium';

const root = join(import.meta.dirname, '..');

let chromiumPath: string;
try {
  chromiumPath = ensureChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(
  process.execPath,
  [vitest, 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromiumPath } },
);
process.exit(result.status ?? 1);

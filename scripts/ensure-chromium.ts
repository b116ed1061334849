/** `npm run test:e2e` runs this first: a Chromium is found, or installed, before `playwright test`. */
import { ensureChromium } from './chromium';

try {
  ensureChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

/**
 * The system's Chromium for the end-to-end tests and the web benchmark, found by
 * chrome-launcher (CHROME_PATH first). A browser build is never downloaded: on a root
 * Debian/Ubuntu machine `ensureChromium` installs the distribution package.
 */
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { Launcher } from 'chrome-launcher';

/** Flags that work headless as root in containers, with no calls home. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const installHint =
  'Chromium not found: install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chrome or Chromium executable.';

/** The first Chrome or Chromium chrome-launcher finds, or undefined. */
export function findChromium(): string | undefined {
  try {
    return Launcher.getInstallations()[0];
  } catch {
    return undefined;
  }
}

/** The Chromium to use, installing Debian's package as root when none is found; throws a one-line message. */
export function ensureChromium(log: (line: string) => void = console.error): string {
  const found = findChromium();
  if (found) return found;
  if (process.platform !== 'linux' || process.getuid?.() !== 0) throw new Error(installHint);
  log('Chromium not found: installing the Debian package (apt-get install -y chromium)…');
  const options: ExecFileSyncOptions = {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  };
  try {
    execFileSync('apt-get', ['update'], options);
    execFileSync('apt-get', ['install', '-y', 'chromium'], options);
  } catch {
    throw new Error(`apt-get install chromium failed. ${installHint}`);
  }
  const installed = findChromium();
  if (!installed) throw new Error(installHint);
  return installed;
}

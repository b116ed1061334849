/**
 * Finds the system's Chromium for the end-to-end tests and the web benchmark. A browser build
 * is never downloaded: on a root Debian/Ubuntu machine the distribution package is installed,
 * anywhere else the user is told, in one line, what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

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

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const commands = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const installHint =
  'Chromium not found: install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chrome or Chromium executable.';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path !== '' && executable(path) ? path : undefined;
}

/** CHROMIUM_PATH, else /usr/bin/chromium, else an installed Chrome or Chromium; undefined if none. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file.`);
    return fromEnv;
  }
  return candidates.find(executable) ?? commands.map(onPath).find((path) => path !== undefined);
}

function canAptInstall(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get') !== undefined;
}

/**
 * The Chromium to use; installs the distribution package when running as root with apt-get.
 * Throws an Error whose message is one line naming what to install.
 */
export function ensureChromium(log: (line: string) => void = console.error): string {
  const found = findChromium();
  if (found) return found;
  if (!canAptInstall()) throw new Error(installHint);
  log('Chromium not found: installing the Debian package (apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    execFileSync('apt-get', ['install', '-y', 'chromium'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
  } catch {
    throw new Error(`apt-get install chromium failed. ${installHint}`);
  }
  const installed = findChromium();
  if (!installed) throw new Error(installHint);
  return installed;
}

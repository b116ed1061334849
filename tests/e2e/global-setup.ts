/**
 * Once per run: build the app into dist/, serve it on 127.0.0.1 and start one Chromium that
 * every test file connects to. Set E2E_REUSE_DIST=1 to skip the build while iterating.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumFlags, findChromium, installHint } from '../../scripts/chromium';
import { serveStatic, type StaticServer } from '../../scripts/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served build, e.g. http://127.0.0.1:40123 */
    baseURL: string;
    /** Where the shared Chromium listens for playwright-core's connect(). */
    wsEndpoint: string;
    /** The built app, for checks on its files. */
    distDir: string;
  }
}

const root = join(import.meta.dirname, '..', '..');
const distDir = join(root, 'dist');

function build() {
  if (process.env.E2E_REUSE_DIST === '1' && existsSync(join(distDir, 'index.html'))) return;
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal ?? '?'})`);
}

export default async function setup(project: TestProject) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint);
  build();

  let server: StaticServer | undefined;
  let browser: BrowserServer | undefined;
  const teardown = async () => {
    await browser?.close();
    await server?.close();
  };
  try {
    server = await serveStatic(distDir);
    browser = await chromium.launchServer({ executablePath, args: chromiumFlags, headless: true, host: '127.0.0.1' });
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('baseURL', server.origin);
  project.provide('wsEndpoint', browser.wsEndpoint());
  project.provide('distDir', distDir);
  return teardown;
}

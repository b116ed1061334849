import { spawnSync } from 'node:child_process';
import type { Plugin } from 'vite';

const EMPTY_ROOT = '<div id="root"></div>';

/**
 * Build only: puts the first visit's landing page, rendered by scripts/prerender-landing.tsx,
 * inside #root of the built index.html. The page then shows as soon as the HTML and CSS
 * arrive, before the app's JavaScript has loaded; src/main.tsx hydrates it.
 */
export function prerenderLanding(): Plugin {
  return {
    name: 'role-fit:prerender-landing',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(EMPTY_ROOT)) this.error(`index.html has no ${EMPTY_ROOT} to prerender into`);
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prerender-landing.tsx'], {
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'production' },
      });
      if (run.status !== 0) this.error(`Prerendering the landing page failed:\n${run.stderr.trim()}`);
      return html.replace(EMPTY_ROOT, `<div id="root">${run.stdout}</div>`);
    },
  };
}

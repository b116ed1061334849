import { spawnSync } from 'node:child_process';
import type { Plugin } from 'vite';

const EMPTY_ROOT = '<div id="root"></div>';
/** The app's entry as Vite writes it into the built index.html. */
const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/g;

/**
 * Build only: puts the first visit's landing page, rendered by scripts/prerender-landing.tsx,
 * inside #root of the built index.html, so it shows as soon as the HTML and CSS arrive.
 * The app's entry script becomes a modulepreload (data-app): fetched with the page, run by
 * public/landing.js once the page has painted. src/main.tsx then hydrates the page.
 */
export function prerenderLanding(): Plugin {
  return {
    name: 'role-fit:prerender-landing',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT} to prerender into`);
        const entries = [...html.matchAll(ENTRY_SCRIPT)];
        if (entries.length !== 1) throw new Error(`index.html should have one module script, not ${entries.length}`);
        const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prerender-landing.tsx'], {
          encoding: 'utf8',
          env: { ...process.env, NODE_ENV: 'production' },
        });
        if (run.status !== 0) throw new Error(`Prerendering the landing page failed:\n${run.stderr.trim()}`);
        return html
          .replace(EMPTY_ROOT, `<div id="root">${run.stdout}</div>`)
          .replace(ENTRY_SCRIPT, (_, src: string) => `<link rel="modulepreload" crossorigin href="${src}" data-app>`);
      },
    },
  };
}

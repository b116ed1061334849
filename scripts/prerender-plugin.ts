import { spawnSync } from 'node:child_process';
import type { Plugin } from 'vite';

const EMPTY_ROOT = '<div id="root"></div>';

/**
 * Build only: puts the first visit's landing page, rendered by scripts/prerender-landing.tsx,
 * inside #root of the built index.html, so it shows as soon as the HTML and CSS arrive;
 * src/main.tsx then hydrates it. Other pages (embed.html) are left as they are.
 */
export function prerenderLanding(): Plugin {
  return {
    name: 'role-fit:prerender-landing',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { path }) {
        if (path !== '/index.html') return html;
        if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT} to prerender into`);
        const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prerender-landing.tsx'], {
          encoding: 'utf8',
          env: { ...process.env, NODE_ENV: 'production' },
        });
        if (run.status !== 0) throw new Error(`Prerendering the landing page failed:\n${run.stderr.trim()}`);
        return html.replace(EMPTY_ROOT, `<div id="root">${run.stdout}</div>`);
      },
    },
  };
}

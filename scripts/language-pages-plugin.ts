import { spawnSync } from 'node:child_process';
import type { Plugin } from 'vite';
import { LANGUAGES, type Language } from '../src/i18n/languages.ts';
import { LANGUAGE_PAGES } from '../src/i18n/language-page.ts';
import { languagePageScript } from './language-page-script.ts';
import type { PrerenderedPage } from './prerender-landing.tsx';

const EMPTY_ROOT = '<div id="root"></div>';

/** Replaces the one match of `pattern` in `html`, or fails the build naming what index.html lacks. */
function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(html)) throw new Error(`index.html has no ${what} to write each language's page into`);
  return html.replace(pattern, () => replacement);
}

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** The built index.html, made the page of `language` with its prerendered landing. */
export function languagePageHtml(html: string, language: Language, page: PrerenderedPage): string {
  let out = replaceOnce(html, /<html lang="[^"]*"/, `<html lang="${language}"`, '<html lang>');
  out = replaceOnce(out, /<title>[^<]*<\/title>/, `<title>${escapeText(page.title)}</title>`, '<title>');
  out = replaceOnce(
    out,
    /<meta\s+name="description"\s+content="[^"]*"/,
    `<meta name="description" content="${escapeAttribute(page.description)}"`,
    'meta description',
  );
  return replaceOnce(out, new RegExp(EMPTY_ROOT), `<div id="root">${page.root}</div>`, EMPTY_ROOT);
}

/** What scripts/prerender-landing.tsx prints: every language's landing page. */
function prerenderAll(): Record<Language, PrerenderedPage> {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prerender-landing.tsx'], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`Prerendering the landing pages failed:\n${run.stderr.trim()}`);
  return JSON.parse(run.stdout) as Record<Language, PrerenderedPage>;
}

/**
 * One page per language (src/i18n/language-page.ts):
 * - every page of the app, in the dev server too, runs src/i18n/language-page-script.ts first,
 *   inline in its head, right after the Content Security Policy that allows it;
 * - the build writes index.html in English, de/index.html and es/index.html, each with its
 *   language, title, description and landing page, which src/main.tsx then hydrates.
 * The embed page (embed.html) is left as it is: its host's page chooses its language.
 */
export function languagePages(): Plugin {
  return {
    name: 'role-fit:language-pages',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, { path }) {
        if (path !== '/index.html') return html;
        const script = `<script>${languagePageScript}</script>`;
        const policy = /<meta http-equiv="Content-Security-Policy"[^>]*>/i.exec(html);
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        const after = policy ?? charset;
        if (!after) throw new Error('index.html has no <meta charset> to put the language script after');
        const end = after.index + after[0].length;
        return `${html.slice(0, end)}\n    ${script}${html.slice(end)}`;
      },
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      const html = String(index.source);
      const pages = prerenderAll();
      for (const language of LANGUAGES) {
        const source = languagePageHtml(html, language, pages[language]);
        if (language === 'en') index.source = source;
        else this.emitFile({ type: 'asset', fileName: `${LANGUAGE_PAGES[language].slice(1)}index.html`, source });
      }
    },
  };
}

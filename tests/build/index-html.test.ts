import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { contentSecurityPolicy } from '../../scripts/content-security-policy';
import { languagePageScript, languagePageScriptHash } from '../../scripts/language-page-script';
import { LANGUAGE_PAGES } from '../../src/i18n/language-page';
import { LANGUAGES } from '../../src/i18n/languages';
import { coreMessages } from '../../src/i18n/registry';
import '../../src/i18n/all-languages';
import { defaultBank } from '../fixtures/default-bank';

/** Built by playwright.config.ts's web server before any test runs. */
// The build Playwright serves: E2E_OUT_DIR when set (playwright.config.ts), else dist/.
const distDir = process.env.E2E_OUT_DIR ?? join(import.meta.dirname, '..', '..', 'dist');

/** Each language's built page: index.html, de/index.html, es/index.html. */
const pages = LANGUAGES.map((language) => ({
  language,
  file: `${LANGUAGE_PAGES[language].slice(1)}index.html`,
}));
const html = (file: string): string => readFileSync(join(distDir, file), 'utf8');

for (const { language, file } of pages) {
  test(`${file} carries the Content Security Policy before any script or stylesheet`, () => {
    const page = html(file);
    const metas = [...page.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
    expect(metas.map((match) => match[1])).toEqual([contentSecurityPolicy]);
    const firstResource = page.search(/<script|<link rel="(stylesheet|modulepreload)"/);
    expect(metas[0]?.index).toBeLessThan(firstResource);
  });

  test(`${file}: its one inline script is the language page script, which the policy allows by its hash`, () => {
    const page = html(file);
    const inline = [...page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([^<]*)<\/script>/g)].map((match) => match[1]);
    expect(inline).toEqual([languagePageScript]);
    expect(contentSecurityPolicy).toContain(`script-src 'self' ${languagePageScriptHash};`);
    expect(page.match(/<style\b/g) ?? []).toEqual([]);
    expect(page.match(/\sstyle=|\son[a-z]+=/g) ?? []).toEqual([]);
  });

  test(`${file} holds the landing page in ${language}, its title and description, and loads the app as one module script`, () => {
    const page = html(file);
    const bank = defaultBank(language);
    const { wizard } = coreMessages(language);
    expect(page).toContain(`<html lang="${language}">`);
    expect(page).toContain(`<title>${wizard.landing.documentTitle} · Role Fit</title>`);
    const root = page.slice(page.indexOf('<div id="root">'));
    expect(root).toContain(`<h1 id="landing-title" tabindex="-1" class="screen-heading">${bank.title}</h1>`);
    expect(root).toContain(`<button type="button" class="button primary">${wizard.landing.start}</button>`);
    for (const outcome of bank.outcomes) expect(root).toContain(`<strong>${outcome.title}</strong>`);
    expect(page.match(/<script\b[^>]*\bsrc=[^>]*>/g)).toEqual([
      expect.stringMatching(/^<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js">$/),
    ]);
  });
}

test('the pages differ only in their language: the same scripts and stylesheets, in the same order', () => {
  const assets = (file: string) => html(file).match(/<(?:script|link)\b[^>]*>/g);
  const english = assets('index.html');
  for (const { file } of pages) expect(assets(file)).toEqual(english);
  const descriptions = pages.map(({ file }) => /<meta name="description" content="([^"]+)"/.exec(html(file))?.[1]);
  expect(new Set(descriptions).size).toBe(pages.length);
});

test('the development server is not given the policy: its hot reload needs inline scripts', () => {
  expect(readFileSync(join(import.meta.dirname, '..', '..', 'index.html'), 'utf8')).not.toContain(
    'Content-Security-Policy',
  );
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { contentSecurityPolicy } from '../../scripts/content-security-policy';
import { defaultBank } from '../fixtures/default-bank';

/** Built by playwright.config.ts's web server before any test runs. */
// The build Playwright serves: E2E_OUT_DIR when set (playwright.config.ts), else dist/.
const distDir = process.env.E2E_OUT_DIR ?? join(import.meta.dirname, '..', '..', 'dist');

const html = (): string => readFileSync(join(distDir, 'index.html'), 'utf8');

test('the built index.html carries the Content Security Policy before any script or stylesheet', () => {
  const page = html();
  const metas = [...page.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
  expect(metas.map((match) => match[1])).toEqual([contentSecurityPolicy]);
  const firstResource = page.search(/<script|<link rel="(stylesheet|modulepreload)"/);
  expect(metas[0]?.index).toBeLessThan(firstResource);
});

test('the built index.html has no inline script, style or event handler', () => {
  const page = html();
  expect(page.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
  expect(page.match(/<style\b/g) ?? []).toEqual([]);
  expect(page.match(/\sstyle=|\son[a-z]+=/g) ?? []).toEqual([]);
});

test('the development server is not given the policy: its hot reload needs inline scripts', () => {
  expect(readFileSync(join(import.meta.dirname, '..', '..', 'index.html'), 'utf8')).not.toContain(
    'Content-Security-Policy',
  );
});

test('the built index.html holds the landing page and loads the app as one module script', () => {
  const page = html();
  const bank = defaultBank();
  const root = page.slice(page.indexOf('<div id="root">'));
  expect(root).toContain(`<h1 id="landing-title" tabindex="-1" class="screen-heading">${bank.title}</h1>`);
  expect(root).toContain('<button type="button" class="button primary">Start</button>');
  for (const outcome of bank.outcomes) expect(root).toContain(`<strong>${outcome.title}</strong>`);
  expect(page.match(/<script\b[^>]*>/g)).toEqual([
    expect.stringMatching(/^<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js">$/),
  ]);
});

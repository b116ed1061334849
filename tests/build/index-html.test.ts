import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/content-security-policy';
import { defaultBank } from '../../src/bank';

const html = (): string => readFileSync(join(inject('distDir'), 'index.html'), 'utf8');

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

test('the built index.html holds the landing page; the app script is preloaded for public/landing.js to run', () => {
  const page = html();
  const bank = defaultBank.ok ? defaultBank.bank : undefined;
  if (!bank) throw new Error('the bundled bank is invalid');
  const root = page.slice(page.indexOf('<div id="root">'));
  expect(root).toContain(`<h1 id="landing-title" tabindex="-1" class="screen-heading">${bank.title}</h1>`);
  expect(root).toContain('data-early-action="start">Start</button>');
  expect(root).toContain('data-early-action="compare">');
  for (const outcome of bank.outcomes) expect(root).toContain(`<strong>${outcome.title}</strong>`);
  expect(page).toContain('<script src="/landing.js" defer></script>');
  expect(page.match(/<script type="module"/g) ?? []).toEqual([]);
  expect(page.match(/<link rel="modulepreload" crossorigin href="\/assets\/index-[\w-]+\.js" data-app>/g)).toHaveLength(
    1,
  );
});

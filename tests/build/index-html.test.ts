import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/content-security-policy';

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

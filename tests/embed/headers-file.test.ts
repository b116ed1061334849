import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  contentSecurityPolicy,
  contentSecurityPolicyHeader,
  embedContentSecurityPolicyHeader,
} from '../../scripts/content-security-policy';
import { headersFor, parseHeadersFile } from '../../scripts/headers-file';

const root = join(import.meta.dirname, '..', '..');
const rules = parseHeadersFile(readFileSync(join(root, 'public', '_headers'), 'utf8'));
const headers = (path: string) => Object.fromEntries(headersFor(rules, path));

test('public/_headers: the app refuses every frame, on every address it answers', () => {
  for (const path of ['/', '/index.html', '/de/', '/de/index.html', '/es/', '/es/index.html'])
    expect(headers(path)).toEqual({
      'Content-Security-Policy': contentSecurityPolicyHeader,
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
});

test('public/_headers: the embed page may be framed, under the same policy otherwise', () => {
  expect(headers('/embed.html')).toEqual({
    'Content-Security-Policy': embedContentSecurityPolicyHeader,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
});

test('public/_headers never gives one path the same header twice (Netlify and Cloudflare would join them)', () => {
  for (const path of ['/', '/index.html', '/de/', '/es/index.html', '/embed.html', '/embed.js', '/assets/x.js']) {
    const names = headersFor(rules, path).map(([name]) => name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  }
});

test('SECURITY.md shows the policies as they are, hash of the inline language script included', () => {
  const security = readFileSync(join(root, 'SECURITY.md'), 'utf8');
  expect(security).toContain(`\n${contentSecurityPolicy}\n`);
  expect(security).toContain(`Content-Security-Policy: ${contentSecurityPolicyHeader}\n`);
});

test('docs/embed-nginx.conf sends the same policies', () => {
  const nginx = readFileSync(join(root, 'docs', 'embed-nginx.conf'), 'utf8');
  expect(nginx).toContain(`add_header Content-Security-Policy "${contentSecurityPolicyHeader}" always;`);
  expect(nginx).toContain(`add_header Content-Security-Policy "${embedContentSecurityPolicyHeader}" always;`);
});

test.each([
  [
    '/*\n  A: 1\n/x\n  B: 2\n',
    '/x',
    [
      ['A', '1'],
      ['B', '2'],
    ],
  ],
  ['# note\n/x\n  # a comment\n  B: two words\n', '/x', [['B', 'two words']]],
  ['/x\n  B: 2\n', '/x/y', []],
  ['/assets/*\n  C: 3\n', '/assets/a.js', [['C', '3']]],
])('parseHeadersFile and headersFor: %j at %s', (text, path, expected) => {
  expect(headersFor(parseHeadersFile(text), path)).toEqual(expected);
});

test('parseHeadersFile refuses a header before any path', () => {
  expect(() => parseHeadersFile('  A: 1\n')).toThrow('cannot read');
});

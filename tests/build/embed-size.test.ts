import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { chunkClosure, initialAssets, languageCoreChunk } from './initial-assets';

/** Built by playwright.config.ts's web server before any test runs: E2E_OUT_DIR when set, else dist/. */
const distDir = process.env.E2E_OUT_DIR ?? join(import.meta.dirname, '..', '..', 'dist');
const gzip = (path: string) => gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length;

/** The loader a host page includes: small enough to cost its host nothing worth measuring. */
const LOADER_BUDGET = 2 * 1024;
/** The embed page's first download: the app's own budget (bundle-size.test.ts). */
const EMBED_BUDGET = 90 * 1024;

test(`embed.js is at most ${LOADER_BUDGET.toLocaleString('en')} bytes gzipped, one classic script`, () => {
  const loader = readFileSync(join(distDir, 'embed.js'), 'utf8');
  console.log(`embed.js: ${loader.length.toLocaleString('en')} B raw, ${gzip('embed.js').toLocaleString('en')} B gzip`);
  expect(gzip('embed.js')).toBeLessThanOrEqual(LOADER_BUDGET);
  // Included with a plain <script>: no module syntax, and nothing left on the host's global scope.
  expect(loader).not.toMatch(/^\s*(import|export)\b/m);
  expect(loader.trimStart().startsWith('(function(){')).toBe(true);
});

for (const language of ['en', 'de', 'es'])
  test(`embed.html's first download in ${language} is at most ${EMBED_BUDGET.toLocaleString('en')} bytes gzipped`, () => {
    const html = readFileSync(join(distDir, 'embed.html'), 'utf8');
    const assets = initialAssets(html);
    expect(assets.some((asset) => asset.kind === 'js')).toBe(true);
    const initial = new Set(assets.map((asset) => asset.path));
    // The language's first-screen words load before the first render, as in the app.
    const words = [...chunkClosure(distDir, languageCoreChunk(distDir, language))].filter((path) => !initial.has(path));
    const sizes = [...assets.map((asset) => asset.path), ...words].map((path) => ({
      path,
      gzip: gzip(path.split(/[?#]/, 1)[0] ?? path),
    }));
    const total = sizes.reduce((sum, asset) => sum + asset.gzip, 0);
    console.log(
      `embed.html first download in ${language}: ${total.toLocaleString('en')} B gzip of ${EMBED_BUDGET.toLocaleString('en')} B\n${sizes.map((asset) => `  ${asset.path}: ${asset.gzip.toLocaleString('en')} B gzip`).join('\n')}`,
    );
    expect(total).toBeLessThanOrEqual(EMBED_BUDGET);
  });

test('embed.html is built on its own: it shares no first-download file with index.html', () => {
  const paths = (page: string) => new Set(initialAssets(readFileSync(join(distDir, page), 'utf8')).map((a) => a.path));
  const app = paths('index.html');
  expect([...paths('embed.html')].filter((path) => app.has(path))).toEqual([]);
});

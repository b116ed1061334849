import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chunkClosure, gzipBytes, initialAssetSizes, initialAssets, languageCoreChunk } from './initial-assets';

/** Built by playwright.config.ts's web server before any test runs. */
// The build Playwright serves: E2E_OUT_DIR when set (playwright.config.ts), else dist/.
const distDir = process.env.E2E_OUT_DIR ?? join(import.meta.dirname, '..', '..', 'dist');

/** Initial JS + CSS, gzip level 9: the budget from issue 5. Lazy chunks do not count. */
const BUDGET_BYTES = 90 * 1024;

const cases = [
  {
    html: '<script type="module" crossorigin src="/assets/index-a.js"></script><link rel="modulepreload" href="/assets/vendor-b.js"><link rel="stylesheet" crossorigin href="/assets/index-c.css"><link rel="icon" href="/favicon.svg">',
    expected: [
      { path: '/assets/index-a.js', kind: 'js' },
      { path: '/assets/vendor-b.js', kind: 'js' },
      { path: '/assets/index-c.css', kind: 'css' },
    ],
  },
  {
    html: '<script src="/landing.js" defer></script><link rel="preload" href="/font.woff2">',
    expected: [{ path: '/landing.js', kind: 'js' }],
  },
  { html: '<script>inline()</script><link rel="prefetch" href="/assets/later.js">', expected: [] },
];

test('initialAssets reads scripts, module preloads and stylesheets only', () => {
  for (const { html, expected } of cases) expect(initialAssets(html)).toEqual(expected);
});

/**
 * The first download in each language: the initial JS + CSS and the language's first-screen
 * words (its core chunk and whatever that imports), which main.tsx loads before the first
 * render. The other languages' chunks are never loaded, so they do not count.
 */
for (const language of ['en', 'de', 'es'])
  test(`in ${language}, the first download is at most ${BUDGET_BYTES.toLocaleString('en')} bytes gzipped`, () => {
    const sizes = initialAssetSizes(distDir);
    expect(sizes.some((asset) => asset.kind === 'js')).toBe(true);
    const initial = new Set(sizes.map((asset) => asset.path));
    const words = [...chunkClosure(distDir, languageCoreChunk(distDir, language))]
      .filter((path) => !initial.has(path))
      .map((path) => ({ path, gzip: gzipBytes(distDir, path) }));
    const all = [...sizes, ...words];
    const total = all.reduce((sum, asset) => sum + asset.gzip, 0);
    const lines = all.map((asset) => `  ${asset.path}: ${asset.gzip.toLocaleString('en')} B gzip`);
    console.log(
      `First download in ${language}: ${total.toLocaleString('en')} B gzip (${(total / 1024).toFixed(1)} KiB) of ${BUDGET_BYTES.toLocaleString('en')} B\n${lines.join('\n')}`,
    );
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });

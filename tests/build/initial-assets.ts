/** What the built index.html makes the browser load before anything runs: scripts, preloads, stylesheets. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

export interface AssetSize {
  path: string;
  kind: 'js' | 'css';
  raw: number;
  gzip: number;
  brotli: number;
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const [, name = '', double, single, bare] = match;
    found[name.toLowerCase()] = double ?? single ?? bare ?? '';
  }
  return found;
}

/** The hrefs of the initial JS (scripts and modulepreloads) and CSS (stylesheets), in document order. */
export function initialAssets(html: string): { path: string; kind: 'js' | 'css' }[] {
  const assets: { path: string; kind: 'js' | 'css' }[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag.replace(/^<\w+|\/?>$/g, ''));
    if (tag.toLowerCase().startsWith('<script') && attrs.src) assets.push({ path: attrs.src, kind: 'js' });
    else if (attrs.rel === 'modulepreload' && attrs.href) assets.push({ path: attrs.href, kind: 'js' });
    else if (attrs.rel === 'stylesheet' && attrs.href) assets.push({ path: attrs.href, kind: 'css' });
  }
  return assets;
}

/** Sizes of the initial assets of the build in `distDir`: raw, gzip level 9, brotli quality 11. */
export function initialAssetSizes(distDir: string): AssetSize[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return initialAssets(html).map(({ path, kind }) => {
    // The href without any query or fragment, as a file under dist/.
    const body = readFileSync(join(distDir, path.split(/[?#]/, 1)[0] ?? path));
    return {
      path,
      kind,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

/** A built chunk and every chunk it imports statically, as paths like `/assets/x.js`. */
export function chunkClosure(distDir: string, path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = readFileSync(join(distDir, path), 'utf8');
  // Static imports between chunks: `import{a}from"./x.js"` or `import"./x.js"` (not `import(…)`).
  for (const match of code.matchAll(/\bimport\s*(?:[\w{}\s,*$]+from\s*)?["']\.\/([^"']+\.js)["']/g))
    chunkClosure(distDir, `/assets/${match[1] ?? ''}`, seen);
  return seen;
}

/** The chunk that holds a language's first-screen words (src/i18n/packs/<language>-core.ts). */
export function languageCoreChunk(distDir: string, language: string): string {
  const name = readdirSync(join(distDir, 'assets')).find((file) =>
    new RegExp(`^${language}-core-[\\w-]+\\.js$`).test(file),
  );
  if (!name) throw new Error(`no ${language}-core chunk in ${distDir}/assets`);
  return `/assets/${name}`;
}

/** Gzip (level 9) bytes of a built file. */
export function gzipBytes(distDir: string, path: string): number {
  return gzipSync(readFileSync(join(distDir, path.split(/[?#]/, 1)[0] ?? path)), { level: 9 }).length;
}

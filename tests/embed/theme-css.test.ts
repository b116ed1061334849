import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const appCss = readFileSync(join(root, 'src', 'styles', 'app.css'), 'utf8');
const embedCss = readFileSync(join(root, 'src', 'embed', 'embed.css'), 'utf8');

/** The declarations of the first `:root` block at or after `marker`. */
function declarations(css: string, marker: string): Record<string, string> {
  const start = css.indexOf(marker);
  if (start < 0) throw new Error(`no ${marker}`);
  const open = css.indexOf('{', css.indexOf(':root', start));
  const block = css.slice(open + 1, css.indexOf('}', open)).replace(/\/\*[\s\S]*?\*\//g, '');
  return Object.fromEntries(
    [...block.matchAll(/([\w-]+):\s*([^;]+);/g)].map((match): [string, string] => [match[1] ?? '', match[2] ?? '']),
  );
}

/** The app's colours: every custom property but the two lengths. */
const colours = Object.entries(declarations(appCss, ':root {')).filter(
  ([name]) => name.startsWith('--') && !['--radius', '--space'].includes(name),
);
const pair = /^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/;

test('each app colour is a light and a dark value, picked by the scheme in use alone', () => {
  expect(colours.length).toBeGreaterThan(0);
  for (const [name, value] of colours) expect(value, name).toMatch(pair);
  // A colour set per media query instead would override the scheme the embed's host fixed.
  expect(appCss).not.toMatch(/prefers-color-scheme/);
});

test("data-theme='light' sets the app's light colours, every one of them", () => {
  expect(declarations(embedCss, ":root[data-theme='light']")).toEqual({ 'color-scheme': 'light' });
});

test("data-theme='dark' sets the app's dark colours, every one of them", () => {
  expect(declarations(embedCss, ":root[data-theme='dark']")).toEqual({ 'color-scheme': 'dark' });
});

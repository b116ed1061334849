import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const appCss = readFileSync(join(root, 'src', 'styles', 'app.css'), 'utf8');
const embedCss = readFileSync(join(root, 'src', 'embed', 'embed.css'), 'utf8');

/** The custom properties declared in the first block after `marker`. */
function properties(css: string, marker: string): Record<string, string> {
  const start = css.indexOf(marker);
  if (start < 0) throw new Error(`no ${marker}`);
  const open = css.indexOf('{', css.indexOf(':root', start));
  const block = css.slice(open + 1, css.indexOf('}', open));
  return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((match) => [match[1], match[2]]));
}

test("data-theme='light' sets the app's light colours, every one of them", () => {
  const light = properties(appCss, ':root {');
  const fixed = properties(embedCss, ":root[data-theme='light']");
  for (const name of Object.keys(light).filter((name) => !['--radius', '--space'].includes(name)))
    expect(fixed[name], name).toBe(light[name]);
});

test("data-theme='dark' sets the app's dark colours, every one of them", () => {
  expect(properties(embedCss, ":root[data-theme='dark']")).toEqual(
    properties(appCss, '@media (prefers-color-scheme: dark)'),
  );
});

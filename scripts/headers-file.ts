/**
 * Reads a Netlify / Cloudflare Pages `_headers` file (public/_headers): a path on a line of its
 * own, then its headers indented, `Name: value`. A path ending in `*` matches every path that
 * starts with what comes before it; any other path matches exactly. `vite preview` applies
 * the file as those hosts do (scripts/embed-plugin.ts), and a test checks its policies.
 */
export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const header = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers: cannot read "${line.trim()}"`);
    rule.headers.push([header[1] ?? '', (header[2] ?? '').trim()]);
  }
  return rules;
}

/** The headers every matching rule gives the path, in file order. */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  return rules
    .filter((rule) => (rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : rule.path === path))
    .flatMap((rule) => rule.headers);
}

/**
 * The script every built page of the app runs first, inline in its head: src/i18n/language-page-script.ts
 * and what it imports, minified into one classic script. It is inline so that the visit reaches
 * its language's page without waiting for a download; the Content Security Policy allows
 * exactly this script by its hash (scripts/content-security-policy.ts).
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const ENTRY = fileURLToPath(new URL('../src/i18n/language-page-script.ts', import.meta.url));

function bundle(): string {
  const [output] = buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    write: false,
  }).outputFiles;
  if (!output) throw new Error('bundling the language page script produced no code');
  return output.text.trim();
}

/** The script's code, as it goes between `<script>` and `</script>`. */
export const languagePageScript = bundle();

/** The script's hash as a CSP source expression: `'sha256-…'`. */
export const languagePageScriptHash = `'sha256-${createHash('sha256').update(languagePageScript).digest('base64')}'`;

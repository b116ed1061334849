import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { bankParts } from './scripts/bank-parts-plugin.ts';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { embed } from './scripts/embed-plugin.ts';
import { languagePages } from './scripts/language-pages-plugin.ts';
import { validateQuestionBanks } from './scripts/validate-banks-plugin.ts';

/**
 * Puts the Content Security Policy in the built index.html. Build only: the dev server
 * injects inline scripts for hot reloading, which the policy forbids.
 */
function contentSecurityPolicyMeta(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`;
  return {
    name: 'role-fit:content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) => {
      // Right after the charset, before any script or stylesheet it must govern.
      const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
      if (!charset) return html.replace(/<head>/i, (head) => `${head}\n    ${meta}`);
      const end = charset.index + charset[0].length;
      return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
    },
  };
}

export default defineConfig({
  plugins: [validateQuestionBanks(), bankParts(), react(), contentSecurityPolicyMeta(), languagePages(), embed()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser that runs this build supports modulepreload: no polyfill code in the entry.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    // End-to-end and build tests need a production build and a browser: vitest.e2e.config.ts.
    exclude: ['tests/e2e/**', 'tests/build/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Five times the slowest test with both cores of a 2-core machine busy: no test runs near it.
    testTimeout: 15_000,
  },
});

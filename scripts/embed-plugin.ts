/**
 * The embed (issue 23) in the build and the servers:
 * - embed.html is built as an environment of its own, so the app's first download is exactly
 *   what it was (one graph with two pages would split the app's code into shared chunks);
 * - embed.js, the host's loader, is bundled on its own as one classic script (an IIFE);
 * - `vite preview` sends the headers of public/_headers, as a static host would, and both
 *   servers serve the demo host page at /embed-demo.html (scripts/embed-demo.ts).
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { build, type Connect, type Plugin } from 'vite';
import { demoHostPage, demoHostPolicy } from './embed-demo.ts';
import { headersFor, parseHeadersFile } from './headers-file.ts';

export const LOADER_ENTRY = 'src/embed/loader.ts';
export const LOADER_FILE = 'embed.js';

/** embed.js: src/embed/loader.ts and what it imports, minified into one IIFE. */
export async function bundleLoader(root: string): Promise<string> {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      lib: { entry: join(root, LOADER_ENTRY), formats: ['iife'], name: 'RoleFitEmbed', fileName: () => LOADER_FILE },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  for (const result of outputs)
    if ('output' in result) for (const chunk of result.output) if (chunk.type === 'chunk') return chunk.code;
  throw new Error('bundling embed.js produced no code');
}

/** The demo host page on this server: the app at http://127.0.0.1:<port>, the host at whatever name was used. */
function serveDemo(req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction): void {
  if (req.url?.split('?')[0] !== '/embed-demo.html') return next();
  const appOrigin = `http://127.0.0.1:${req.socket.localPort ?? 0}`;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', demoHostPolicy(appOrigin));
  res.end(demoHostPage(appOrigin));
}

export function embed(): Plugin {
  let root = process.cwd();
  return {
    name: 'role-fit:embed',
    config: () => ({
      environments: {
        embed: {
          consumer: 'client',
          build: { emptyOutDir: false, copyPublicDir: false, rolldownOptions: { input: 'embed.html' } },
        },
      },
      // `vite build` builds every environment: the app (client), then the embed page.
      builder: {},
    }),
    configResolved: (config) => {
      root = config.root;
    },
    async generateBundle() {
      if (this.environment.name !== 'client') return;
      this.emitFile({ type: 'asset', fileName: LOADER_FILE, source: await bundleLoader(root) });
    },
    configureServer(server) {
      server.middlewares.use(serveDemo);
      server.middlewares.use(`/${LOADER_FILE}`, (_req, res, next) => {
        bundleLoader(root).then((code) => {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(code);
        }, next);
      });
    },
    configurePreviewServer(server) {
      const outDir = join(server.config.root, server.config.build.outDir);
      const rules = parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8'));
      server.middlewares.use(serveDemo);
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of headersFor(rules, req.url?.split('?')[0] ?? '/')) res.setHeader(name, value);
        next();
      });
    },
  };
}

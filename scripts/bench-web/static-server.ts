/**
 * A small static file server for a built app, as a plain static host would serve it: files
 * from one directory, index.html for every other path, gzip or brotli when the browser asks.
 * Listens on 127.0.0.1 only.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);

export interface StaticServerOptions {
  /** Extra headers on every response, e.g. Content-Security-Policy. */
  headers?: Record<string, string>;
  port?: number;
}

export interface StaticServer {
  /** http://127.0.0.1:<port> with no trailing slash. */
  origin: string;
  close: () => Promise<void>;
}

interface Encoded {
  identity: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

export async function serveStatic(directory: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(directory);
  const cache = new Map<string, Encoded>();

  async function load(file: string): Promise<Encoded | undefined> {
    const cached = cache.get(file);
    if (cached) return cached;
    try {
      if (!(await stat(file)).isFile()) return undefined;
    } catch {
      return undefined;
    }
    const identity = await readFile(file);
    const encoded: Encoded = compressible.has(extname(file))
      ? {
          identity,
          gzip: gzipSync(identity, { level: 9 }),
          br: brotliCompressSync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
        }
      : { identity };
    cache.set(file, encoded);
    return encoded;
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (path !== root && !path.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (url.pathname.endsWith('/')) path = join(path, 'index.html');
    let body = await load(path);
    // An unknown path without an extension is a client-side route: serve the app.
    if (!body && extname(url.pathname) === '') {
      path = join(root, 'index.html');
      body = await load(path);
    }
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...options.headers }).end('Not found');
      return;
    }
    const accepts = request.headers['accept-encoding'] ?? '';
    const [encoding, payload] =
      body.br && /\bbr\b/.test(accepts)
        ? ['br', body.br]
        : body.gzip && /\bgzip\b/.test(accepts)
          ? ['gzip', body.gzip]
          : [undefined, body.identity];
    const hashed = path.includes(`${sep}assets${sep}`);
    response.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'content-length': payload.length,
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
      ...options.headers,
    });
    response.end(request.method === 'HEAD' ? undefined : payload);
  }

  // Compress everything up front: the first request must not pay for brotli at quality 11.
  const files = await readdir(root, { recursive: true });
  await Promise.all(files.map((file) => load(join(root, file))));

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

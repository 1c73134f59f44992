// The web console (web/, built by Vite into web/dist) served at /. Routes of the single-page app
// (/live, /playback…) answer index.html so a reload or a shared link opens the right page; /api/
// paths keep their JSON 404.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build:web` writes the console. */
export const CONSOLE_DIST_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Shown at / when the console was not built (a checkout started without `npm start`). */
const NOT_BUILT_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>psvis</title></head>
<body><h1>psvis</h1><p>控制台尚未构建：请运行 <code>npm run build:web</code>（<code>npm start</code> 会自动构建）。</p>
<p>The web console is not built: run <code>npm run build:web</code> (<code>npm start</code> builds it).</p>
<p>API: <a href="/api/v1/docs">/api/v1/docs</a></p></body></html>`;

/** Whether a request is a browser navigation to a console route rather than an API or asset fetch. */
export function isConsoleRoute(url: string, accept: string | undefined): boolean {
  const path = url.split('?')[0] ?? '';
  return !path.startsWith('/api/') && !path.includes('.') && (accept ?? '').includes('text/html');
}

/** Serves the built console, or a page that says how to build it. */
export async function consoleRoutes(app: FastifyInstance, distDir: string = CONSOLE_DIST_DIR): Promise<void> {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) {
    app.get('/', { schema: { hide: true } }, (_req, reply) =>
      reply.type('text/html; charset=utf-8').send(NOT_BUILT_PAGE),
    );
    return;
  }
  // Read per request (it is small): a console rebuilt while psvis runs names new asset files.
  const index = () => readFileSync(indexPath);
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    index: false,
    wildcard: true,
    // The API docs page registers its own copy of the plugin with reply.sendFile.
    decorateReply: false,
    // Vite names assets by content hash: they never change under the same name.
    setHeaders: (res, path) => {
      res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/', { schema: { hide: true } }, (_req, reply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index()),
  );
  // Console routes the static files do not match reach the not-found handler, which answers this.
  app.consoleIndex = index;
}

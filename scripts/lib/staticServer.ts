/**
 * A small static server for a built site, for the PDF step and the saved-copy tests: those need a server
 * they can stop, restart and point at another edition, and Astro allows one `astro preview` per project.
 * Serves directory pages as /path/ (index.html) and unknown paths with 404.html, with the production
 * headers (scripts/lib/securityHeaders.ts: the Content-Security-Policy of the site it serves, and its
 * caching), so the saved copy is tested under the policy it is published with.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { headersFor, securityHeaders, type Headers } from './securityHeaders.ts';
import { siteFiles, siteInlineCode } from './writeSecurityHeaders.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  url: string;
  /** Serve another build from now on (the next edition), without stopping. */
  serve(root: string): void;
  /** Stop listening and drop open connections: the site is unreachable until started again. */
  close(): Promise<void>;
}

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(normalize(root))) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

export function startStaticServer(root: string, port: number, host = '127.0.0.1'): Promise<StaticSite> {
  let current = root;
  const policies = new Map<string, Headers>();
  const security = (dir: string) => {
    if (!policies.has(dir)) policies.set(dir, securityHeaders(siteInlineCode(dir, siteFiles(dir))));
    return policies.get(dir)!;
  };
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', `http://${host}`);
    if (!pathname.endsWith('/') && !extname(pathname) && (await fileFor(current, `${pathname}/`))) {
      response.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    const file = await fileFor(current, pathname);
    const body = await readFile(file ?? join(current, '404.html')).catch(() => Buffer.from('Not found'));
    response.writeHead(file ? 200 : 404, {
      ...headersFor(pathname, security(current)),
      'Content-Type': types[extname(file ?? '.html')] ?? 'application/octet-stream',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () =>
      resolve({
        url: `http://${host}:${port}`,
        serve: (next) => {
          current = next;
        },
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      }),
    );
  });
}

/**
 * The built site served as a web host would serve it (text gzipped, everything else as built), for the
 * benchmarks: they need no `astro preview` (one per project at a time) and can count what is sent.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `dist` on 127.0.0.1:`port`. `sent`, if given, is told the bytes written to the socket for each
 * response (status line, headers and body), by path.
 */
export function serveDist(dist: string, port: number, sent?: (path: string, bytes: number) => void): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://localhost').pathname);
    let file = normalize(join(dist, path));
    if (file.startsWith(dist) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const before = request.socket.bytesWritten;
    response.on('finish', () => sent?.(path, request.socket.bytesWritten - before));
    const type = types[extname(file)];
    // Pagefind's own files (wasm, index, fragments) are gzipped already.
    const gzip = !!type && /gzip/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, {
      'content-type': type ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip' } : { 'content-length': statSync(file).size }),
    });
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip({ level: 6 })) : body).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

export function stopServer(server: Server): void {
  server.closeAllConnections();
  server.close();
}

/**
 * Serves the built site through Debian's nginx with the generated host configuration
 * (dist-nginx/handbook.conf), exactly as a production server would send it. Used by `npm run serve`,
 * the browser tests and the search benchmark.
 *
 * nginx runs as the user who starts it: its configuration, pid file, temporary files and logs are in a
 * fresh temporary folder, it stays in the foreground (`daemon off`), and several can run at once on
 * different ports (`npm start` beside `npm test`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { nginxSnippetPath } from './writeSecurityHeaders.ts';
import { distOf } from './builtSite.ts';

export const installHint =
  'nginx is not installed (the handbook is served as in production, through nginx). On Debian or Ubuntu: ' +
  'sudo apt-get install nginx; on macOS: brew install nginx. If it is installed somewhere unusual, set NGINX to its path.';

/** The nginx program: $NGINX, else the first `nginx` on PATH or in /usr/sbin, /usr/local/sbin, Homebrew. */
export function findNginx(): string | undefined {
  if (process.env.NGINX) return existsSync(process.env.NGINX) ? process.env.NGINX : undefined;
  const onPath = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return onPath;
  return ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/opt/homebrew/bin/nginx', '/usr/local/bin/nginx'].find((path) => existsSync(path));
}

/** The MIME types file of the installed nginx (Debian: /etc/nginx/mime.types). */
export function findMimeTypes(nginx: string): string | undefined {
  const configured = spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr.match(/--conf-path=(\S+)/)?.[1];
  return [
    configured && join(dirname(configured), 'mime.types'),
    '/etc/nginx/mime.types',
    '/usr/local/etc/nginx/mime.types',
    '/opt/homebrew/etc/nginx/mime.types',
  ].find((path): path is string => !!path && existsSync(path));
}

export interface ServerOptions {
  /** The project folder holding dist/ and dist-nginx/. */
  root: string;
  host: string;
  port: number;
  /** Log each request to standard output. */
  accessLog?: boolean;
  /** Write each response's address and the bytes sent for it (headers and body) to this file. */
  bytesLog?: string;
}

/** The access_log lines: "off" cancels every other access_log at its level, so it only stands alone. */
function accessLogs(accessLog: boolean, bytesLog?: string): string {
  const logs = [
    ...(accessLog ? ['access_log /dev/stdout;'] : []),
    ...(bytesLog ? [`log_format bytes '$request_uri $bytes_sent';`, `access_log ${bytesLog} bytes;`] : []),
  ];
  return logs.length > 0 ? logs.join('\n  ') : 'access_log off;';
}

/** A whole nginx.conf around the generated snippet, with every writable path under `temp`. */
export function nginxConfig({ root, host, port, accessLog = false, bytesLog }: ServerOptions, temp: string, mimeTypes: string): string {
  return `# Written by scripts/lib/nginxServer.ts for one run of the local server.
daemon off;
worker_processes 1;
pid ${join(temp, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
  include ${mimeTypes};
  types { application/manifest+json webmanifest; }
  default_type application/octet-stream;
  charset utf-8;
  sendfile on;
  ${accessLogs(accessLog, bytesLog)}
  client_body_temp_path ${join(temp, 'body')};
  proxy_temp_path ${join(temp, 'proxy')};
  fastcgi_temp_path ${join(temp, 'fastcgi')};
  uwsgi_temp_path ${join(temp, 'uwsgi')};
  scgi_temp_path ${join(temp, 'scgi')};
  server {
    listen ${host.includes(':') ? `[${host}]` : host}:${port};
    server_name localhost;
    root ${distOf(root)};
    include ${nginxSnippetPath(root)};
  }
}
`;
}

/** Whether anything accepts connections on host:port. */
function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Stops nginx and removes its temporary folder. */
  stop(): Promise<void>;
}

/**
 * Starts nginx and resolves once it answers; rejects with nginx's own words (a port in use, a bad
 * configuration) if it exits or does not answer within `timeoutMs`.
 */
export async function startNginx(options: ServerOptions, timeoutMs = 15_000): Promise<RunningServer> {
  const nginx = findNginx();
  if (!nginx) throw new Error(installHint);
  if (!existsSync(join(distOf(options.root), 'index.html'))) throw new Error('There is no built site in dist/: run `npm run build` first.');
  if (!existsSync(nginxSnippetPath(options.root)))
    throw new Error('dist-nginx/handbook.conf is missing: run `npm run build` (it writes the headers after the site).');
  if (await answers(options.host, options.port))
    throw new Error(`Something is already listening on ${options.host}:${options.port}: stop it or choose another port.`);
  const mimeTypes = findMimeTypes(nginx);
  if (!mimeTypes) throw new Error(`Could not find nginx's mime.types beside ${nginx}'s configuration.`);

  const temp = mkdtempSync(join(tmpdir(), 'handbook-nginx-'));
  const conf = join(temp, 'nginx.conf');
  writeFileSync(conf, nginxConfig(options, temp, mimeTypes));
  const child = spawn(nginx, ['-p', temp, '-c', conf, '-e', 'stderr'], { stdio: ['ignore', 'inherit', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    errors += chunk;
    process.stderr.write(chunk);
  });
  // Removed as nginx exits, before anyone listening for the exit can end this process.
  child.on('exit', () => rmSync(temp, { recursive: true, force: true }));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${options.port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`nginx stopped before it could serve ${url} (exit code ${child.exitCode}):\n${errors.trim()}`);
    }
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return { url, process: child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`nginx did not answer on ${url} within ${timeoutMs / 1000} s:\n${errors.trim()}`);
}

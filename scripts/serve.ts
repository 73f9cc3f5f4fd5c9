/**
 * `npm run serve`: serves the built site (run `npm run build` first) through nginx with the production
 * headers, until Ctrl-C. PORT picks the port (default 4321), HOST the address (default 127.0.0.1; 0.0.0.0
 * to let other devices on the network in), ACCESS_LOG=1 prints each request.
 */
import { startNginx } from './lib/nginxServer.ts';
import { commandLine } from './lib/commandLine.ts';

commandLine({}, 'Use: npm run serve (takes no arguments; PORT=N, HOST=ADDRESS and ACCESS_LOG=1 are set in the environment)');

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

let server;
try {
  server = await startNginx({ root: process.cwd(), host, port, accessLog: process.env.ACCESS_LOG === '1' });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof Error && /already listening/.test(error.message)) console.error(`For example: PORT=${port + 1} npm run serve`);
  process.exit(1);
}

console.log(`Serving dist/ through nginx with the production headers at ${server.url}/ (Ctrl-C to stop)`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    console.log('Stopped.');
    process.exit(0);
  });
}
// Ctrl-C and a test runner's SIGTERM reach nginx too (one process group): it exits 0 and so do we.
server.process.on('exit', (code, signal) => {
  if (stopping) return;
  if (code === 0) {
    console.log('Stopped.');
    process.exit(0);
  }
  console.error(`nginx stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
  process.exit(1);
});

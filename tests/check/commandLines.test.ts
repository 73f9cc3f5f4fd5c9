/**
 * Every script reads its command line with Node's parseArgs (scripts/lib/commandLine.ts): an option or
 * argument it does not take stops it at once with its usage line and exit code 2, before it does any work
 * (a mistyped `npm run build:pdf -- --prot 5000` must not print a PDF as if nothing were wrong).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const scripts = readdirSync(join(root, 'scripts')).filter((name) => name.endsWith('.ts'));

function run(script: string, args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'scripts', script), ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

test('there are scripts to try', () => assert.ok(scripts.length >= 10, scripts.join(', ')));

test('every script refuses an option it does not take, with its usage line, before doing anything', async () => {
  const results = await Promise.all(scripts.map(async (script) => ({ script, ...(await run(script, ['--no-such-option'])) })));
  for (const { script, status, stderr } of results) {
    assert.equal(status, 2, `${script} exits 2 on --no-such-option\n${stderr}`);
    assert.match(stderr, /Unknown option '--no-such-option'/, script);
    assert.match(stderr, /^Use: /m, `${script} prints its usage`);
  }
});

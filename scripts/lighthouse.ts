/**
 * Lighthouse (mobile, its default) on the built site's search page with results, the page most likely to
 * lose points (it loads search code and an index, and fills itself in after loading). Run `npm run build`
 * first. Lighthouse is fetched by npx at the version below, so it is not a dependency of every install.
 * Usage: npm run benchmark:lighthouse [-- --port 4450] [-- --path "/search/?q=pocket%20money"]
 * CHROME_PATH (default Debian's /usr/bin/chromium) picks the browser. The site is served as in production
 * (nginx with the generated headers; scripts/lib/nginxServer.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNginx } from './lib/nginxServer.ts';
import { chromiumPath } from './lib/builtSite.ts';
import { commandLine } from './lib/commandLine.ts';

const lighthouse = 'lighthouse@13.5.0';
const { values } = commandLine(
  { port: { type: 'string' }, path: { type: 'string' } },
  'Use: npm run benchmark:lighthouse [-- --port 4450] [--path "/search/?q=pocket%20money"]',
);
const port = Number(values.port ?? process.env.TEST_PORT ?? 4410);
const path = values.path ?? '/search/?q=pocket%20money';

const server = await startNginx({ root: process.cwd(), host: '127.0.0.1', port });
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
try {
  const report = join(out, 'report.json');
  const run = spawn(
    'npx',
    [
      '--yes',
      lighthouse,
      `http://127.0.0.1:${port}${path}`,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless --no-sandbox',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? chromiumPath } },
  );
  const status = await new Promise<number | null>((resolve) => run.on('close', resolve));
  if (status !== 0) throw new Error(`lighthouse exited with ${status}`);
  const result = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`Lighthouse ${result.lighthouseVersion}, ${result.configSettings.formFactor}, ${path}`);
  for (const category of Object.values(result.categories) as { title: string; score: number }[]) {
    console.log(`  ${category.title}: ${Math.round(category.score * 100)}`);
  }
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]) {
    console.log(`  ${result.audits[id].title}: ${result.audits[id].displayValue}`);
  }
  const failing = Object.values(
    result.audits as Record<string, { id: string; score: number | null; scoreDisplayMode: string; title: string }>,
  )
    .filter((audit) => audit.score !== null && audit.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode))
    .map((audit) => `${audit.id}: ${audit.title} (${audit.score})`);
  if (failing.length > 0) console.log(`  Below full marks:\n    ${failing.join('\n    ')}`);
  const longTasks = (result.audits['long-tasks']?.details?.items ?? []) as { url: string; duration: number }[];
  for (const task of longTasks.slice(0, 5)) console.log(`  Long task: ${task.duration.toFixed(0)} ms, ${task.url}`);
  const scripts = (result.audits['bootup-time']?.details?.items ?? []) as { url: string; scripting: number; scriptParseCompile: number }[];
  for (const script of scripts.slice(0, 5)) {
    console.log(
      `  Script time: ${script.scripting.toFixed(0)} ms running, ${script.scriptParseCompile.toFixed(0)} ms compiling, ${script.url}`,
    );
  }
} finally {
  await server.stop();
  rmSync(out, { recursive: true, force: true });
}

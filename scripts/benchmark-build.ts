/**
 * npm run benchmark:build -- [--pages N]... [--runs R] [--keep]: how the real build grows with the
 * handbook. For each N, copies the site into a temporary folder and adds copies of the real handbook
 * sections until there are about N content pages (each copy a real page with its own title and address);
 * then runs the real `npm run build` there, every step (the content gate, astro build, Pagefind, the
 * editor, the saved copy within its budget, the security headers), cold each time (no Astro or Vite
 * cache), R times, the sizes interleaved so a busy spell on the machine falls on all of them. For each run
 * it prints where the time went (scripts/lib/buildTimings.ts), the peak memory of the largest process
 * (GNU time's maximum resident set size) and what the saved copy takes on a device against its budget;
 * then the medians. Without --pages, the site as it is.
 * Nothing is written in the real site.
 *
 * Heavy (both cores): run it through the shared lock, `flock /tmp/heavy.lock npm run benchmark:build -- …`,
 * on a quiet machine; it prints the load average at the start of each run.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentTypes } from '../src/lib/routes.ts';
import { buildStages, median, type Stage, type TimedLine } from './lib/buildTimings.ts';
import { commandLine } from './lib/commandLine.ts';
import { copySiteCode } from './lib/siteCopy.ts';

const root = process.cwd();
const { values } = commandLine(
  { pages: { type: 'string', multiple: true }, runs: { type: 'string' }, keep: { type: 'boolean' } },
  'Use: npm run benchmark:build -- [--pages N]... [--runs R] [--keep]',
);
const sizes = (values.pages ?? ['0']).map(Number);
const runs = Number(values.runs ?? 1);
const keep = values.keep ?? false;
if (sizes.some((n) => !Number.isInteger(n) || n < 0) || !Number.isInteger(runs) || runs < 1) {
  console.error('--pages and --runs take whole numbers.');
  process.exit(2);
}
const time = '/usr/bin/time';

/** A copy of the site with about `wanted` content pages, in a folder of its own. */
function makeSite(wanted: number): { site: string; pages: number } {
  const site = mkdtempSync(join(tmpdir(), `handbook-benchmark-${wanted}-`));
  cpSync(join(root, 'content'), join(site, 'content'), { recursive: true });
  copySiteCode(root, site, { withScripts: true });
  const folder = (type: string) => join(site, 'content', type);
  const count = () => contentTypes.reduce((n, type) => n + readdirSync(folder(type)).filter((f) => f.endsWith('.mdx')).length, 0);
  const sections = readdirSync(folder('handbook')).filter((f) => f.endsWith('.mdx'));
  let copy = 0;
  while (count() < wanted) {
    copy++;
    for (const file of sections) {
      if (count() >= wanted) break;
      const text = readFileSync(join(folder('handbook'), file), 'utf8')
        .replace(/^title: (.*)$/m, (_, title: string) => `title: "${title.replace(/^"|"$/g, '').replace(/"/g, '\\"')}, copy ${copy}"`)
        .replace(/^order: (\d+)$/m, (_, order: string) => `order: ${Number(order) + copy * 1000}`);
      writeFileSync(join(folder('handbook'), file.replace(/\.mdx$/, `-copy-${copy}.mdx`)), text);
    }
  }
  return { site, pages: count() };
}

/** Everything a build leaves behind, so the next run is as cold as the first. */
function clean(site: string) {
  for (const item of ['dist', 'dist-nginx', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(site, item), { recursive: true, force: true });
}

interface Run {
  stages: Stage[];
  total: number;
  pages: number;
  peakBytes: number;
  load: number;
  /** What the saved copy's step said it holds and takes on a device, against its budget. */
  savedCopy: string;
}

/** One cold `npm run build` in `site`, its output timed line by line. */
async function build(site: string): Promise<Run> {
  clean(site);
  const load = loadavg()[0];
  const lines: TimedLine[] = [];
  const started = performance.now();
  const useTime = existsSync(time);
  const [command, args] = useTime ? [time, ['-f', 'peak-rss-kb %M', 'npm', 'run', 'build']] : ['npm', ['run', 'build']];
  let peakBytes = 0;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: site,
      env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`, NO_COLOR: '1' },
    });
    const rest = { stdout: '', stderr: '' };
    const read = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      const at = (performance.now() - started) / 1000;
      const parts = (rest[stream] + chunk.toString()).split('\n');
      rest[stream] = parts.pop()!;
      for (const text of parts) {
        const peak = /^peak-rss-kb (\d+)$/.exec(text);
        if (peak) peakBytes = Number(peak[1]) * 1024;
        else lines.push({ at, text });
      }
    };
    child.stdout.on('data', read('stdout'));
    child.stderr.on('data', read('stderr'));
    child.on('close', (status) =>
      status === 0
        ? resolve()
        : reject(
            new Error(
              `npm run build failed (${status}) in ${site}:\n${lines
                .map((l) => l.text)
                .join('\n')
                .slice(-4000)}`,
            ),
          ),
    );
  });
  const savedCopy = lines.map((line) => /\d+ pages, \d+ files in dist\/sw\.js; on a device .*? budget/.exec(line.text)?.[0]).find(Boolean);
  return { ...buildStages(lines), peakBytes, load, savedCopy: savedCopy ?? 'no saved copy reported' };
}

const sites = sizes.map((wanted) => ({ wanted, ...makeSite(wanted) }));
process.on('exit', () => {
  for (const { site } of sites)
    if (keep) console.log(`Kept: ${site}`);
    else rmSync(site, { recursive: true, force: true });
});

const results = new Map<number, Run[]>(sites.map((s) => [s.pages, []]));
const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
for (let run = 1; run <= runs; run++) {
  for (const { site, pages } of sites) {
    const result = await build(site);
    results.get(pages)!.push(result);
    console.log(
      `\nRun ${run} of ${runs}: ${pages} content pages (${result.pages} pages built), load average ${result.load.toFixed(2)} at the start`,
    );
    for (const stage of result.stages) console.log(`  ${stage.name.padEnd(48)} ${stage.seconds.toFixed(1).padStart(6)} s`);
    console.log(
      `  ${'whole npm run build (wall)'.padEnd(48)} ${result.total.toFixed(1).padStart(6)} s; peak memory ${gb(result.peakBytes)}`,
    );
    console.log(`  saved copy: ${result.savedCopy}`);
  }
}

console.log(`\nMedians of ${runs} run${runs === 1 ? '' : 's'}:`);
for (const [pages, done] of results) {
  console.log(
    `${pages} content pages: ${median(done.map((r) => r.total)).toFixed(1)} s, peak memory ${gb(median(done.map((r) => r.peakBytes)))}`,
  );
  for (const [i, stage] of done[0].stages.entries())
    console.log(
      `  ${stage.name.padEnd(48)} ${median(done.map((r) => r.stages[i]?.seconds ?? 0))
        .toFixed(1)
        .padStart(6)} s`,
    );
}

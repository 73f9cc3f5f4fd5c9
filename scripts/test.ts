/**
 * `npm test`: every check and test, as stages. Stages that do not depend on each other run side by side
 * (two at a time on a two-core machine); the browser tests run alone, as they use every core. Each
 * stage's output goes to test-results/logs/<stage>.log and is printed only if the stage fails. It ends
 * with one line per stage and one verdict, and exits non-zero if anything failed. After a failure no
 * new stage starts (the ones running finish).
 *
 * Usage: npm test [-- stage-name ...]   runs only the named stages (and no others), e.g. `npm test -- unit`.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { commandLine } from './lib/commandLine.ts';

interface Stage {
  name: string;
  title: string;
  script: string;
  after: string[];
  /** Runs with nothing beside it. */
  alone?: boolean;
}

const stages: Stage[] = [
  { name: 'check', title: 'content check', script: 'check', after: [] },
  { name: 'lint', title: 'lint (ESLint, Prettier)', script: 'lint', after: [] },
  { name: 'build', title: 'build', script: 'build', after: ['check'] },
  { name: 'unit', title: 'unit tests', script: 'test:unit', after: ['check'] },
  { name: 'check-tests', title: 'content check and gate tests', script: 'test:check', after: ['check'] },
  // The PDF edition changes every page (its link): the stages that read the built site wait for it.
  { name: 'pdf', title: 'PDF edition', script: 'build:pdf', after: ['build'] },
  // astro check and astro build both write Astro's generated types: never at the same time.
  { name: 'typecheck', title: 'type check', script: 'typecheck', after: ['build'] },
  {
    name: 'build-tests',
    title: 'build tests (feed, PDF, saved copy, page weight, dates, valid HTML)',
    script: 'test:build',
    after: ['pdf'],
  },
  { name: 'content-tests', title: 'content tests', script: 'test:content', after: ['pdf'] },
  { name: 'browser', title: 'browser tests (through nginx)', script: 'test:browser', after: ['pdf'], alone: true },
];

const root = process.cwd();
const logs = join(root, 'test-results', 'logs');
mkdirSync(logs, { recursive: true });
const { positionals: only } = commandLine({}, `Use: npm test [-- STAGE...] (stages: ${stages.map((s) => s.name).join(', ')})`, {
  positionals: true,
});
const unknown = only.filter((name) => !stages.some((s) => s.name === name));
if (unknown.length) {
  console.error(`No stage called ${unknown.join(', ')}. Stages: ${stages.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const chosen = stages.filter((s) => only.length === 0 || only.includes(s.name));
const slots = Math.max(2, Math.min(4, availableParallelism()));

type Outcome = { status: 'passed' | 'failed' | 'skipped'; seconds: number };
const outcomes = new Map<string, Outcome>();
const running = new Set<string>();
const started = performance.now();
const seconds = (since: number) => (performance.now() - since) / 1000;
const duration = (s: number) => (s < 90 ? `${s.toFixed(0)} s` : `${Math.floor(s / 60)} min ${(s % 60).toFixed(0).padStart(2, '0')} s`);
const line = (stage: Stage, outcome: Outcome) =>
  `${outcome.status === 'passed' ? '✔' : outcome.status === 'failed' ? '✖' : '-'} ${stage.title}: ${outcome.status}${outcome.status === 'skipped' ? '' : ` (${duration(outcome.seconds)})`}`;

function run(stage: Stage): Promise<void> {
  running.add(stage.name);
  const log = join(logs, `${stage.name}.log`);
  const out = createWriteStream(log);
  const begun = performance.now();
  console.log(`▶ ${stage.title} (npm run ${stage.script})`);
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', stage.script], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('close', (code) => {
      out.end(() => {
        const outcome: Outcome = { status: code === 0 ? 'passed' : 'failed', seconds: seconds(begun) };
        outcomes.set(stage.name, outcome);
        running.delete(stage.name);
        console.log(line(stage, outcome));
        if (outcome.status === 'failed') {
          const text = readFileSync(log, 'utf8').trimEnd().split('\n');
          console.log(`--- ${stage.title}: ${text.length > 300 ? `last 300 of ${text.length} lines; all in ` : ''}${log} ---`);
          console.log(text.slice(-300).join('\n'));
          console.log(`--- end of ${stage.title} ---`);
        }
        resolve();
      });
    });
  });
}

let wake = () => {};

/** Starts every stage that can start now, again each time one finishes, until nothing is left. */
async function schedule(): Promise<void> {
  for (;;) {
    const finished = new Promise<void>((resolve) => (wake = resolve));
    const failed = [...outcomes.values()].some((o) => o.status === 'failed');
    const waiting = chosen.filter((s) => !outcomes.has(s.name) && !running.has(s.name));
    for (const stage of failed ? [] : waiting) {
      const ready = stage.after.every((name) => !chosen.some((s) => s.name === name) || outcomes.get(name)?.status === 'passed');
      const aloneRunning = [...running].some((name) => stages.find((s) => s.name === name)!.alone);
      // A stage that runs alone also waits for every stage listed before it, so none queues behind it.
      const room = stage.alone
        ? running.size === 0 && chosen.slice(0, chosen.indexOf(stage)).every((s) => outcomes.has(s.name))
        : running.size < slots && !aloneRunning;
      if (ready && room) void run(stage).then(() => wake());
    }
    if (running.size === 0) {
      for (const stage of chosen) if (!outcomes.has(stage.name)) outcomes.set(stage.name, { status: 'skipped', seconds: 0 });
      return;
    }
    await finished;
  }
}

await schedule();
const total = seconds(started);
const failedStages = chosen.filter((s) => outcomes.get(s.name)?.status === 'failed');
console.log(`\nnpm test (${slots} stages at a time):`);
for (const stage of chosen) console.log(`  ${line(stage, outcomes.get(stage.name)!)}`);
if (failedStages.length === 0) {
  console.log(`PASSED: all ${chosen.length} stages in ${duration(total)}`);
} else {
  console.log(`FAILED: ${failedStages.map((s) => s.title).join(', ')} (${duration(total)}); logs in test-results/logs/`);
  process.exitCode = 1;
}

/**
 * `npm test`: every check and test, as stages. Stages that do not depend on each other run side by side,
 * the slowest chain first: the build, then the PDF edition, then the browser tests start as soon as they
 * can, and the other stages fill the cores around them. On a two-core machine every stage but the browser
 * tests uses about one core and the browser tests two, so the runner keeps about one stage more than the
 * cores busy: no core waits while there is work, and the browser tests never wait for a stage they do not
 * need. Each stage's output goes to test-results/logs/<stage>.log and is printed only if the stage fails.
 * It ends with one line per stage and one verdict, and exits non-zero if anything failed. After a failure
 * no new stage starts (the ones running finish).
 *
 * Usage: npm test [-- stage-name ...]   runs only the named stages (and no others), e.g. `npm test -- unit`.
 *        npm run test:quick             check, lint, unit and gate tests: the loop while editing.
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
  /** How many cores it keeps busy (the browser tests run two workers). */
  cores?: number;
  /** On the longest chain (check, build, PDF, browser tests): starts the moment it can, whatever else runs. */
  chain?: boolean;
}

// In order of priority: when several stages could start, the first listed starts first. The chain that
// ends in the browser tests comes first, then the rest, slowest first.
const stages: Stage[] = [
  { name: 'check', title: 'content check', script: 'check', after: [], chain: true },
  { name: 'build', title: 'build', script: 'build', after: ['check'], chain: true },
  // The PDF edition changes every page (its link): the stages that read the built site wait for it.
  { name: 'pdf', title: 'PDF edition', script: 'build:pdf', after: ['build'], chain: true },
  { name: 'browser', title: 'browser tests (through nginx)', script: 'test:browser', after: ['pdf'], cores: 2, chain: true },
  { name: 'check-tests', title: 'content check and gate tests', script: 'test:check', after: ['check'] },
  {
    name: 'build-tests',
    title: 'build tests (feed, PDF, saved copy, page weight, dates, valid HTML)',
    script: 'test:build',
    after: ['pdf'],
  },
  // astro check and astro build both write Astro's generated types: never at the same time.
  { name: 'typecheck', title: 'type check', script: 'typecheck', after: ['build'] },
  { name: 'lint', title: 'lint (ESLint, Prettier)', script: 'lint', after: [] },
  { name: 'unit', title: 'unit tests', script: 'test:unit', after: ['check'] },
  { name: 'content-tests', title: 'content tests', script: 'test:content', after: ['pdf'] },
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
// One more than the cores: a stage waiting on its disk or its child processes leaves a core to another.
const cores = availableParallelism();
const capacity = cores + 1;

type Outcome = { status: 'passed' | 'failed' | 'skipped'; seconds: number };
const outcomes = new Map<string, Outcome>();
const running = new Set<string>();
const started = performance.now();
const seconds = (since: number) => (performance.now() - since) / 1000;
// Rounded to whole seconds first: 299.6 s is "5 min 00 s", not "4 min 60 s".
const duration = (seconds: number) => {
  const s = Math.round(seconds);
  return s < 90 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
};
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
      const busy = [...running].reduce((sum, name) => sum + (stages.find((s) => s.name === name)!.cores ?? 1), 0);
      // A stage that needs more cores than are free starts anyway when it is the only one running. The
      // chain never waits for room: a stage that started while the PDF was made (the type check, say)
      // would otherwise hold the browser tests back until it finished.
      const room = running.size === 0 || stage.chain || busy + Math.min(stage.cores ?? 1, cores) <= capacity;
      if (ready && room) void run(stage).then(() => wake());
      // Strict priority: a stage that is ready but has no room yet is not overtaken by a later one.
      else if (ready) break;
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
console.log(`\nnpm test (${cores} cores):`);
for (const stage of chosen) console.log(`  ${line(stage, outcomes.get(stage.name)!)}`);
if (failedStages.length === 0) {
  console.log(`PASSED: all ${chosen.length} stages in ${duration(total)}`);
} else {
  console.log(`FAILED: ${failedStages.map((s) => s.title).join(', ')} (${duration(total)}); logs in test-results/logs/`);
  process.exitCode = 1;
}

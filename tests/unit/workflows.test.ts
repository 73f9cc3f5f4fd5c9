/**
 * The GitHub Actions workflows cannot be turned against the repository: the token only reads, no job
 * asks for more, checkouts keep no credentials, every action is pinned to a commit, and the content
 * check runs before anything builds (compiles MDX). Also: the build that publishes has the full history.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  permissions?: unknown;
  jobs: Record<string, { permissions?: unknown; steps: Step[] }>;
}

const folder = join(process.cwd(), '.github/workflows');
const workflows = readdirSync(folder)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name, workflow: parse(readFileSync(join(folder, name), 'utf8')) as Workflow }));

test('there are workflows to check: tests and publishing', () => {
  assert.deepEqual(workflows.map((w) => w.name).sort(), ['ci.yml', 'publish.yml']);
});

for (const { name, workflow } of workflows) {
  test(`${name}: read-only token, credential-free checkouts, actions pinned by commit, the check before the build`, () => {
    assert.deepEqual(workflow.permissions, { contents: 'read' }, 'top-level permissions: contents: read');
    for (const [jobName, job] of Object.entries(workflow.jobs)) {
      assert.ok(job.permissions === undefined || JSON.stringify(job.permissions) === '{"contents":"read"}', `${jobName} asks for no more`);
      const runs = job.steps.map((step) => step.run ?? '');
      const check = runs.findIndex((run) => /\bnpm run check\b/.test(run));
      const build = runs.findIndex((run) => /\bnpm (run build|test|start)\b|\.ci\/run|astro build/.test(run));
      if (build !== -1) assert.ok(check !== -1 && check < build, `${jobName}: npm run check runs before anything compiles MDX`);
      for (const step of job.steps.filter((s) => s.uses)) {
        assert.match(step.uses!, /^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/, `${jobName}: ${step.uses} is pinned to a commit`);
        if (step.uses!.startsWith('actions/checkout@')) {
          assert.equal(step.with?.['persist-credentials'], false, `${jobName}: checkout keeps no credentials`);
          assert.equal(step.with?.['fetch-depth'], 0, `${jobName}: the full history, for "Last updated"`);
        }
      }
    }
  });
}

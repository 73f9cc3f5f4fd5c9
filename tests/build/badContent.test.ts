/**
 * Each fixture adds one page with one mistake to a copy of the site; the build must fail and say
 * which file, which field and what is allowed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const fixtures = join(root, 'tests/build/fixtures');
const expected: Record<string, { file: string; field: string; message: string }> = JSON.parse(
  readFileSync(join(fixtures, 'expected.json'), 'utf8'),
);

function buildWith(fixture: string) {
  const site = mkdtempSync(join(tmpdir(), `handbook-${fixture}-`));
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, item), join(site, item), { recursive: true });
  }
  cpSync(join(fixtures, fixture), site, { recursive: true });
  // Link each package but not Astro's and Vite's caches, so a fixture build never writes into the real site's.
  mkdirSync(join(site, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(join(root, 'node_modules', name), join(site, 'node_modules', name));
  }
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: site,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  rmSync(site, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

for (const [fixture, expect] of Object.entries(expected)) {
  test(`bad content: ${fixture} fails the build naming ${expect.file} and ${expect.field}`, () => {
    const { status, output } = buildWith(fixture);
    assert.notEqual(status, 0, `the build should fail for ${fixture}\n${output}`);
    assert.ok(output.includes(expect.file), `the message names the file ${expect.file}:\n${output}`);
    assert.ok(output.includes(expect.field), `the message names the field ${expect.field}:\n${output}`);
    assert.ok(output.includes(expect.message), `the message says "${expect.message}":\n${output}`);
  });
}

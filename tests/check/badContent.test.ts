/**
 * The bad-content corpus: each fixture adds (or replaces) one file with one mistake in a copy of the
 * content, and `npm run check` must name the file and line, say what is wrong and how to fix it, and
 * exit non-zero (or zero, for a warning). The real content must pass with no errors.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCheck, siteWith } from './site.ts';

const root = process.cwd();
const fixtures = join(root, 'tests/check/fixtures');
const expected: Record<string, { file: string; line: number; message: string; exit: number; errors?: number }> = JSON.parse(
  readFileSync(join(fixtures, 'expected.json'), 'utf8'),
);

test('the corpus covers at least 12 distinct faults', () => {
  const faults = Object.values(expected).filter((e) => e.exit !== 0);
  assert.ok(faults.length >= 12, `${faults.length} error fixtures`);
  assert.equal(new Set(faults.map((e) => e.message)).size, faults.length, 'each fixture has its own message');
});

describe('bad content', { concurrency: 2 }, () => {
  for (const [fixture, expect] of Object.entries(expected)) {
    test(`${fixture}: ${expect.file}:${expect.line} - ${expect.message}`, async () => {
      const site = siteWith(fixture);
      try {
        const { status, output } = await runCheck(site);
        assert.equal(status, expect.exit, `exit status for ${fixture}\n${output}`);
        const wanted = `${expect.file}:${expect.line} - ${expect.message}`;
        assert.ok(output.includes(wanted), `the check prints\n  ${wanted}\nbut printed:\n${output}`);
        const errors = output.split('\n').filter((line) => /^content\/.*:\d+ - (?!warning: )/.test(line));
        assert.equal(errors.length, expect.exit === 0 ? 0 : (expect.errors ?? 1), `only the fixture's fault is reported:\n${output}`);
      } finally {
        rmSync(site, { recursive: true, force: true });
      }
    });
  }

  test('the base site the fixtures are laid over passes with no errors or warnings', async () => {
    const site = siteWith('base');
    try {
      const { status, output } = await runCheck(site);
      assert.equal(status, 0, output);
      assert.match(output, /Content check: no errors, 0 warnings/);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  test('the real content passes with no errors', async () => {
    const site = siteWith();
    try {
      const { status, output } = await runCheck(site);
      assert.equal(status, 0, output);
      assert.match(output, /Content check: no errors/);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

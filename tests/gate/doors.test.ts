/**
 * The bad-content corpus through both doors. Each fixture lays one mistake over a small correct site;
 * `npm run check` and `astro build` (run alone, as a host runs it) must both fail, print the same
 * `file:line - what is wrong - how to fix it` lines, and print nothing else wrong. Fixtures that must pass
 * (a warning, a file saved on Windows) are built together once and must publish their pages.
 *
 * The check's report is made in this process (scripts/check.ts only prints it); the corpus is built by
 * Astro's build function in two child processes (tests/gate/buildEach.ts), and the CLIs themselves are run
 * on the real content, on a failing fixture and on the passing fixtures.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentReport } from '../../src/lib/content/report.ts';
import { declaredInlineCode } from '../../src/components/inlineCode.ts';
import { undeclaredCodeInSite } from '../../scripts/lib/builtPageCode.ts';
import { expectations, expectedLine, fixturesDir, root, runBuild, runCheck, siteWith } from './site.ts';
import { distOf, filesUnder } from '../../scripts/lib/builtSite.ts';

/** The problem lines a door printed (the lines that start with a content file), errors only or all. */
function problemLines(output: string, { errorsOnly = false } = {}): string[] {
  return output
    .split('\n')
    .filter((line) => /^content\/\S.* - /.test(line))
    .filter((line) => !errorsOnly || !line.includes(' - warning: '))
    .sort();
}


/** Builds each site with Astro's build function in one child process; resolves with what each printed. */
function buildEach(sites: string[]): Promise<Map<string, { failed: boolean; output: string }>> {
  return new Promise((resolve, reject) => {
    const PATH = `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`;
    const child = spawn(process.execPath, [join(root, 'tests/gate/buildEach.ts'), ...sites], { cwd: root, env: { ...process.env, PATH, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => {
      const results = new Map<string, { failed: boolean; output: string }>();
      for (const line of stdout.split('\n').filter(Boolean)) {
        const { site, failed, output } = JSON.parse(line) as { site: string; failed: boolean; output: string };
        results.set(site, { failed, output });
      }
      if (results.size !== sites.length) reject(new Error(`buildEach stopped (status ${status}):\n${stderr}`));
      else resolve(results);
    });
  });
}

const failing = Object.entries(expectations).filter(([, expect]) => expect.exit === 1);
const passing = Object.entries(expectations).filter(([, expect]) => expect.exit === 0);

test('every fixture is listed in expected.json, and every listed fixture has its own message or file', () => {
  const folders = readdirSync(fixturesDir).filter((name) => statSync(join(fixturesDir, name)).isDirectory());
  assert.deepEqual(folders.sort(), Object.keys(expectations).sort());
  // One mistake may be written many ways (a number in fullwidth digits, or with a letter O): each such
  // fixture gives the same message, from its own file.
  const lines = failing.map(([, expect]) => expectedLine(expect));
  assert.equal(new Set(lines).size, lines.length, 'two fixtures test the same message in the same file');
});

describe('each mistake fails npm run check and astro build with the same message', () => {
  const sites = new Map(failing.map(([fixture]) => [fixture, siteWith(fixture)]));
  let builds: Map<string, { failed: boolean; output: string }>;
  before(async () => {
    const all = [...sites.values()];
    const halves = await Promise.all([buildEach(all.filter((_, i) => i % 2 === 0)), buildEach(all.filter((_, i) => i % 2 === 1))]);
    builds = new Map([...halves[0], ...halves[1]]);
  });
  after(() => {
    for (const site of sites.values()) rmSync(site, { recursive: true, force: true });
  });
  for (const [fixture, expect] of failing) {
    test(`${fixture}: ${expectedLine(expect)}`, () => {
      const site = sites.get(fixture)!;
      const check = contentReport(site);
      const checkOutput = check.lines.join('\n');
      const wanted = expectedLine(expect);
      assert.equal(check.exitCode, 1, `npm run check fails for ${fixture}\n${checkOutput}`);
      const errors = problemLines(checkOutput, { errorsOnly: true });
      assert.ok(errors.some((line) => line.startsWith(wanted)), `npm run check prints\n  ${wanted}\nbut printed:\n${checkOutput}`);
      assert.equal(errors.length, expect.errors ?? 1, `only the fixture's mistake is reported:\n${checkOutput}`);

      const build = builds.get(site)!;
      assert.ok(build.failed, `astro build fails for ${fixture}\n${build.output}`);
      assert.deepEqual(problemLines(build.output), problemLines(checkOutput), `astro build prints the same problems as npm run check:\n${build.output}`);
      assert.ok(!existsSync(distOf(site)), 'nothing was built');
    });
  }
});

test('the astro build command exits non-zero on a mistake, and a page that tries to run code runs nothing', async () => {
  const site = siteWith('build-time-code');
  try {
    const before = filesUnder(site);
    const build = await runBuild(site);
    assert.notEqual(build.status, 0, build.output);
    assert.ok(build.output.includes(expectedLine(expectations['build-time-code'])), build.output);
    const written = filesUnder(site).filter((name) => !before.includes(name) && !name.startsWith('.astro/'));
    assert.deepEqual(written, [], 'the build wrote files');
    assert.ok(!existsSync(join(site, 'written-during-build.txt')) && !existsSync(join(root, 'written-during-build.txt')), 'the page wrote a file');
    assert.ok(!existsSync(distOf(site)), 'nothing was published');
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('what is allowed passes both doors and is published: a warning, and a page saved on Windows', async () => {
  const site = siteWith('base');
  try {
    // Every passing fixture is laid over the one site, so the build runs once; none may hide another.
    for (const [fixture] of passing) {
      for (const file of filesUnder(join(fixturesDir, fixture))) {
        assert.ok(!existsSync(join(site, file)), `${fixture} would overwrite ${file}`);
        cpSync(join(fixturesDir, fixture, file), join(site, file));
      }
    }
    const check = await runCheck(site);
    assert.equal(check.status, 0, check.output);
    const build = await runBuild(site);
    assert.equal(build.status, 0, build.output);
    for (const [fixture, expect] of passing) {
      if (expect.message) {
        assert.ok(check.output.includes(expectedLine(expect)), `${fixture}: npm run check warns\n${check.output}`);
        assert.ok(build.output.includes(expectedLine(expect)), `${fixture}: astro build warns\n${build.output}`);
      }
      const page = expect.file.replace(/^content\//, '').replace(/\.mdx$/, '');
      const html = readFileSync(join(distOf(site), page, 'index.html'), 'utf8');
      assert.doesNotMatch(html, /^---|title:|\uFEFF/m, `${fixture}: the published page shows no frontmatter or byte-order mark`);
    }
    // The build's last check (the one npm run build ends with) finds no code no component declared.
    const pages = filesUnder(distOf(site))
      .filter((name) => name.endsWith('.html'))
      .map((name): [string, string] => [name, readFileSync(join(distOf(site), name), 'utf8')]);
    assert.deepEqual(undeclaredCodeInSite(pages, declaredInlineCode), [], 'every page holds only declared code');
    const saved = readFileSync(join(site, 'dist/handbook/crlf-and-bom/index.html'), 'utf8');
    assert.match(saved, /<h1[^>]*>Saved on Windows<\/h1>/);
    assert.match(saved, /Text written in Notepad\./);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('npm run check passes the real content and prints its summary', async () => {
  const site = siteWith();
  try {
    const { status, output } = await runCheck(site);
    assert.equal(status, 0, output);
    assert.deepEqual(problemLines(output, { errorsOnly: true }), []);
    assert.match(output, /^Content check: no errors, \d+ warnings? \(\d+\.\ds\)\.$/m);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('the base site the fixtures are laid over passes with no errors or warnings', () => {
  const site = siteWith('base');
  try {
    // A fixed day: the base pages' reviews fall due in time, which would be a warning.
    const { lines, exitCode } = contentReport(site, { today: new Date('2026-12-01T00:00:00Z') });
    assert.equal(exitCode, 0, lines.join('\n'));
    assert.deepEqual(problemLines(lines.join('\n')), []);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

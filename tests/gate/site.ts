/**
 * Copies of the site for the gate's tests: the small correct base site (tests/gate/base: a few pages and
 * the real content/*.yaml lists) with one fixture's files laid over it, or the real content; and the two
 * doors a fixture must fail through, `npm run check` and `astro build`.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { copySiteCode } from '../../scripts/lib/siteCopy.ts';

export const root = process.cwd();
export const fixturesDir = join(root, 'tests/gate/fixtures');

export interface Expectation {
  /** The class of mistake, in the words of CONTRIBUTING.md's table. */
  mistake: string;
  file: string;
  /** Left out when the problem is the file itself. */
  line?: number;
  /** The start of what is printed after `file:line - `. */
  message: string;
  /** 1 for an error, 0 when the fixture must pass (a warning, or something that is allowed). */
  exit: 0 | 1;
  /** How many errors the fixture causes (1 unless said). */
  errors?: number;
}

export const expectations: Record<string, Expectation> = JSON.parse(readFileSync(join(fixturesDir, 'expected.json'), 'utf8'));

/** The line the doors print for a fixture's problem. */
export function expectedLine(expect: Expectation): string {
  return `${expect.file}${expect.line === undefined ? '' : `:${expect.line}`} - ${expect.message}`;
}

/**
 * A site to check or build: the real content, or the base site with a fixture laid over it, with a copy of
 * the site's code (scripts/lib/siteCopy.ts).
 */
export function siteWith(fixture?: string): string {
  const site = mkdtempSync(join(tmpdir(), `handbook-gate-${fixture ?? 'real'}-`));
  if (fixture === undefined) {
    cpSync(join(root, 'content'), join(site, 'content'), { recursive: true });
  } else {
    mkdirSync(join(site, 'content'));
    for (const name of readdirSync(join(root, 'content')).filter((n) => n.endsWith('.yaml'))) {
      cpSync(join(root, 'content', name), join(site, 'content', name));
    }
    // The real settings name the real documents in documentKinds; the base site has only one of them.
    const settings = parseDocument(readFileSync(join(root, 'content/site.yaml'), 'utf8'));
    settings.delete('documentKinds');
    writeFileSync(join(site, 'content/site.yaml'), settings.toString());
    cpSync(join(root, 'tests/gate/base/content'), join(site, 'content'), { recursive: true });
    if (fixture !== 'base') cpSync(join(fixturesDir, fixture), site, { recursive: true });
  }
  copySiteCode(root, site);
  return site;
}

function run(command: string, args: string[], cwd: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    // node_modules/.bin first, so `astro` runs on the project's Node 24 (the machine's may be older).
    const PATH = `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`;
    const child = spawn(command, args, { cwd, env: { ...process.env, PATH, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** `npm run check` on a copy of the site. */
export function runCheck(site: string) {
  return run(process.execPath, [join(root, 'scripts/check.ts'), '--root', site], root);
}

/** `astro build` on a copy of the site, as a host runs it: nothing before it. */
export function runBuild(site: string, ...args: string[]) {
  return run(join(root, 'node_modules/.bin/astro'), ['build', ...args], site);
}

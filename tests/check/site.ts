/** Copies of the site for the check's tests, and running the check on one as `npm run check` does. */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const fixtures = join(root, 'tests/check/fixtures');

/** Runs `node scripts/check.ts` the way `npm run check` does, on the given copy of the site. */
export function runCheck(siteRoot: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'scripts/check.ts'), '--root', siteRoot], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/**
 * A site to check: the real content, or the small correct base site (tests/check/base: a few pages and
 * the real YAML lists) with one fixture's files laid over it. The pages folder is linked, not copied.
 */
export function siteWith(fixture?: string): string {
  const site = mkdtempSync(join(tmpdir(), `handbook-check-${fixture ?? 'real'}-`));
  if (fixture === undefined) {
    cpSync(join(root, 'content'), join(site, 'content'), { recursive: true });
  } else {
    mkdirSync(join(site, 'content'));
    for (const name of readdirSync(join(root, 'content')).filter((n) => n.endsWith('.yaml'))) {
      cpSync(join(root, 'content', name), join(site, 'content', name));
    }
    cpSync(join(root, 'tests/check/base/content'), join(site, 'content'), { recursive: true });
    if (fixture !== 'base') cpSync(join(fixtures, fixture), site, { recursive: true });
  }
  mkdirSync(join(site, 'src'));
  symlinkSync(join(root, 'src/pages'), join(site, 'src/pages'));
  return site;
}


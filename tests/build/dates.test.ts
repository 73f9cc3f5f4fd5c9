/**
 * "Last updated" on any host: the dates the build computes (src/data/lastUpdated.ts) from a depth-1
 * clone, a deeper shallow clone, a clone whose remote answers, and a tarball (`git archive`), in a small
 * repository whose right answers are known, then in this repository. A date is either right or the
 * page's own fallback (its newest `changes` date), never the date of the clone's one commit for every
 * page; and the build says which.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readHistory } from '../../src/data/lastUpdated.ts';
import { pageLastUpdated, type PageRecord } from '../../src/lib/gitDates.ts';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'handbook-dates-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const git = (cwd: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } }).trim();
const d = (text: string) => new Date(`${text}T00:00:00Z`);

function clone(source: string, name: string, depth?: number, { keepRemote = false } = {}) {
  const target = join(work, name);
  git(work, ['clone', '--quiet', ...(depth ? ['--depth', String(depth)] : []), `file://${source}`, target]);
  if (!keepRemote) git(target, ['remote', 'remove', 'origin']);
  return target;
}

function tarball(source: string, name: string) {
  const target = join(work, name);
  mkdirSync(target);
  const archive = spawnSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: source, maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', target], { input: archive.stdout });
  return target;
}

/** What the build prints while dating pages in `cwd` (the note goes to standard error). */
function buildNote(cwd: string) {
  const script = `import(${JSON.stringify(join(root, 'src/data/lastUpdated.ts'))}).then((m) => m.lastUpdatedDates())`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' }).stderr;
}

/** A repository whose right answers are known: a.mdx last changed 2026-03-15, b.mdx 2026-02-01. */
const small = join(work, 'small');
const page = (changed: string) =>
  `---\ntitle: X\nreviewed: ${changed}\nchanges:\n  - date: ${changed}\n    summary: Changed.\n---\n\nText ${changed}.\n`;
const records: Record<string, PageRecord> = {};
function commit(date: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(small, file, '..'), { recursive: true });
    writeFileSync(join(small, file), text);
  }
  git(small, ['add', '-A']);
  const when = `${date}T12:00:00Z`;
  git(small, ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '--quiet', '-m', date], {
    GIT_AUTHOR_DATE: when,
    GIT_COMMITTER_DATE: when,
  });
}
mkdirSync(small);
git(small, ['init', '--quiet']);
commit('2026-01-10', { 'content/handbook/a.mdx': page('2026-01-10'), 'content/guides/b.mdx': page('2026-01-10') });
commit('2026-02-01', { 'content/guides/b.mdx': page('2026-02-01') });
commit('2026-03-15', { 'content/handbook/a.mdx': page('2026-03-15') });
commit('2026-05-20', { 'README.md': 'Not content.\n' });
records['content/handbook/a.mdx'] = { reviewed: d('2026-03-15'), changes: [{ date: d('2026-03-15') }] };
// b's own record says 2026-01-31: its fallback is told apart from its git date (2026-02-01).
records['content/guides/b.mdx'] = { reviewed: d('2026-01-31'), changes: [{ date: d('2026-01-31') }] };

const datesIn = (cwd: string) => {
  const { history, dates } = readHistory(cwd);
  const pages = Object.fromEntries(Object.entries(records).map(([file, record]) => [file, pageLastUpdated(dates.get(file), record)]));
  return { history, pages };
};

test('full history: each page is dated by the last commit that changed it', () => {
  const { history, pages } = datesIn(small);
  assert.deepEqual(history, { kind: 'full', deepened: false });
  assert.deepEqual(pages['content/handbook/a.mdx'], { date: d('2026-03-15'), from: 'git' });
  assert.deepEqual(pages['content/guides/b.mdx'], { date: d('2026-02-01'), from: 'git' });
});

test('depth-1 clone, remote out of reach: no page takes the clone’s one commit date; each falls back to its own record, and the build says so', () => {
  const shallow = clone(small, 'small-depth-1', 1);
  const { history, pages } = datesIn(shallow);
  assert.equal(history.kind, 'shallow');
  assert.deepEqual(pages['content/handbook/a.mdx'], { date: d('2026-03-15'), from: 'changes' });
  assert.deepEqual(pages['content/guides/b.mdx'], { date: d('2026-01-31'), from: 'changes' });
  assert.match(buildNote(shallow), /shallow clone and the full history could not be fetched \(no remote to fetch it from\)/);
});

test('depth-3 clone: pages changed within the clone’s history are dated from git, the rest fall back', () => {
  const { history, pages } = datesIn(clone(small, 'small-depth-3', 3));
  assert.equal(history.kind, 'shallow');
  assert.deepEqual(pages['content/handbook/a.mdx'], { date: d('2026-03-15'), from: 'git' });
  assert.deepEqual(pages['content/guides/b.mdx'], { date: d('2026-01-31'), from: 'changes' }, 'its last change is the boundary commit');
});

test('depth-1 clone whose remote answers: the build fetches the whole history and dates every page from git', () => {
  const shallow = clone(small, 'small-reachable', 1, { keepRemote: true });
  const { history, pages } = datesIn(shallow);
  assert.deepEqual(history, { kind: 'full', deepened: true });
  assert.deepEqual(pages['content/guides/b.mdx'], { date: d('2026-02-01'), from: 'git' });
  assert.equal(git(shallow, ['rev-parse', '--is-shallow-repository']), 'false');
});

test('a tarball (git archive): no history, every page falls back to its own record, and the build says so', () => {
  const copy = tarball(small, 'small-tarball');
  const { history, pages } = datesIn(copy);
  assert.equal(history.kind, 'none');
  assert.deepEqual(pages['content/guides/b.mdx'], { date: d('2026-01-31'), from: 'changes' });
  assert.match(buildNote(copy), /no git history here/);
});

/** This repository's pages and their own records, read from their frontmatter. */
function handbookPages(dir: string): Record<string, PageRecord> {
  const pages: Record<string, PageRecord> = {};
  for (const folder of ['handbook', 'guides', 'documents']) {
    for (const name of readdirSync(join(dir, 'content', folder)).filter((n) => n.endsWith('.mdx'))) {
      const file = `content/${folder}/${name}`;
      const data = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'))![1]);
      pages[file] = {
        reviewed: d(String(data.reviewed)),
        changes: (data.changes ?? []).map((c: { date: string }) => ({ date: d(String(c.date)) })),
      };
    }
  }
  return pages;
}

test('this repository, from a depth-1 clone and from a tarball: every page falls back to its own newest change', () => {
  for (const copy of [clone(root, 'handbook-depth-1', 1), tarball(root, 'handbook-tarball')]) {
    const { history, dates } = readHistory(copy);
    assert.notEqual(history.kind, 'full', copy);
    const pages = handbookPages(copy);
    assert.ok(Object.keys(pages).length > 50, 'the handbook has its pages');
    for (const [file, record] of Object.entries(pages)) {
      const newest = record.changes!.map((c) => c.date.getTime()).sort((a, b) => b - a)[0];
      assert.deepEqual(pageLastUpdated(dates.get(file), record), { date: new Date(newest), from: 'changes' }, `${copy}: ${file}`);
    }
  }
});

test('this repository, from a depth-1 clone whose remote answers: the same dates as the full history', (t) => {
  if (git(root, ['rev-parse', '--is-shallow-repository']) === 'true') {
    t.skip('this checkout is itself shallow, so there is no full history to compare with');
    return;
  }
  const full = readHistory(root).dates;
  const deepened = readHistory(clone(root, 'handbook-reachable', 1, { keepRemote: true }));
  assert.deepEqual(deepened.history, { kind: 'full', deepened: true });
  assert.deepEqual(deepened.dates, full);
});

/**
 * When each content file last changed, from git: read once per build, and the build says how it dated
 * the pages when the history is not the whole story. A shallow clone is deepened when its remote can be
 * reached (`git fetch --unshallow`, failing quietly); otherwise, and in a copy without git (a download,
 * a tarball), pages fall back to their own record (pageLastUpdated in src/lib/gitDates.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gitLogArguments, historyNote, lastChangedDates, type History } from '../lib/gitDates.ts';

function git(cwd: string, args: string[], timeout = 30_000): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'true', SSH_ASKPASS: 'true' },
  }).trim();
}

const isShallow = (cwd: string) => git(cwd, ['rev-parse', '--is-shallow-repository']) === 'true';

/** Reads the history of `content/` under `cwd`, deepening a shallow clone if its remote answers. */
export function readHistory(cwd: string): { history: History; dates: Map<string, Date> } {
  try {
    git(cwd, ['rev-parse', '--verify', 'HEAD']);
  } catch {
    return { history: { kind: 'none', reason: 'not a git checkout, or no commits' }, dates: new Map() };
  }
  let deepened = false;
  let reason = 'no remote to fetch it from';
  if (isShallow(cwd)) {
    if (git(cwd, ['remote'])) {
      try {
        git(cwd, ['fetch', '--unshallow', '--quiet', '--no-tags'], 120_000);
        deepened = !isShallow(cwd);
      } catch {
        reason = 'the remote could not be reached';
      }
    }
  }
  const shallow = !deepened && isShallow(cwd);
  const shallowFile = resolve(cwd, git(cwd, ['rev-parse', '--git-path', 'shallow']));
  const boundary = new Set(shallow && existsSync(shallowFile) ? readFileSync(shallowFile, 'utf8').split('\n').filter(Boolean) : []);
  const dates = lastChangedDates(git(cwd, gitLogArguments), boundary);
  if (!shallow && dates.size === 0) return { history: { kind: 'none', reason: 'git has no history of content/ here' }, dates };
  return { history: shallow ? { kind: 'shallow', reason } : { kind: 'full', deepened }, dates };
}

let cached: Map<string, Date> | undefined;

export function lastUpdatedDates(): Map<string, Date> {
  if (!cached) {
    const { history, dates } = readHistory(process.cwd());
    const note = historyNote(history, dates.size);
    if (note) console.warn(note);
    cached = dates;
  }
  return cached;
}

/**
 * "Last updated" dates from the repository's history: one `git log` for every content file, read here.
 * The log is written with `--format=%x00%H %cs --name-only`, so each commit is a NUL, its hash and date
 * (YYYY-MM-DD), then the files it touched; newest commit first, so a file's first date is its latest.
 *
 * A merge counts for the files it leaves different from every branch it joins (where two branches'
 * changes to a page were combined), as `git log -- file` counts it; otherwise a merge lists no files.
 *
 * A shallow clone (the default checkout of most CI services and hosts) stops at a "boundary" commit
 * whose parents are missing: git shows it as adding every file that existed then, so the files it
 * lists are not dated by it. They, and every file in a copy without git at all, fall back to the page's
 * own record: its newest `changes` date, or failing that its `reviewed` date. Never one date for all.
 */
export const gitLogArguments = [
  'log',
  '--format=%x00%H %cs',
  '--name-only',
  '--no-renames',
  '--diff-merges=dense-combined',
  '--relative',
  '--',
  'content',
];

/**
 * The date each file last changed. `boundary` holds the hashes of a shallow clone's boundary commits
 * (the lines of git's `shallow` file): what they list is not a change.
 */
export function lastChangedDates(log: string, boundary: ReadonlySet<string> = new Set()): Map<string, Date> {
  const dates = new Map<string, Date>();
  const undated = new Set<string>();
  for (const commit of log.split('\0').slice(1)) {
    const [head, ...files] = commit
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const [hash, date] = (head ?? '').split(' ');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) continue;
    for (const file of files) {
      if (dates.has(file) || undated.has(file)) continue;
      if (boundary.has(hash)) undated.add(file);
      else dates.set(file, new Date(`${date}T00:00:00Z`));
    }
  }
  return dates;
}

/** What the build found: the full history, a shallow clone (perhaps deepened), or no git history. */
export type History = { kind: 'full'; deepened: boolean } | { kind: 'shallow'; reason: string } | { kind: 'none'; reason: string };

const fallback = 'each page without a date from git shows its newest `changes` date (or its `reviewed` date)';

/** The line the build prints about the history it dated pages from, or nothing when all is well. */
export function historyNote(history: History, datedFiles: number): string | undefined {
  const prefix = 'Last updated dates:';
  if (history.kind === 'full') {
    return history.deepened
      ? `${prefix} this was a shallow clone; the full history was fetched, so every page is dated from git.`
      : undefined;
  }
  const advice = 'For dates from git on every page, build from a full clone (GitHub Actions: actions/checkout with fetch-depth: 0).';
  if (history.kind === 'shallow') {
    return `${prefix} this is a shallow clone and the full history could not be fetched (${history.reason}). ${datedFiles} content files changed within the clone's history are dated from git; ${fallback}. ${advice}`;
  }
  return `${prefix} no git history here (${history.reason}); ${fallback}. ${advice}`;
}

export interface PageRecord {
  reviewed: Date;
  changes?: readonly { date: Date }[];
}

export interface PageDate {
  date: Date;
  from: 'git' | 'changes' | 'reviewed';
}

/** When a page last changed: from git when known, else its newest recorded change, else its review. */
export function pageLastUpdated(gitDate: Date | undefined, page: PageRecord): PageDate {
  if (gitDate) return { date: gitDate, from: 'git' };
  const newest = (page.changes ?? []).map((change) => change.date).sort((a, b) => b.getTime() - a.getTime())[0];
  return newest ? { date: newest, from: 'changes' } : { date: page.reviewed, from: 'reviewed' };
}

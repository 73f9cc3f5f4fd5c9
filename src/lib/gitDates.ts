/**
 * "Last updated" dates from the repository's history: one `git log` for every content file, read here.
 * The log is written with `--format=%x00%cs --name-only`, so each commit is a NUL, its date
 * (YYYY-MM-DD), then the files it touched; newest commit first, so a file's first date is its latest.
 * A merge counts for the files it leaves different from every branch it joins (where two branches'
 * changes to a page were combined), as `git log -- file` counts it; otherwise a merge lists no files.
 */
export const gitLogArguments = ['log', '--format=%x00%cs', '--name-only', '--no-renames', '--diff-merges=dense-combined', '--', 'content'];

export function lastChangedDates(log: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const commit of log.split('\0').slice(1)) {
    const [date, ...files] = commit.split('\n').map((line) => line.trim()).filter(Boolean);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) continue;
    for (const file of files) if (!dates.has(file)) dates.set(file, new Date(`${date}T00:00:00Z`));
  }
  return dates;
}

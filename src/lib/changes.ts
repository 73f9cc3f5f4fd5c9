/**
 * What changed, and when. Each page keeps a `changes` list in its frontmatter, newest first:
 *
 *   changes:
 *     - date: 2027-03-01
 *       summary: The out-of-hours number changed to 0161 496 0123.
 *
 * The rule staff follow (and the check enforces what it can of it): when you change what a page tells
 * carers - a number, a step, a rule, who to ask - add an entry at the top with the date and one plain
 * sentence, and set `reviewed` to the same date. Spelling, layout and broken-link fixes need no entry.
 * The check requires every page to have at least one entry (its first publication), entries newest
 * first, no dates in the future, and no change newer than `reviewed` (a page cannot change without
 * being checked). Entries with the same date and summary on several pages are one change on What's new.
 */
import type { PageLink } from './routes.ts';
import { isoDate } from './dates.ts';

export interface Change {
  date: Date;
  summary: string;
}

export const changeSummaryLimit = 200;

export function changeMessages(
  changes: readonly Change[],
  reviewed: Date,
  today: Date,
): { path: (string | number)[]; what: string; fix: string }[] {
  const messages: { path: (string | number)[]; what: string; fix: string }[] = [];
  const endOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  changes.forEach((change, index) => {
    if (change.date.getTime() > endOfToday) {
      messages.push({
        path: ['changes', index, 'date'],
        what: `the change dated ${isoDate(change.date)} is in the future`,
        fix: `date a change the day it is made, today (${isoDate(today)}) at the latest.`,
      });
    }
    const previous = changes[index - 1];
    if (previous && change.date.getTime() > previous.date.getTime()) {
      messages.push({
        path: ['changes', index, 'date'],
        what: `the change dated ${isoDate(change.date)} is below an older one (${isoDate(previous.date)})`,
        fix: 'put the newest change at the top of the changes list.',
      });
    }
  });
  const newest = changes.reduce<Date | undefined>((max, c) => (!max || c.date > max ? c.date : max), undefined);
  if (newest && newest.getTime() > reviewed.getTime()) {
    messages.push({
      path: ['reviewed'],
      what: `reviewed ${isoDate(reviewed)} is older than the newest change (${isoDate(newest)})`,
      fix: `a page is checked whenever it changes: set reviewed to ${isoDate(newest)}.`,
    });
  }
  return messages;
}

export interface ChangedPage extends PageLink {
  changes: readonly Change[];
}

export interface SiteChange {
  date: Date;
  summary: string;
  pages: PageLink[];
}

/** Every change across the site, newest first; one entry per date and summary, listing the pages it touched. */
export function siteChanges(pages: readonly ChangedPage[]): SiteChange[] {
  const byKey = new Map<string, SiteChange>();
  for (const page of pages) {
    for (const change of page.changes) {
      const key = `${isoDate(change.date)}\u0000${change.summary.trim()}`;
      const entry = byKey.get(key) ?? { date: change.date, summary: change.summary.trim(), pages: [] };
      if (!entry.pages.some((p) => p.href === page.href)) entry.pages.push({ href: page.href, title: page.title });
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => b.date.getTime() - a.date.getTime() || a.summary.localeCompare(b.summary));
}

/** A stable id for a change, for the feed's guid and the What's new page's anchors. */
export function changeId(change: Pick<SiteChange, 'date' | 'summary'>): string {
  const words = change.summary
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
  return `${isoDate(change.date)}-${words}`;
}

/** The updates feed's items: one per change, newest first, linking to the change on What's new. */
export function changeFeedItems(changes: readonly SiteChange[]) {
  return [...changes]
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .map((change) => ({
      title: change.summary,
      link: `/whats-new/#${changeId(change)}`,
      pubDate: change.date,
      description: `Pages changed: ${change.pages.map((page) => page.title).join('; ')}.`,
    }));
}

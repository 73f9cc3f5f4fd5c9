/**
 * When each content file last changed, from git: read once per build. A copy without history (a
 * download, or a shallow clone) gives no dates, and pages fall back to their review date.
 */
import { execFileSync } from 'node:child_process';
import { gitLogArguments, lastChangedDates } from '../lib/gitDates.ts';

let cached: Map<string, Date> | undefined;

export function lastUpdatedDates(): Map<string, Date> {
  if (!cached) {
    try {
      cached = lastChangedDates(execFileSync('git', gitLogArguments, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] }));
    } catch {
      cached = new Map();
    }
  }
  return cached;
}

/** The date a page's file last changed, or its review date when git has no record of it. */
export function lastUpdated(filePath: string | undefined, reviewed: Date): Date {
  return (filePath && lastUpdatedDates().get(filePath.replace(/^\.?\//, ''))) || reviewed;
}

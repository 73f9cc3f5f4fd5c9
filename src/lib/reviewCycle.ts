/**
 * The review cycle: every page says when someone last checked it was true (`reviewed`) and is due to be
 * checked again - on `reviewBy` if the page gives one, otherwise `reviewEvery` months after `reviewed`,
 * or the council's usual interval (`reviewEveryMonths` in content/site.yaml) unless the page says otherwise.
 */
import { formatDate, isoDate } from './dates.ts';

/** The usual interval when content/site.yaml gives none. */
export const defaultReviewMonths = 12;

/** "1 month", "6 months". */
export const monthsInWords = (months: number) => (months === 1 ? '1 month' : `${months} months`);

export interface ReviewDates {
  reviewed: Date;
  reviewBy?: Date;
  /** Months between reviews, when the page needs checking more (or less) often than the council's usual interval. */
  reviewEvery?: number;
}

/** The same day of the month, `months` later (31 January + 1 month = 28 or 29 February, never March). */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** When the page's review is due; `usualMonths` is the council's interval for a page that sets none. */
export function reviewDue({ reviewed, reviewBy, reviewEvery }: ReviewDates, usualMonths: number): Date {
  return reviewBy ?? addMonths(reviewed, reviewEvery ?? usualMonths);
}

/** Whole days from `today` until the review is due (negative when it is overdue). */
export function daysUntilDue(due: Date, today: Date): number {
  return Math.round(
    (Date.UTC(due.getUTCFullYear(), due.getUTCMonth(), due.getUTCDate()) -
      Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())) /
      86_400_000,
  );
}

/** Problems with the dates themselves: a review cannot be due before it happened, or happen in the future. */
export function reviewDateMessages(
  dates: ReviewDates,
  today: Date,
  usualMonths: number,
): { field: 'reviewed' | 'reviewBy' | 'reviewEvery'; what: string; fix: string }[] {
  const messages: { field: 'reviewed' | 'reviewBy' | 'reviewEvery'; what: string; fix: string }[] = [];
  if (daysUntilDue(dates.reviewed, today) > 0) {
    messages.push({
      field: 'reviewed',
      what: `reviewed ${isoDate(dates.reviewed)} is in the future`,
      fix: `set it to the day the page was last checked, which is today (${isoDate(today)}) at the latest.`,
    });
  }
  if (dates.reviewBy && daysUntilDue(dates.reviewBy, dates.reviewed) <= 0) {
    messages.push({
      field: 'reviewBy',
      what: `reviewBy ${isoDate(dates.reviewBy)} is not after reviewed ${isoDate(dates.reviewed)}`,
      fix: `set reviewBy to the date the next review is due, or remove it to review every ${monthsInWords(dates.reviewEvery ?? usualMonths)}.`,
    });
  }
  if (dates.reviewBy && dates.reviewEvery !== undefined) {
    messages.push({
      field: 'reviewEvery',
      what: 'reviewEvery and reviewBy are both given',
      fix: 'keep one: reviewBy for a fixed date, or reviewEvery for a number of months after reviewed.',
    });
  }
  return messages;
}

export function overdueMessage(dates: ReviewDates, today: Date, usualMonths: number): string | undefined {
  const due = reviewDue(dates, usualMonths);
  const days = -daysUntilDue(due, today);
  if (days <= 0) return undefined;
  return `the review was due on ${formatDate(due)} (${days} day${days === 1 ? '' : 's'} ago). Check the page is still right with the fostering service, then set reviewed to the date you checked it.`;
}

export interface ReviewRow {
  file: string;
  title: string;
  reviewed: Date;
  due: Date;
  daysUntilDue: number;
}

/** Pages by the date their review is due, the most overdue first; ties in file order. */
export function reviewSchedule(
  pages: readonly ({ file: string; title: string } & ReviewDates)[],
  today: Date,
  usualMonths: number,
): ReviewRow[] {
  return pages
    .map((page) => {
      const due = reviewDue(page, usualMonths);
      return { file: page.file, title: page.title, reviewed: page.reviewed, due, daysUntilDue: daysUntilDue(due, today) };
    })
    .sort((a, b) => a.due.getTime() - b.due.getTime() || a.file.localeCompare(b.file));
}

/** The report as plain text: overdue pages under their own heading, then the rest by due date. */
export function formatReviewSchedule(rows: readonly ReviewRow[], today: Date): string {
  const overdue = rows.filter((r) => r.daysUntilDue < 0);
  const upcoming = rows.filter((r) => r.daysUntilDue >= 0);
  const line = (r: ReviewRow) =>
    `  ${isoDate(r.due)}  ${r.daysUntilDue < 0 ? `${-r.daysUntilDue} days overdue` : `in ${r.daysUntilDue} days`}  ${r.file}  (${r.title}, last reviewed ${isoDate(r.reviewed)})`;
  return [
    `Page reviews on ${isoDate(today)}: ${overdue.length} overdue, ${upcoming.length} not yet due.`,
    '',
    `Overdue (${overdue.length}):`,
    ...(overdue.length ? overdue.map(line) : ['  none']),
    '',
    `Due next (${upcoming.length}):`,
    ...(upcoming.length ? upcoming.map(line) : ['  none']),
  ].join('\n');
}

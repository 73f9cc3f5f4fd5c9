/**
 * The edition: which build of the handbook a reader has, in one place for the saved copy, the printable
 * handbook and the PDF. Its date is the day it was built (the saved copy says "Saved copy from 1 December
 * 2026"); its id tells one build from another on the same day (the service worker's version and
 * Pagefind's metaCacheTag).
 */
import { formatDate } from './dates.ts';

export interface Edition {
  /** Unique per build, safe in a URL query: 20261201T093000Z. */
  id: string;
  /** The build day, yyyy-mm-dd. */
  date: string;
}

/**
 * The edition of a build started at `now`. EDITION_DATE (yyyy-mm-dd) and EDITION_ID set either on purpose
 * (the tests build two editions; astro.config.mjs sets both once so every module of one build agrees).
 */
export function editionFrom(env: { EDITION_DATE?: string; EDITION_ID?: string }, now: Date): Edition {
  const date = env.EDITION_DATE || now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new Error(`EDITION_DATE "${date}" must be a date written yyyy-mm-dd, for example 2026-12-01.`);
  }
  const id = env.EDITION_ID || now.toISOString().replace(/[-:]|\.\d+/g, '');
  if (!/^[\w.-]+$/.test(id)) throw new Error(`EDITION_ID "${id}" may use only letters, digits, ".", "_" and "-".`);
  return { id, date };
}

/** "1 December 2026". */
export function editionLabel(edition: Pick<Edition, 'date'>): string {
  return formatDate(new Date(`${edition.date}T00:00:00Z`));
}

/** File sizes as carers read them on GOV.UK: "2.3 MB", "850 KB" (1 MB = 1,000,000 bytes). */
export function formatSize(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

/** What a page served from the saved copy says, above its title. */
export function savedCopyNotice(edition: Pick<Edition, 'date'>): string {
  return `Saved copy from ${editionLabel(edition)}. You are offline, so this may not be the latest guidance. In an emergency call 999.`;
}

/** Saving progress, announced politely: "34 of 196 pages, 1.2 MB". */
export function savingProgress(pagesSaved: number, pages: number, bytes: number): string {
  return `${pagesSaved} of ${pages} pages, ${formatSize(bytes)}`;
}

/** The PDF edition's file, at the top of the site: the same for every council (its title inside is the handbook's own). */
export const pdfPath = '/handbook.pdf';

/** "Download the handbook (PDF, 2.3 MB, 1 December 2026)". */
export function pdfLinkText(bytes: number, edition: Pick<Edition, 'date'>): string {
  return `Download the handbook (PDF, ${formatSize(bytes)}, ${editionLabel(edition)})`;
}

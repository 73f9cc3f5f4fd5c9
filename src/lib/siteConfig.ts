/**
 * The site's settings, from content/site.yaml (checked by the content pipeline, lists.ts): who publishes
 * the handbook and where, read by pages, the feed, the printable handbook, the headers and the editor, so
 * that the council is named in that file and in content only. The settings are those of the site being
 * built: the root the content gate checked in this process, else the current folder.
 */
import { resolve } from 'node:path';
import { checkedRoot } from './content/cache.ts';
import { readSettings } from './content/lists.ts';
import { formatProblem } from './content/problem.ts';
import type { SiteSettings } from './content/schemas.ts';

const cache = new Map<string, SiteSettings>();

/** The settings of the site under `root`; throws with the check's own lines if the file is wrong. */
export function siteSettingsOf(root: string): SiteSettings {
  const key = resolve(root);
  let settings = cache.get(key);
  if (!settings) {
    const read = readSettings(key);
    if (!read.settings) throw new Error(`content/site.yaml cannot be used:\n${read.problems.map(formatProblem).join('\n')}`);
    settings = read.settings;
    cache.set(key, settings);
  }
  return settings;
}

/** The settings of the site being built: the one the content gate checked in this process, else this folder's. */
export function siteSettings(): SiteSettings {
  return siteSettingsOf(checkedRoot());
}

/** The public address of the site (sitemap, canonical links, the address printed on paper); SITE_URL moves it. */
export function siteUrlOf(settings: SiteSettings): string {
  return process.env.SITE_URL ?? settings.siteUrl;
}

/** The GitHub web editor for a file, for example content/handbook/missing-from-care.mdx. */
export function editUrl(filePath: string, settings: SiteSettings = siteSettings()): string {
  return `${settings.repository}/edit/${settings.branch}/${filePath.replace(/^\.?\//, '')}`;
}

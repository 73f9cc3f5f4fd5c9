/** The updates feed: one item per change on What's new, newest first, for feed readers. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getHandbook } from '../data/handbook.ts';
import { changeFeedItems } from '../lib/changes.ts';
import { siteSettings } from '../lib/siteConfig.ts';

export async function GET(context: APIContext) {
  const { changes } = await getHandbook();
  const settings = siteSettings();
  const site = context.site ?? new URL(context.url.origin);
  return rss({
    title: `${settings.handbookTitle}: what’s new`,
    description: `Changes to the ${settings.council} ${settings.handbookTitle}, newest first.`,
    site,
    customData: '<language>en-gb</language>',
    // Item links end in a #anchor on What's new; a slash after it would break the anchor.
    trailingSlash: false,
    items: changeFeedItems(changes),
  });
}

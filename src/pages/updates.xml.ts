/** The updates feed: one item per change on What's new, newest first, for feed readers. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getHandbook } from '../data/handbook.ts';
import { changeFeedItems } from '../lib/changes.ts';

export async function GET(context: APIContext) {
  const { changes } = await getHandbook();
  const site = context.site ?? new URL(context.url.origin);
  return rss({
    title: 'Foster Carer’s Handbook: what’s new',
    description: 'Changes to the Coventry City Council Foster Carer’s Handbook, newest first.',
    site,
    customData: '<language>en-gb</language>',
    // Item links end in a #anchor on What's new; a slash after it would break the anchor.
    trailingSlash: false,
    items: changeFeedItems(changes),
  });
}

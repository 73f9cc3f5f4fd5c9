/** The web app manifest (installing the handbook on a phone), named and coloured from content/site.yaml. */
import type { APIContext } from 'astro';
import { appIcons } from '../lib/icons.ts';
import { siteSettings } from '../lib/siteConfig.ts';

export function GET(_context: APIContext) {
  const { council, service, handbookTitle, shortTitle, brandColour } = siteSettings();
  const manifest = {
    name: `${handbookTitle} - ${council}`,
    short_name: shortTitle ?? handbookTitle,
    description: `${council}’s handbook for foster carers: what to do, who to call, and the standards the ${service} works to.`,
    lang: 'en-GB',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: brandColour,
    background_color: '#ffffff',
    icons: appIcons.map(({ file, size, purpose }) => ({ src: `/icons/${file}`, sizes: `${size}x${size}`, type: 'image/png', purpose })),
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
}

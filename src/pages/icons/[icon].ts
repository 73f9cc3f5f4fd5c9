/**
 * The app icons (/icons/icon-192.png and the others in src/lib/icons.ts), rendered from the favicon's design
 * in the brand colour of content/site.yaml by sharp (libvips) as the site is built: nothing to remake by hand
 * when the colour changes.
 */
import type { APIContext } from 'astro';
import sharp from 'sharp';
import { appIcons, iconSvg } from '../../lib/icons.ts';
import { siteSettings } from '../../lib/siteConfig.ts';

export function getStaticPaths() {
  return appIcons.map((icon) => ({ params: { icon: icon.file }, props: icon }));
}

export async function GET({ props }: APIContext<(typeof appIcons)[number]>) {
  const png = await sharp(Buffer.from(iconSvg(siteSettings().brandColour, { inset: props.inset, size: props.size })))
    // A palette of the few colours the design has: a quarter of the bytes on a device, looking the same.
    .png({ palette: true })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}

/** The favicon, in the brand colour of content/site.yaml (src/lib/icons.ts). */
import { iconSvg } from '../lib/icons.ts';
import { siteSettings } from '../lib/siteConfig.ts';

export function GET() {
  return new Response(`${iconSvg(siteSettings().brandColour)}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
}

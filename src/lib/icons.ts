/**
 * The handbook's icon: a page with two lines of text, white on the brand colour (content/site.yaml). One
 * design for the favicon (src/pages/favicon.svg.ts) and the app icons a phone shows (src/pages/icons/,
 * rendered to PNG in the build): both are built in the colour the settings give, so a council that changes
 * its colour changes every icon by changing one line.
 */

/**
 * The icon as SVG. `inset` (in 32nds of the side) keeps the page inside the middle of the square, for a
 * maskable icon that a phone may crop to a circle; `size` sets the SVG's width and height in pixels.
 */
export function iconSvg(brand: string, { inset = 0, size }: { inset?: number; size?: number } = {}): string {
  const side = 32 - 2 * inset;
  const at = (n: number) => inset + (n * side) / 32;
  const scaled = (n: number) => (n * side) / 32;
  const dimensions = size === undefined ? '' : ` width="${size}" height="${size}"`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"${dimensions}>` +
    `<rect width="32" height="32" fill="${brand}"/>` +
    `<path d="M${at(8)} ${at(8)}h${scaled(16)}v${scaled(16)}H${at(8)}z" fill="none" stroke="#fff" stroke-width="${scaled(3)}"/>` +
    `<path d="M${at(12)} ${at(13)}h${scaled(8)}M${at(12)} ${at(19)}h${scaled(8)}" stroke="#fff" stroke-width="${scaled(2.5)}"/>` +
    `</svg>`
  );
}

export interface AppIcon {
  /** Its file under /icons/. */
  file: string;
  size: number;
  /** 0 fills the square like the favicon; a maskable icon keeps the page inside the middle 80% (inset 5 of 32), the safe zone a phone may crop to. */
  inset: number;
  purpose: 'any' | 'maskable';
}

/** The app icons the manifest names and the build renders. */
export const appIcons: AppIcon[] = [
  { file: 'icon-192.png', size: 192, inset: 0, purpose: 'any' },
  { file: 'icon-512.png', size: 512, inset: 0, purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, inset: 5, purpose: 'maskable' },
];

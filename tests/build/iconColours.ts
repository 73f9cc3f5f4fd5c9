/** What the app icons the built manifest names look like: their size and the colour at two points, read by sharp. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { appIcons } from '../../src/lib/icons.ts';

export interface IconLook {
  src: string;
  /** The size the manifest gives ("192x192": 192). */
  stated: number;
  width: number;
  height: number;
  /** The top-left pixel, as #rrggbb. */
  corner: string;
  /** The pixel in the middle of the upper line of text on the page, as #rrggbb. */
  middle: string;
  /**
   * The pixel a quarter of the way in from the top-left corner: on the page's edge when the icon fills the
   * square, the brand colour when the page sits inside a maskable icon's safe zone (the middle 80%).
   */
  quarter: string;
  purpose: string;
}

export async function appIconColours(dist: string): Promise<IconLook[]> {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as {
    icons: { src: string; sizes: string; purpose: string }[];
  };
  return Promise.all(
    manifest.icons.map(async ({ src, sizes, purpose }) => {
      const inset = appIcons.find((icon) => src === `/icons/${icon.file}`)?.inset ?? 0;
      const { data, info } = await sharp(readFileSync(join(dist, src)))
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const at = (x: number, y: number) => {
        const i = (y * info.width + x) * info.channels;
        return `#${[...data.subarray(i, i + 3)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
      };
      return {
        src,
        stated: Number(sizes.split('x')[0]),
        width: info.width,
        height: info.height,
        corner: at(0, 0),
        // The line is drawn at 13 of 32 units, within the icon's inset (src/lib/icons.ts).
        quarter: at(Math.floor(info.width / 4), Math.floor(info.height / 4)),
        purpose,
        middle: at(Math.floor(info.width / 2), Math.round((info.height * (inset + (13 * (32 - 2 * inset)) / 32)) / 32)),
      };
    }),
  );
}

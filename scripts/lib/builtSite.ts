/**
 * What the after-build scripts, benchmarks and tests read from a built site, read one way: its edition
 * (dist/edition.json, written by the build) and the Chromium they drive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Edition } from '../../src/lib/edition.ts';

/** Debian's Chromium (browsers cannot be downloaded here); CHROMIUM_PATH points at another. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The edition a build published in dist/edition.json. */
export function readEdition(dist: string): Edition {
  return JSON.parse(readFileSync(join(dist, 'edition.json'), 'utf8')) as Edition;
}

/**
 * A copy of the site's code in another folder, for building other content with it: the gate's fixtures
 * (tests/gate/site.ts), a second council (tests/build/secondCouncil.test.ts) and the build benchmark.
 *
 * The code is copied, not linked (Vite resolves symbolic links to the real files and would then mix up the
 * two sites), and each package in node_modules is linked one by one so that Astro's and Vite's caches are
 * written in the copy, never in the real site. A folder the site does not have (public/, when no picture is
 * stored) is left out.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a build needs besides content/ (and scripts/, when the copy runs `npm run build`'s after-build step). */
const code = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function copySiteCode(from: string, to: string, { withScripts = false } = {}): void {
  for (const item of withScripts ? [...code, 'scripts'] : code) {
    if (existsSync(join(from, item))) cpSync(join(from, item), join(to, item), { recursive: true });
  }
  linkPackages(from, to);
}

/** Links each package in `from`'s node_modules into `to`'s, one by one (so caches are written in `to`). */
export function linkPackages(from: string, to: string): void {
  mkdirSync(join(to, 'node_modules'), { recursive: true });
  for (const name of readdirSync(join(from, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(join(from, 'node_modules', name), join(to, 'node_modules', name));
  }
}

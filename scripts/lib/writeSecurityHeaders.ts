/**
 * The last step of the build: checks that the finished pages in dist/ hold no code that no component
 * declared (builtPageCode.ts), then writes each host's configuration from the one definition in
 * securityHeaders.ts, whose policy allows exactly the declared inline code (src/components/inlineCode.ts).
 * It runs after every step that changes a page.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { declaredInlineCode } from '../../src/components/inlineCode.ts';
import { pagesToScan, scanPages, type PageScan } from './builtPageScan.ts';
import { netlifyHeaders, nginxSnippet, securityHeaders, staticWebAppConfig } from './securityHeaders.ts';
import { distOf } from './builtSite.ts';

/** Where the nginx snippet is written: beside dist/, not in it, so no host publishes it as a page. */
export const nginxSnippetPath = (root: string) => join(root, 'dist-nginx', 'handbook.conf');

/** Every file of the built site, as URL paths ("/handbook/a/index.html"). */
export function siteFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map(
      (entry) =>
        `/${join(entry.parentPath, entry.name)
          .slice(dist.length + 1)
          .split(sep)
          .join('/')}`,
    )
    .sort();
}

/**
 * Checks the built pages and writes the headers. `scanned` is a scan of the pages made earlier in the build
 * (builtPageScan.ts, beside Pagefind): the pages it covers unchanged are not read again; every other page is.
 */
export function writeSecurityHeaders(root: string, scanned?: PageScan): string {
  const dist = distOf(root);
  const files = siteFiles(dist);
  const fresh = scanPages(
    dist,
    pagesToScan(
      dist,
      files.filter((f) => f.endsWith('.html')),
      scanned,
    ),
  );
  const freshFiles = new Set(fresh.pages.map((page) => `dist${page.file}`));
  // Lines from the earlier scan for pages scanned again are replaced by the new scan's.
  const earlier = (scanned?.undeclared ?? []).filter((line) => !freshFiles.has(line.slice(0, line.indexOf(': '))));
  const undeclared = [...earlier, ...fresh.undeclared];
  if (undeclared.length > 0) {
    throw new Error(
      `${undeclared.length} piece${undeclared.length === 1 ? '' : 's'} of code in the built pages that no component declares (see src/components/inlineCode.ts); the build stops here:\n${undeclared.slice(0, 20).join('\n')}`,
    );
  }
  const inline = declaredInlineCode;
  const security = securityHeaders(inline);
  writeFileSync(join(dist, '_headers'), netlifyHeaders(security, files));
  writeFileSync(join(dist, 'staticwebapp.config.json'), `${JSON.stringify(staticWebAppConfig(security, files), null, 2)}\n`);
  mkdirSync(join(root, 'dist-nginx'), { recursive: true });
  writeFileSync(nginxSnippetPath(root), nginxSnippet(security, files));
  const distinct = (codes: string[]) => new Set(codes).size;
  const count = (n: number, what: string) => `${n} distinct ${what}${n === 1 ? '' : 's'}`;
  return (
    `${count(distinct(inline.scripts), 'inline script')} and ${count(distinct(inline.styles), 'inline style')} allowed by hash; ` +
    'wrote dist/_headers, dist/staticwebapp.config.json and dist-nginx/handbook.conf'
  );
}

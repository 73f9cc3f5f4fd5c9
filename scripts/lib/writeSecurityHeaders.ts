/**
 * The last step of the build: reads the finished site in dist/ and writes each host's configuration
 * from the one definition in securityHeaders.ts. It runs after every step that changes a page, because
 * the policy allows exactly the inline code of the final HTML.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { inlineCode, netlifyHeaders, nginxSnippet, securityHeaders, staticWebAppConfig, type InlineCode } from './securityHeaders.ts';

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

export function siteInlineCode(dist: string, files: string[]): InlineCode {
  const all: InlineCode = { scripts: [], styles: [] };
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const found = inlineCode(readFileSync(join(dist, file), 'utf8'));
    all.scripts.push(...found.scripts);
    all.styles.push(...found.styles);
  }
  return all;
}

export function writeSecurityHeaders(root: string): string {
  const dist = join(root, 'dist');
  const files = siteFiles(dist);
  const inline = siteInlineCode(dist, files);
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

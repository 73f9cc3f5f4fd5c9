/**
 * After the build: the browser editor at /admin/ (Sveltia CMS, src/admin/admin.ts). esbuild bundles it
 * from node_modules (never a CDN) with the configuration generated from the content schemas and the
 * lists (src/lib/editor/config.ts); its fonts are copied beside it, so it loads nothing from another site.
 * Parts of Sveltia the handbook never uses (code highlighting, maps, image conversion) are left out of the
 * bundle. Runs after Pagefind (the editor is not indexed) and before the saved copy (which leaves
 * /admin/ out) and the security headers (which give /admin/ its own policy).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { escapeUTF8 } from 'entities';
import { dataFiles, readList } from '../../src/lib/content/lists.ts';
import { readFrontmatter } from '../../src/lib/content/parsePage.ts';
import type { ScopeAttributes } from '../../src/lib/editor/components.ts';
import { editorConfig, type Choice, type EditorSite } from '../../src/lib/editor/config.ts';
import type { ChoiceList } from '../../src/lib/editor/fieldWords.ts';
import { siteSettingsOf } from '../../src/lib/siteConfig.ts';
import { gzipLevel } from './securityHeaders.ts';
import { distOf } from './builtSite.ts';

/** The editor's folder in the built site, and so its address: /admin/. */
export const editorFolder = 'admin';
/** The editor's script: a stable name, so /admin/index.html can name it (the chunks it loads are hashed). */
export const editorScript = 'editor.js';

/** Sveltia's optional parts the handbook's configuration never reaches, replaced by empty modules. */
const unused = [/^@shikijs\//, /^leaflet/, /^terra-draw/, /^svgo/, /^exifr/, /\/chunks\/(heic|webp_enc|shiki-engine)[^/]*\.js$/];

const leaveOut: Plugin = {
  name: 'leave-out-unused-parts',
  setup(builder) {
    builder.onResolve({ filter: /.*/ }, (args) =>
      unused.some((pattern) => pattern.test(args.path)) ? { path: 'unused', namespace: 'unused' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'unused' }, () => ({ contents: 'export default undefined;', loader: 'js' }));
  },
};

const sveltiaAssets = (root: string) => join(root, 'node_modules/@sveltia/cms/npm/assets');

/**
 * Sveltia loads its fonts from its own folder, but its stylesheet also names them on a CDN, which the
 * browser would fetch: those addresses are pointed at the copies served beside the editor. The build
 * fails if any address on another site is left in a stylesheet.
 */
export function localFonts(code: string, fontFiles: readonly string[]): string {
  const local = code.replace(
    /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g,
    (url, family: string, subset: string) => {
      const file = fontFiles.find((name) => name.startsWith(`${family}-${subset}-`) && name.endsWith('.woff2'));
      if (!file) throw new Error(`The editor's font ${url} has no copy in @sveltia/cms/npm/assets.`);
      return `/${editorFolder}/assets/${file}`;
    },
  );
  const left = /url\(\s*["']?https?:\/\/[^)]*\)/.exec(local);
  if (left) throw new Error(`The editor's stylesheet still loads ${left[0]} from another site.`);
  return local;
}

function fontsFromHere(root: string): Plugin {
  const fontFiles = readdirSync(sveltiaAssets(root));
  return {
    name: 'fonts-from-this-site',
    setup(builder) {
      builder.onLoad({ filter: /@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, (args) => ({
        contents: localFonts(readFileSync(args.path, 'utf8'), fontFiles),
        loader: 'js',
      }));
    },
  };
}

/** The choices the editor offers for ids, read from the files that define them. */
export function editorSite(root: string, dist: string): EditorSite {
  const entries = (list: keyof typeof dataFiles) => readList(root, dataFiles[list], list).entries;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const handbook = readdirSync(join(root, 'content/handbook'))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name): Choice => {
      const value = name.replace(/\.mdx$/, '');
      return { value, label: text(readFrontmatter(root, `content/handbook/${name}`)?.title) || value };
    });
  const choices: Record<ChoiceList, Choice[]> = {
    standards: entries('standards').map(({ id, raw }) => ({
      value: id,
      label: `${id}: ${text(raw.title) || text(raw.covers) || `${text(raw.set)} ${String(raw.number)}`}`,
    })),
    parts: entries('parts').map(({ id, raw }) => ({ value: id, label: text(raw.title) || id })),
    contacts: entries('contacts').map(({ id, raw }) => ({ value: id, label: `${text(raw.name) || id} (${id})` })),
    handbook,
  };
  const previewStyles = (existsSync(join(dist, '_astro')) ? readdirSync(join(dist, '_astro')) : [])
    .filter((name) => name.endsWith('.css'))
    .map((name) => `/_astro/${name}`);
  const settings = siteSettingsOf(root);
  const repo = new URL(settings.repository).pathname.replace(/^\/|\.git$/g, '');
  return {
    choices,
    previewStyles,
    repo,
    branch: settings.branch,
    title: `${settings.handbookTitle} editor`,
    reviewEveryMonths: settings.reviewEveryMonths,
  };
}

/** The attribute Astro scoped each component's styles with, from a built page that uses it. */
export function scopeAttributes(dist: string): ScopeAttributes {
  const scope: ScopeAttributes = {};
  const wanted: [keyof ScopeAttributes, RegExp][] = [
    ['important', /<div class="important" (data-astro-cid-\w+)/],
    ['note', /<div class="note" (data-astro-cid-\w+)/],
    ['contactLink', /<a class="contact-link" [^>]*?(data-astro-cid-\w+)/],
  ];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (wanted.every(([key]) => scope[key])) return;
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== editorFolder) visit(path);
      else if (entry.name === 'index.html') {
        const html = readFileSync(path, 'utf8');
        for (const [key, pattern] of wanted) scope[key] ??= pattern.exec(html)?.[1];
      }
    }
  };
  visit(dist);
  return scope;
}

/** The editor's page; `title` names it in the browser's tab (the handbook's name, from content/site.yaml). */
export function editorPage(title: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeUTF8(title)}</title>
<script type="module" src="/${editorFolder}/${editorScript}"></script>
</head>
<body></body>
</html>
`;
}

export interface EditorReport {
  files: number;
  bytes: number;
  /** What a first visit downloads: the page, the script and the chunks it imports at once, gzip. */
  gzipBytes: number;
}

/** Writes dist/admin/: the page, the bundle, its chunks and its fonts. */
export async function buildEditor(root: string): Promise<EditorReport> {
  const dist = distOf(root);
  const out = join(dist, editorFolder);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'assets'), { recursive: true });
  const site = editorSite(root, dist);
  const generated = editorConfig(site);
  const result = await build({
    entryPoints: { [editorScript.replace(/\.js$/, '')]: join(root, 'src/admin/admin.ts') },
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir: out,
    chunkNames: 'chunk-[hash]',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'error',
    metafile: true,
    plugins: [leaveOut, fontsFromHere(root)],
    define: { __EDITOR__: JSON.stringify({ ...generated, contacts: site.choices.contacts, scope: scopeAttributes(dist) }) },
  });
  // Sveltia finds its fonts beside its script (new URL('assets/…', import.meta.url)).
  const assets = sveltiaAssets(root);
  for (const name of readdirSync(assets).filter((n) => /\.(woff2|LICENSE\.txt)$/.test(n)))
    copyFileSync(join(assets, name), join(out, 'assets', name));
  writeFileSync(join(out, 'index.html'), editorPage(site.title));
  const outputs = result.metafile.outputs;
  const script = Object.keys(outputs).find((path) => path.endsWith(`/${editorScript}`))!;
  const firstLoad = [script, ...outputs[script].imports.filter((i) => i.kind === 'import-statement').map((i) => i.path)];
  const gzip = (path: string) => gzipSync(readFileSync(join(root, path)), { level: gzipLevel }).length;
  const files = readdirSync(out, { recursive: true }).length;
  const bytes = Object.keys(outputs).reduce((sum, path) => sum + (existsSync(join(root, path)) ? outputs[path].bytes : 0), 0);
  return { files, bytes, gzipBytes: firstLoad.reduce((sum, path) => sum + gzip(path), 0) };
}

export async function writeEditor(root: string): Promise<string> {
  const report = await buildEditor(root);
  return `dist/${editorFolder}/: ${report.files} files; a first visit loads ${(report.gzipBytes / 1024).toFixed(0)} KB of script (gzip)`;
}

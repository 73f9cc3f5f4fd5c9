/**
 * npm run benchmark:floor -- [--pages N]... [--runs R]: how fast Astro itself builds the handbook's pages,
 * with nothing of the handbook's own: a bare Astro site (@astrojs/mdx, one content collection, a page
 * template of a title and the text) holding about N copies of the real handbook sections, their components
 * taken out. Each size is built cold R times with `astro build`, then indexed once by Pagefind; it prints
 * the times. The floor under `npm run benchmark:build`: no change to the handbook's own steps can make a
 * real build faster than Astro and Pagefind on the same pages (docs/architecture.md, "Build at scale").
 * Nothing is written in the real site.
 *
 * Heavy (both cores): run it on a quiet machine, as the build benchmark.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandLine } from './lib/commandLine.ts';
import { linkPackages } from './lib/siteCopy.ts';

const root = process.cwd();
const { values } = commandLine(
  { pages: { type: 'string', multiple: true }, runs: { type: 'string' } },
  'Use: npm run benchmark:floor -- [--pages N]... [--runs R]',
);
const sizes = (values.pages ?? ['1000']).map(Number);
const runs = Number(values.runs ?? 1);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error('--pages and --runs take whole numbers of at least 1.');
  process.exit(2);
}

const files: Record<string, string> = {
  'package.json': '{ "name": "astro-floor", "type": "module", "private": true }\n',
  'astro.config.mjs': "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n",
  'src/content.config.ts':
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n" +
    "export const collections = { pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './pages' }) }) };\n",
  'src/pages/[...slug].astro':
    "---\nimport { getCollection, render } from 'astro:content';\n" +
    'export async function getStaticPaths() {\n' +
    "  return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\n" +
    'const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n' +
    '<html lang="en"><head><title>{entry.data.title}</title></head><body><main><h1>{entry.data.title}</h1><Content /></main></body></html>\n',
};

/** A handbook section as plain MDX: its title, and its text without imports or components. */
function plainPage(text: string, copy: number): string {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const title = /^title: (.*)$/m.exec(frontmatter)?.[1]?.replace(/^"|"$/g, '') ?? 'Page';
  const text_ = body
    .replace(/^import .*$/gm, '')
    .replace(/<[A-Z][A-Za-z]*[^>]*\/>/g, '(contact)')
    .replace(/<\/?[A-Z][A-Za-z]*[^>]*>/g, '');
  return `---\ntitle: ${JSON.stringify(`${title} ${copy}`)}\n---\n${text_}`;
}

function makeSite(pages: number): string {
  const site = mkdtempSync(join(tmpdir(), `astro-floor-${pages}-`));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(site, file, '..'), { recursive: true });
    writeFileSync(join(site, file), text);
  }
  linkPackages(root, site);
  mkdirSync(join(site, 'pages'));
  const sections = readdirSync(join(root, 'content/handbook')).filter((f) => f.endsWith('.mdx'));
  for (let n = 0; n < pages; n++) {
    const file = sections[n % sections.length];
    const copy = Math.floor(n / sections.length);
    writeFileSync(
      join(site, 'pages', file.replace(/\.mdx$/, `-${copy}.mdx`)),
      plainPage(readFileSync(join(root, 'content/handbook', file), 'utf8'), copy),
    );
  }
  return site;
}

const bin = (name: string) => join(root, 'node_modules/.bin', name);
const timed = (command: string, args: string[], cwd: string) => {
  const started = performance.now();
  // Vite warns once per page of the copies (a directive in each compiled page): room for all of it.
  const run = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` },
  });
  if (run.status !== 0)
    throw new Error(`${command} failed in ${cwd} (${run.status ?? run.signal}):\n${`${run.stdout}\n${run.stderr}`.slice(-4000)}`);
  return (performance.now() - started) / 1000;
};

for (const pages of sizes) {
  const site = makeSite(pages);
  try {
    for (let run = 1; run <= runs; run++) {
      for (const item of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
        rmSync(join(site, item), { recursive: true, force: true });
      const load = loadavg()[0].toFixed(2);
      const astro = timed(bin('astro'), ['build'], site);
      const pagefind = timed(bin('pagefind'), ['--site', 'dist'], site);
      console.log(
        `${pages} pages, run ${run} of ${runs} (load ${load} at the start): astro build ${astro.toFixed(1)} s, Pagefind ${pagefind.toFixed(1)} s`,
      );
    }
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

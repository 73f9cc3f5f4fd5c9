/**
 * npm run benchmark:build -- [--pages N] [--keep]: how the cold build grows with the handbook. Copies the
 * site into a temporary folder, adds copies of the real handbook sections until there are about N content
 * pages (each copy a real page with its own title and address), and times a cold `astro build` there,
 * with the time of each of its steps as Astro reports them, then the search index as `npm run build` makes
 * it. Nothing is written in the real site.
 *
 * Time it on a quiet machine (`uptime`): the figure is only as steady as the machine.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentTypes } from '../src/lib/routes.ts';
import { commandLine } from './lib/commandLine.ts';

const root = process.cwd();
const { values } = commandLine(
  { pages: { type: 'string' }, keep: { type: 'boolean' } },
  'Use: npm run benchmark:build -- [--pages N] [--keep]',
);
const wanted = Number(values.pages ?? 0);
const keep = values.keep ?? false;

const site = mkdtempSync(join(tmpdir(), 'handbook-benchmark-'));
for (const item of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
  cpSync(join(root, item), join(site, item), { recursive: true });
mkdirSync(join(site, 'node_modules'));
for (const name of readdirSync(join(root, 'node_modules'))) {
  if (name !== '.astro' && name !== '.vite') symlinkSync(join(root, 'node_modules', name), join(site, 'node_modules', name));
}

const folder = (type: string) => join(site, 'content', type);
const count = () => contentTypes.reduce((n, type) => n + readdirSync(folder(type)).filter((f) => f.endsWith('.mdx')).length, 0);
const sections = readdirSync(folder('handbook')).filter((f) => f.endsWith('.mdx'));
let copy = 0;
while (count() < wanted) {
  copy++;
  for (const file of sections) {
    if (count() >= wanted) break;
    const text = readFileSync(join(folder('handbook'), file), 'utf8')
      .replace(/^title: (.*)$/m, (_, title: string) => `title: "${title.replace(/^"|"$/g, '').replace(/"/g, '\\"')}, copy ${copy}"`)
      .replace(/^order: (\d+)$/m, (_, order: string) => `order: ${Number(order) + copy * 1000}`);
    writeFileSync(join(folder('handbook'), file.replace(/\.mdx$/, `-copy-${copy}.mdx`)), text);
  }
}
const pages = count();

const started = performance.now();
const output = await new Promise<string>((resolve, reject) => {
  if (!keep) process.on('exit', () => rmSync(site, { recursive: true, force: true }));
  const child = spawn(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: site,
    env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`, NO_COLOR: '1' },
  });
  let text = '';
  child.stdout.on('data', (chunk) => (text += chunk));
  child.stderr.on('data', (chunk) => (text += chunk));
  child.on('close', (status) =>
    status === 0 ? resolve(text) : reject(new Error(`astro build failed (${status}):\n${text.slice(-3000)}`)),
  );
});
const seconds = (performance.now() - started) / 1000;

// The search index, as `npm run build` makes it after Astro (Starlight builds its own inside astro build).
const indexStarted = performance.now();
await new Promise<void>((resolve, reject) => {
  const child = spawn(join(root, 'node_modules/.bin/pagefind'), ['--site', 'dist'], {
    cwd: site,
    stdio: 'ignore',
    env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` },
  });
  child.on('close', (status) => (status === 0 ? resolve() : reject(new Error(`pagefind failed (${status})`))));
});
const indexSeconds = (performance.now() - indexStarted) / 1000;

const steps = [...output.matchAll(/(\[[\w-]+\]|✓) (?:✓ )?Completed in ([\d.]+)(m?s)/g)].map(
  (m) => `${m[1]} ${Number(m[2]) / (m[3] === 'ms' ? 1000 : 1)} s`,
);
const gate = /Content check: no errors \(([\d.]+)s\)/.exec(output)?.[1];
const built = /(\d+) page\(s\) built in ([\d.]+)(m?s)/.exec(output);
console.log(
  `Cold astro build of ${pages} content pages (${built?.[1] ?? '?'} pages in all): ${seconds.toFixed(1)} s wall; then the search index (Pagefind) ${indexSeconds.toFixed(1)} s: ${(seconds + indexSeconds).toFixed(1)} s in all.`,
);
if (gate) console.log(`  content gate (every rule on every file): ${gate} s`);
for (const step of steps) console.log(`  ${step}`);
if (keep) console.log(`Kept: ${site}`);

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdxToJs } from 'satteri';
import { compileGuard, guardFindings, pageFieldNames } from '../../../src/lib/content/compileGuard.ts';
import { compilerFeatures, parseMdx } from '../../../src/lib/content/mdx.ts';

const refused = (body: string, frontmatter: Record<string, unknown> = { title: 'A' }) => guardFindings(parseMdx(body), frontmatter).map((f) => `${f.line}: ${f.what}`);

test('the guard refuses, on the compiler’s own tree, everything that could run code or load another site', () => {
  const cases: [string, RegExp][] = [
    ['import fs from "node:fs"\n', /imports code/],
    ['export const x = 1\n', /adds code/],
    ['Text {process.exit(1)} here\n', /code in curly brackets/],
    ['<script>alert(1)</script>\n', /<script>/],
    ['<img src="x" onerror="alert(1)" />\n', /HTML tag <img>/],
    ['<Contact id={x} />\n', /code in curly brackets/],
    ['<Note onClick="x">\n\nHi\n\n</Note>\n', /event handler/],
    ['[A](javascript:alert(1))\n', /would run code/],
    ['[A][r]\n\n[r]: data:text/html,x\n', /would run code/],
    ['![A](http://example.org/a.png)\n', /not secure/],
    ['<Unknown />\n', /not one of the handbook/],
  ];
  for (const [body, what] of cases) assert.ok(refused(body).some((line) => what.test(line)), `${JSON.stringify(body)}: ${refused(body).join('; ')}`);
});

test('the guard refuses frontmatter fields no page has, layout above all, and passes a correct page', () => {
  assert.match(refused('Text\n', { title: 'A', layout: 'data:text/javascript,x' }).join(), /"layout" is not one a page can have \(the compiler would load and run it as code\)/);
  assert.match(refused('Text\n', { title: 'A', draft: true }).join(), /"draft"/);
  assert.deepEqual(refused('## A\n\n<Important>\n\nRing <Contact id="fostering-on-call" />.\n\n</Important>\n\n[Recording](/handbook/recording/)\n', { title: 'A', summary: 'B', keyPoints: [] }), []);
  for (const field of ['title', 'summary', 'keyPoints', 'sources', 'documentDate', 'changes']) assert.ok(pageFieldNames.has(field), field);
});

test('inside the compiler, the guard stops the compile with the file and line', async () => {
  const astro = (frontmatter: Record<string, unknown>) => ({ astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } });
  const options = { features: compilerFeatures, mdastPlugins: [compileGuard('/site')], fileURL: new URL('file:///site/content/handbook/a.mdx') };
  await assert.rejects(
    async () => mdxToJs('Text\n\n<script>alert(1)</script>\n', { ...options, data: astro({ title: 'A' }) }),
    /The compiler refused content\/handbook\/a\.mdx[\s\S]*content\/handbook\/a\.mdx:3 - the page contains <script>/,
  );
  await assert.rejects(async () => mdxToJs('Text\n', { ...options, data: astro({ title: 'A', layout: './evil.mjs' }) }), /"layout"/);
  const { code } = await mdxToJs('Text\n', { ...options, data: astro({ title: 'A' }) });
  assert.match(code, /Text/);
});

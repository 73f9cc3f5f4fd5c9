/**
 * The gate and the compiler read the top of a page alike, or the gate refuses the page. A corpus of page
 * shapes is generated (delimiter variants, a byte-order mark, CRLF, blank lines before the opening line,
 * +++, tabs, text after the hyphens, comments, YAML tags and block scalars, lines inside the block that
 * look like delimiters), and each is read by the gate (splitPage and readYaml) and by the compiler's own
 * code (parseFrontmatter from @astrojs/internal-helpers, as @astrojs/mdx calls it, with js-yaml). Wherever
 * the gate accepts a page, the compiler must find the same frontmatter and compile exactly the body the
 * gate checked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { splitPage, textOf } from '../../../src/lib/content/source.ts';
import { readYaml } from '../../../src/lib/content/yaml.ts';

const prefixes = ['', '\uFEFF', '\n', '  \n', '\r\n'];
const openers = ['---', '--- ', '--- # fields', '----', '+++', ' ---', '---\t', '---x'];
const endings = ['\n', '\r\n'];
const fieldSets = [
  ['title: A'],
  ['title: "A --- B"', 'summary: x'],
  ['# a comment', 'title: A'],
  ['title: A', 'tags: [a, b]'],
  ['title: A', 'summary: >', '  folded text', '  --- inside'],
  ['title: A', 'block: |', '  ---', '  y'],
  ['\ttitle: A'],
  ['title: A', 'layout: ./evil.mjs'],
  ['title: A', 'summary: !!js/function "function () {}"'],
  ['title: A', 'reviewed: 2026-01-01'],
  ['title: A', ''],
];
const innerLines = [[], [' ---'], ['---x'], ['+++'], ['  +++'], ['...'], ['--- # end?']];
const closers = ['---', '--- ', '---x', '+++', ' ---', '----', '---\t', null];
const trailers = ['\nBody text\n', '\n\n## Heading\n', '', '\n---\nmore\n', 'x\n'];

function* pages() {
  for (const prefix of prefixes)
    for (const opener of openers)
      for (const eol of endings)
        for (const fields of fieldSets)
          for (const inner of innerLines)
            for (const closer of closers)
              for (const trailer of trailers.slice(0, closer === '---' ? trailers.length : 2)) {
                const block = [...fields, ...inner].join(eol);
                yield `${prefix}${opener}${eol}${block}${eol}${closer === null ? '' : `${closer}${trailer.replace(/\n/g, eol)}`}`;
              }
}

/** Dates as the text wrote them: js-yaml makes a Date of 2026-01-01, the gate keeps the text. */
const plain = (value: unknown): unknown =>
  value instanceof Date ? value.toISOString().slice(0, 10) : Array.isArray(value) ? value.map(plain) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)])) : value;

test('on every generated page shape, the gate and the compiler agree, or the gate refuses the page', () => {
  let accepted = 0;
  let refused = 0;
  for (const file of pages()) {
    // The gate reads the file's text without its byte-order mark; the compiler's pattern allows one.
    const text = textOf(new TextEncoder().encode(file));
    const gate = splitPage(text);
    const yaml = gate.hasFrontmatter ? readYaml(gate.frontmatter) : undefined;
    if (gate.ambiguous || gate.unclosed || (yaml && yaml.problems.length > 0)) {
      refused++;
      continue;
    }
    accepted++;
    const shown = JSON.stringify(file);
    let compiler: ReturnType<typeof parseFrontmatter>;
    try {
      compiler = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    } catch (error) {
      assert.fail(`the gate accepts what the compiler cannot read: ${shown}: ${String(error)}`);
    }
    assert.equal(compiler.content, gate.hasFrontmatter ? gate.body : text, `the compiled body is the checked body: ${shown}`);
    assert.deepEqual(plain(compiler.frontmatter), gate.hasFrontmatter ? (yaml!.value ?? {}) : {}, `the same fields: ${shown}`);
  }
  assert.ok(accepted > 100 && refused > 1000, `the corpus has pages of both kinds (${accepted} accepted, ${refused} refused)`);
});

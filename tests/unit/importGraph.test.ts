/**
 * The code's imports form no circle: following imports from any module never leads back to it. A circle
 * (route data importing search data importing route data) makes the order modules load in matter, and
 * hides which one owns a piece of data. Read from the source text: relative imports of .ts, .astro and
 * .mjs files under src/ and scripts/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = process.cwd();
const files = ['src', 'scripts'].flatMap((folder) =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|astro|mjs)$/.test(name))
    .map((name) => resolve(root, folder, name)),
);

/** The modules a file imports (relative specifiers only; packages cannot import back into the site). */
export function importsOf(file: string, text: string): string[] {
  const specifiers = [
    ...text.matchAll(
      /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\s*\(\s*['"](\.[^'"]+)['"]\s*\)|^import\s+['"](\.[^'"]+)['"]/gm,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3]!);
  return specifiers.filter((s) => /\.(ts|astro|mjs)$/.test(s)).map((s) => resolve(dirname(file), s));
}

/** Every circle in a graph of modules, each once, as a list of modules. */
export function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push(path.slice(path.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

test('the circle finder finds a circle, and only circles', () => {
  assert.deepEqual(
    circles(
      new Map([
        ['a', ['b']],
        ['b', ['c']],
        ['c', ['a']],
        ['d', ['a']],
      ]),
    ),
    [['a', 'b', 'c']],
  );
  assert.deepEqual(
    circles(
      new Map([
        ['a', ['b', 'c']],
        ['b', ['c']],
        ['c', []],
      ]),
    ),
    [],
  );
  assert.deepEqual(
    importsOf(
      '/x/a.ts',
      "import { b } from './b.ts';\nimport type { C } from '../c.ts';\nconst d = await import('./d.ts');\nimport 'pkg';",
    ),
    ['/x/b.ts', '/c.ts', '/x/d.ts'],
  );
});

test('no module under src/ or scripts/ imports itself through others', () => {
  const graph = new Map(files.map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));
  const found = circles(graph).map((circle) => circle.map((file) => relative(root, file)).join(' -> '));
  assert.deepEqual(found, []);
});

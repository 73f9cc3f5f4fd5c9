/**
 * Defence in depth, inside the compiler: a Sätteri plugin that Astro's MDX compiler runs on every page
 * it compiles (astro.config.mjs), on its own tree, before anything is turned into code. It enforces the
 * MDX allow-list again (the handbook's components with plain text attributes; no import or export, no
 * {code}, no raw HTML; links, pictures and link definitions only to the addresses urls.ts allows) and
 * refuses frontmatter fields the pages' schemas do not have (`layout` above all, which the compiler
 * would import and run). So even if something got past the gate (a file it never read, a reading that
 * differed), the build stops and no page can ship a script or run code while it is built.
 *
 * It has no other rules: the gate (the content pipeline) is where staff get every message; this only
 * makes the build refuse what must never be compiled, naming the file and line.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import { placeOf, walk } from './mdx.ts';
import { formatProblem, inFile, type Finding } from './problem.ts';
import { mdxProblems } from './rules/mdxLimits.ts';
import { pageSchemas } from './schemas.ts';
import { classifyUrl } from './urls.ts';

/** Every frontmatter field any page may have: the compiler gives meaning to others (layout). */
export const pageFieldNames: ReadonlySet<string> = new Set(
  Object.values(pageSchemas({ standardIds: [], partIds: [], handbookIds: [] })).flatMap((schema) => Object.keys((schema as unknown as { shape: object }).shape)),
);

/** What the guard refuses in one page: its tree as the compiler parsed it, and its frontmatter as the compiler read it. */
export function guardFindings(tree: Root, frontmatter: Record<string, unknown> | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const key of Object.keys(frontmatter ?? {})) {
    if (!pageFieldNames.has(key)) {
      findings.push({ line: 1, what: `the frontmatter field "${key}" is not one a page can have${key === 'layout' ? ' (the compiler would load and run it as code)' : ''}`, fix: 'delete the field.' });
    }
  }
  findings.push(...mdxProblems(tree));
  walk(tree, (node) => {
    if (node.type === 'html') findings.push({ ...placeOf(node), what: 'the page contains raw HTML', fix: 'write it in Markdown or with the handbook’s components.' });
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const verdict = classifyUrl(node.url);
      if ('what' in verdict) findings.push({ ...placeOf(node), ...verdict });
    }
  });
  return findings;
}

/** The plugin, for Astro's MDX compiler; `root` is the site's folder, for the file names in messages. */
export function compileGuard(root: string) {
  return defineMdastPlugin({
    name: 'handbook-compile-guard',
    // Its messages give lines: Sätteri records positions for the plugin only when asked.
    options: { position: true },
    before(tree, context) {
      const data = context.data as { astro?: { frontmatter?: Record<string, unknown> } };
      const findings = guardFindings(tree as Root, data.astro?.frontmatter);
      if (findings.length === 0) return;
      const file = context.fileURL ? relative(root, fileURLToPath(context.fileURL)) : 'a page';
      const lines = inFile(file, findings).map(formatProblem);
      throw new Error(`The compiler refused ${file}, which the content check should have stopped (tell the web team):\n${lines.join('\n')}`);
    },
  });
}

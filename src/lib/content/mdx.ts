/**
 * The body of a page, parsed once into a Markdown tree by the compiler's own parser: Sätteri, which
 * Astro's MDX integration compiles every page with, given the same features (compilerFeatures, which
 * astro.config.mjs hands to the compiler too). So every rule walks exactly the tree that is compiled,
 * with the file's own line numbers. When the text is not valid MDX the parser's error is put in plain
 * English, with the real line and column.
 */
import { mdxToMdast } from 'satteri';
import type { Nodes, Root } from 'mdast';
import type { Finding } from './problem.ts';

/**
 * The Markdown features pages are compiled with: GitHub's tables, strikethrough and bare links, and
 * typographic quotes and dashes (what Astro's Markdown settings give by default). The build's compiler
 * is configured from this object (astro.config.mjs), so the check and the build read a page alike.
 */
export const compilerFeatures = { gfm: true, smartPunctuation: true } as const;

/** Pages this deeply nested (a box in a quote in a list…) are refused before they are walked. */
export const maxNesting = 40;

/** Parses MDX text; throws the parser's own error when it cannot (see `mdxParseProblem`). */
export function parseMdx(text: string): Root {
  return mdxToMdast(text, { features: compilerFeatures }) as Root;
}

/**
 * Every node of the tree, depth first, in document order. With a stack rather than recursion, so a page
 * nested thousands deep is walked (and refused by nestingProblem) rather than overflowing the stack.
 */
export function walk(node: Nodes, visit: (node: Nodes, parent?: Nodes) => void, parent?: Nodes): void {
  const stack: [Nodes, Nodes | undefined][] = [[node, parent]];
  while (stack.length > 0) {
    const [current, above] = stack.pop()!;
    visit(current, above);
    if ('children' in current) {
      const children = current.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, current]);
    }
  }
}

/** How deeply the tree nests, and the first node at the deepest level (for the message's line). */
export function nestingProblem(tree: Root): Finding | undefined {
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > maxNesting) {
      return {
        ...placeOf(node),
        what: `the page nests boxes, quotes or lists more than ${maxNesting} deep here`,
        fix: 'readers cannot follow text nested this deeply: close the boxes (</Note>, </Important>) and lists before opening new ones, so each sits beside the others rather than inside them.',
      };
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push([child, depth + 1]);
  }
  return undefined;
}

/** Where a node starts in the file. */
export function placeOf(node: Nodes): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

const tagHelp = 'Components are written <Note>, then the text with a blank line before and after it, then </Note> on a line of its own; <Contact id="…" /> ends with />.';

/** Sätteri's error message read into the parts a JavaScript parser's error has as fields. */
function fromMessage(error: ParserError & { message?: string }): ParserError {
  if (error.reason !== undefined) return error;
  const match = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w-]+):([\w-]+)\))?$/.exec(error.message ?? '');
  if (!match) return { reason: error.message };
  const reason = match[3]!;
  // Sätteri names every MDX error mdx-jsx; the reason says which construct it was.
  const source = /expression|brace/i.test(reason) ? 'micromark-extension-mdx-expression' : /import|export|esm/i.test(reason) ? 'micromark-extension-mdxjs-esm' : `micromark-extension-${match[4] ?? 'mdx-jsx'}`;
  return { line: Number(match[1]), column: Number(match[2]), reason, source };
}

interface ParserError {
  ruleId?: string;
  source?: string;
  reason?: string;
  line?: number;
  column?: number;
  place?: { line?: number; column?: number; start?: { line?: number; column?: number } };
}

/**
 * The parser's error as a problem an editor can act on. Sätteri reports "LINE:COLUMN: reason
 * (source:rule)", the wording of the JavaScript MDX parser it follows.
 */
export function mdxParseProblem(error: unknown): Finding {
  const e = fromMessage(error as ParserError & { message?: string });
  const reason = e.reason ?? '';
  const opened = /`<([A-Za-z][\w.]*)>` \((\d+):(\d+)[-)]/.exec(reason);
  let line = e.line ?? e.place?.start?.line ?? e.place?.line;
  let column = e.column ?? e.place?.start?.column ?? e.place?.column;
  if (opened && /^Expected a closing tag/.test(reason)) {
    // The tag that was never closed: point at where it opens, which is what the editor has to find.
    line = Number(opened[2]);
    column = Number(opened[3]);
    return {
      line,
      column,
      what: `the <${opened[1]}> that opens on line ${line}, column ${column} is never closed`,
      fix: `add </${opened[1]}> on a line of its own where the box should end, with a blank line before it. ${tagHelp}`,
    };
  }
  line ??= 1;
  column ??= 1;
  const at = `(line ${line}, column ${column})`;
  const closing = /^Unexpected closing tag `<\/([\w.]*)>`, expected corresponding closing tag for `<([\w.]*)>`/.exec(reason);
  if (closing) {
    return {
      line,
      column,
      what: `</${closing[1]}> closes a box that is not open here: the open one is <${closing[2]}> ${at}`,
      fix: `close <${closing[2]}> with </${closing[2]}> first, or change this tag to match. ${tagHelp}`,
    };
  }
  if (e.source === 'micromark-extension-mdx-expression' || /expression/.test(reason)) {
    return {
      line,
      column,
      what: `a curly bracket { here starts code that cannot be read ${at}`,
      fix: 'pages cannot contain code. To show a curly bracket in the text, write \\{ instead of {.',
    };
  }
  if (e.source === 'micromark-extension-mdxjs-esm') {
    return {
      line,
      column,
      what: `a line starting "import" or "export" cannot be read ${at}`,
      fix: 'pages cannot import or export anything: delete the line, or reword it so it does not start with "import" or "export".',
    };
  }
  if (e.source === 'micromark-extension-mdx-jsx') {
    return {
      line,
      column,
      what: `a < here starts a tag that is not finished ${at}`,
      fix: `finish the tag, or if you meant the symbol write "less than" or \\<. ${tagHelp}`,
    };
  }
  return {
    line,
    column,
    what: `the text here cannot be read as a page ${at}`,
    fix: `check the components and brackets near this line. ${tagHelp} To show { or < in the text, write \\{ or \\<.`,
  };
}

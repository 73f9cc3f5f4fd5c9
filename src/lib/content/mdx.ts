/**
 * The body of a page, parsed once into a Markdown tree the way the build reads it (Markdown, MDX and
 * GitHub tables), so every rule walks the same tree with the file's own line numbers. When the text is
 * not valid MDX the parser's error is put in plain English, with the real line and column.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';
import type { Finding } from './problem.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses MDX text; throws the parser's own error when it cannot (see `mdxParseProblem`). */
export function parseMdx(text: string): Root {
  return parser.parse(text) as Root;
}

/** Every node of the tree, depth first, in document order. */
export function walk(node: Nodes, visit: (node: Nodes, parent?: Nodes) => void, parent?: Nodes): void {
  visit(node, parent);
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, visit, node);
}

/** Where a node starts in the file. */
export function placeOf(node: Nodes): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

const tagHelp = 'Components are written <Note>, then the text with a blank line before and after it, then </Note> on a line of its own; <Contact id="…" /> ends with />.';

interface ParserError {
  ruleId?: string;
  source?: string;
  reason?: string;
  line?: number;
  column?: number;
  place?: { line?: number; column?: number; start?: { line?: number; column?: number } };
}

/** The parser's error as a problem an editor can act on. */
export function mdxParseProblem(error: unknown): Finding {
  const e = error as ParserError;
  const reason = e.reason ?? '';
  const opened = /`<([A-Za-z][\w.]*)>` \((\d+):(\d+)-/.exec(reason);
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

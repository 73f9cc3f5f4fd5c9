/**
 * YAML read once, keeping where everything is: frontmatter and the data files (standards, contacts…).
 * The core schema is used on purpose: it leaves 2026-02-30 as the text the author wrote, so the one date
 * rule sees it, where YAML 1.1 would quietly turn it into 2 March. Parser errors are put in plain English
 * with their real line and column; the parser's own wording never reaches an editor.
 */
import { isMap, isNode, isScalar, LineCounter, parseDocument, Scalar, visit, type Document, type YAMLError } from 'yaml';
import type { Finding } from './problem.ts';

export interface YamlSource {
  /** The value, as plain data (undefined when the text could not be read). */
  value: unknown;
  /** The line in the file of the value at a path (the nearest parent that has one). */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** What cannot be read (then there is no value), or what is refused but taken out of the value. */
  problems: Finding[];
}

const quoteHint = 'Text that contains ": " or starts with a quote, [, {, # or * must be in double quotes.';

/** The last line before `line` that opens a [list], {map} or "quote" and does not close it. */
function unclosedBefore(lines: readonly string[], line: number): { line: number; mark: string } | undefined {
  for (let index = line - 1; index >= 0 && index >= line - 3; index--) {
    const text = (lines[index] ?? '').replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/'[^']*'/g, "''");
    if ((text.match(/"/g)?.length ?? 0) % 2 === 1) return { line: index + 1, mark: '"' };
    if ((text.match(/\[/g)?.length ?? 0) > (text.match(/\]/g)?.length ?? 0)) return { line: index + 1, mark: '[' };
    if ((text.match(/\{/g)?.length ?? 0) > (text.match(/\}/g)?.length ?? 0)) return { line: index + 1, mark: '{' };
  }
  return undefined;
}

/** What each kind of YAML error means for someone editing a page, and what to do about it. */
function explain(code: YAMLError['code'], line: number, text: string): { what: string; fix: string; line?: number } {
  const lines = text.split(/\r?\n/);
  const key = /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*:/.exec(lines[line - 1] ?? '')?.[1];
  const unclosed = code === 'DUPLICATE_KEY' || code === 'TAB_AS_INDENT' ? undefined : unclosedBefore(lines, line);
  if (unclosed) {
    const closer = { '"': '"', '[': ']', '{': '}' }[unclosed.mark];
    return {
      line: unclosed.line,
      what: `the ${unclosed.mark === '"' ? 'quote' : 'list'} opened with ${unclosed.mark} on line ${unclosed.line} is not closed`,
      fix: `end it with ${closer} on the same line, for example carersSay: [respite, short breaks] or summary: "Allegations: what happens next".`,
    };
  }
  switch (code) {
    case 'DUPLICATE_KEY':
      return { what: `${key ? `the field "${key}"` : 'a field'} is written twice`, fix: 'keep one of the two lines: the second would silently replace the first.' };
    case 'TAB_AS_INDENT':
      return { what: 'this line is indented with a tab', fix: 'indent with spaces, never tabs (two spaces for each level).' };
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (key && /:\s.*:\s/.test(lines[line - 1] ?? '')) {
        return { what: `the text after "${key}:" contains ": "`, fix: `put the whole text in double quotes, for example ${key}: "Allegations: what happens next".` };
      }
    // falls through
    case 'UNEXPECTED_TOKEN':
    case 'BAD_SCALAR_START':
      return { what: `this line cannot be read${key ? ` (the field "${key}")` : ''}`, fix: `each line is "field: value". ${quoteHint}` };
    case 'BAD_INDENT':
      return { what: 'this line is indented differently from the lines around it', fix: 'line it up with the other fields at the same level, using spaces; list items start with "- ".' };
    default:
      return { what: 'this line cannot be read', fix: `each line is "field: value", indented with spaces; list items start with "- ". ${quoteHint}` };
  }
}

/**
 * What YAML can do beyond "field: value" and lists, which the handbook's files never need and which
 * other readers of the same text treat differently: anchors and aliases (&name, *name; a few lines can
 * expand into millions of values), merge keys (<<, which the build's own frontmatter reader applies and
 * this one does not), and tags (!!python/…, !!js/function, !custom), which ask a reader to make objects or
 * run code. Each is refused where it is written.
 */
function unsafeYaml(document: Document, lineAt: (offset: number) => number): Finding[] {
  const problems: Finding[] = [];
  const at = (node: { range?: [number, number, number] | null }) => lineAt(node.range?.[0] ?? 0);
  const plain = 'write the value out in full where it is needed; the handbook’s files use only "field: value" lines and "- " lists.';
  visit(document, {
    // Each is reported, then taken out, so the rest of the file is still read and checked as written.
    Alias(_, node) {
      problems.push({ line: at(node), what: `"*${node.source}" repeats a value from elsewhere in the file (a YAML alias)`, fix: plain });
      return new Scalar(null);
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') {
        problems.push({ line: at(pair.key), what: 'a "<<" line merges other fields into this entry (a YAML merge key)', fix: `delete it and ${plain}` });
        return visit.REMOVE;
      }
      return undefined;
    },
    Node(_, node) {
      if (node.anchor) {
        problems.push({ line: at(node), what: `"&${node.anchor}" names a value to repeat elsewhere (a YAML anchor)`, fix: 'delete the &name: values are written out in full where they are needed.' });
        node.anchor = undefined;
      }
      if (node.tag) {
        const written = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
        problems.push({ line: at(node), what: `"${written}" is a YAML tag, which asks for the value to be turned into something other than text`, fix: `delete "${written}" and keep the value; put text that starts with ! in double quotes.` });
        node.tag = undefined;
      }
    },
  });
  return problems;
}

/**
 * Reads YAML text whose line numbers are the file's (see splitPage). Keys must be unique; anchors,
 * aliases, merge keys and tags are refused (unsafeYaml).
 */
export function readYaml(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (document.errors.length > 0) {
    const problems = document.errors.map((error) => {
      const found = lineCounter.linePos(error.pos[0]);
      const { what, fix, line = found.line } = explain(error.code, found.line, text);
      const column = line === found.line ? found.col : 1;
      return { line, column, what: line === found.line ? `${what} (line ${line}, column ${column})` : what, fix };
    });
    return { value: undefined, lineOf: () => undefined, problems };
  }
  const unsafe = unsafeYaml(document, lineAt);
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let length = path.length; length >= 0; length--) {
      const node = length === 0 ? document.contents : document.getIn(path.slice(0, length) as (string | number)[], true);
      if (isNode(node) && node.range) {
        // A map's range starts at its first key; a field's line is its key's, found through its parent.
        if (length > 0) {
          const parent = length === 1 ? document.contents : document.getIn(path.slice(0, length - 1) as (string | number)[], true);
          const pair = isMap(parent) ? parent.items.find((p) => p.value === node) : undefined;
          if (pair && isNode(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
        }
        return lineAt(node.range[0]);
      }
    }
    return undefined;
  };
  return { value: document.toJS({ maxAliasCount: 0 }), lineOf, problems: unsafe };
}

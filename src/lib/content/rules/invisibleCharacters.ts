/**
 * Characters a reader cannot see have no place in published text: bidirectional controls reorder what is
 * shown (a number typed backwards displays forwards, "Trojan Source"), zero-width characters split a
 * word or a number so that no check recognises it, and control characters are not text at all. Each is
 * an error at its line and column, named by its code point; the file's byte-order mark, tabs and line
 * breaks are ordinary. Linear in the file.
 */
import type { Nodes, Root } from 'mdast';
import { placeOf, walk } from '../mdx.ts';
import type { Finding } from '../problem.ts';

const names: Record<number, string> = {
  0x00ad: 'soft hyphen',
  0x061c: 'Arabic letter mark',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space',
};

// eslint-disable-next-line no-control-regex
const hidden = /[\p{Cf}\p{Noncharacter_Code_Point}\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;

/** Each invisible or control character in a file's text (after its byte-order mark is dropped). */
export function invisibleCharacterProblems(text: string): Finding[] {
  const problems: Finding[] = [];
  let line = 1;
  let lineStart = 0;
  let searched = 0;
  for (const match of text.matchAll(hidden)) {
    for (let i = text.indexOf('\n', searched); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    searched = match.index;
    const code = match[0].codePointAt(0)!;
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    problems.push({
      line,
      column: match.index - lineStart + 1,
      what: `the text has an invisible character, ${hex} (${names[code] ?? (code < 0xa0 ? 'a control character' : /\p{Noncharacter_Code_Point}/u.test(match[0]) ? 'not a character at all' : 'a formatting character')})`,
      fix: 'delete it (it was probably pasted in with the text): it can hide or reorder what readers see, and stop the checks from recognising a number or an address. Retype the words around it if your editor does not show it.',
    });
  }
  return problems;
}

/**
 * The same characters written so the file does not show them: an HTML character reference in a page
 * (&#x202E;, &shy;) decodes to one in the text readers get. Read from the tree, after decoding.
 */
export function invisibleCharacterTreeProblems(tree: Root): Finding[] {
  const problems: Finding[] = [];
  walk(tree, (node: Nodes) => {
    const texts = ['value', 'alt', 'title', 'url'].map((key) => (node as unknown as Record<string, unknown>)[key]).filter((v): v is string => typeof v === 'string');
    for (const text of texts) {
      if (!new RegExp(hidden.source, 'u').test(text)) continue;
      problems.push(...invisibleCharacterProblems(text).map((found) => ({ ...found, ...placeOf(node) })));
    }
  });
  return problems;
}

/** Every invisible character in the text values of some YAML (frontmatter or a list entry), by path. */
export function invisibleCharacterValueProblems(value: unknown, lineOf: (path: readonly PropertyKey[]) => number | undefined, path: (string | number)[] = []): Finding[] {
  if (typeof value === 'string') return invisibleCharacterProblems(value).map((found) => ({ ...found, line: lineOf(path), column: undefined }));
  if (Array.isArray(value)) return value.flatMap((item, index) => invisibleCharacterValueProblems(item, lineOf, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => invisibleCharacterValueProblems(item, lineOf, [...path, key]));
  return [];
}

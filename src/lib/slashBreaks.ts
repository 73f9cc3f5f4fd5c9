/**
 * Words joined by a slash ("aids/equipment", "medications/creams") are one long word to a browser, which
 * would break it mid-word when it does not fit the line: at the largest text on a phone it often does not.
 * This remark plugin puts a <wbr> (a place the line may break, which nothing reads or copies) after each
 * slash between letters, so such a pair breaks at the slash instead. Addresses are left alone: links are
 * not entered, and a slash next to another slash, a dot or a colon is not between two words.
 */

interface Node {
  type: string;
  value?: string;
  children?: Node[];
  [key: string]: unknown;
}

const betweenWords = /(?<=[\p{L}\p{N}])\/(?=[\p{L}\p{N}])/gu;
const wbr = (): Node => ({ type: 'mdxJsxTextElement', name: 'wbr', attributes: [], children: [] });

/** A text node's value split after each slash between words, with a <wbr> after each such slash. */
export function withSlashBreaks(text: string): Node[] {
  const parts = text.split(betweenWords);
  if (parts.length === 1) return [{ type: 'text', value: text }];
  return parts.flatMap((part, index) => (index === parts.length - 1 ? [{ type: 'text', value: part }] : [{ type: 'text', value: `${part}/` }, wbr()]));
}

function visit(node: Node): void {
  if (!node.children || node.type === 'link' || node.type === 'linkReference' || node.type === 'code' || node.type === 'inlineCode') return;
  node.children = node.children.flatMap((child) => (child.type === 'text' && child.value && /\p{L}\/\p{L}/u.test(child.value) ? withSlashBreaks(child.value) : (visit(child), [child])));
}

/** The plugin: unified passes the page's Markdown tree (mdast, with MDX nodes). */
export function remarkSlashBreaks() {
  return (tree: unknown) => visit(tree as Node);
}

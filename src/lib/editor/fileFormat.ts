/**
 * How the browser editor (/admin/, Sveltia CMS) reads and writes the handbook's files, so that saving an
 * entry changes only the lines of the fields that were edited. Sveltia's own YAML writer rewrites a whole
 * file from its data (comments gone, [a, b] lists turned into bullets, quotes changed); these are
 * registered in its place as custom formats (src/admin/admin.ts).
 *
 * Reading keeps the file's text beside its fields (`sourceKey`, a property the editor carries along but
 * never shows). Writing parses that text again with the `yaml` package's document model, which prints
 * every content file back byte for byte (tests/unit/editor/fileFormat.test.ts), changes only the nodes
 * whose value differs, and prints it: every untouched line, comment and quote stays as it was. A page's
 * text (its body) is written back as it was read unless it was edited.
 *
 * Pure: runs in Node for the unit tests and in the browser inside the editor's bundle.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

/** Where an entry read by the editor keeps its file's original text. */
export const sourceKey = '_originalFile';

/** How the yaml package prints the handbook's files exactly as they are written. */
export const printOptions = { lineWidth: 0, flowCollectionPadding: false, indentSeq: true } as const;

type Value = unknown;
type Data = Record<string, Value>;

/** Values each field takes when it is left out (the schemas' defaults): writing them adds no line. */
export type FieldDefaults = Readonly<Record<string, Value>>;

const isObject = (value: Value): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Empty values (left out, '', [], {}, null) all mean "not given" in the handbook's files. */
export function isEmpty(value: Value): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (isObject(value) && Object.keys(value).length === 0)
  );
}

/** Same meaning: equal, or both empty; objects compare without their empty fields. */
export function sameValue(a: Value, b: Value): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return a === b;
}

/** A short list of short words is written [a, b] as the handbook writes ids; anything longer as bullets. */
function flowFits(value: Value[]): boolean {
  return (
    value.every((item) => typeof item === 'string' && item.length <= 60 && !/[,[\]{}#:"']/.test(item)) && value.join(', ').length <= 80
  );
}

function createNode(doc: Document, value: Value): Node {
  const node = doc.createNode(value) as Node;
  const markFlow = (n: unknown, v: Value) => {
    if (isSeq(n) && Array.isArray(v)) {
      if (flowFits(v)) n.flow = true;
      n.items.forEach((item, index) => markFlow(item, v[index]));
    } else if (isMap(n) && isObject(v)) {
      for (const pair of n.items) markFlow(pair.value, v[String((pair.key as Scalar).value)]);
    }
  };
  markFlow(node, value);
  return node;
}

/** Longest common subsequence of two lists by meaning: which old items a new list keeps, in order. */
function keptItems(before: Value[], after: Value[]): Map<number, number> {
  const rows = before.length + 1;
  const cols = after.length + 1;
  const table: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  for (let i = before.length - 1; i >= 0; i--)
    for (let j = after.length - 1; j >= 0; j--)
      table[i][j] = sameValue(before[i], after[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const kept = new Map<number, number>();
  for (let i = 0, j = 0; i < before.length && j < after.length;) {
    if (sameValue(before[i], after[j])) kept.set(j++, i++);
    else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return kept;
}

/**
 * The node for `after`, reusing `node` (and so its formatting and comments) wherever the value is the
 * same, and changing it in place where it can.
 */
function edit(doc: Document, node: unknown, before: Value, after: Value, defaults: FieldDefaults = {}): Node {
  if (sameValue(before, after) && node) return node as Node;
  if (isScalar(node) && !isObject(after) && !Array.isArray(after)) {
    (node as Scalar).value = after;
    return node as Node;
  }
  if (isMap(node) && isObject(after) && isObject(before)) {
    editMap(doc, node as YAMLMap, before, after, defaults);
    return node as Node;
  }
  if (isSeq(node) && Array.isArray(after) && Array.isArray(before)) {
    editSeq(doc, node as YAMLSeq, before, after);
    return node as Node;
  }
  return createNode(doc, after);
}

function editMap(doc: Document, map: YAMLMap, before: Data, after: Data, defaults: FieldDefaults): void {
  const keyOf = (pair: Pair) => String(isScalar(pair.key) ? pair.key.value : pair.key);
  map.items = map.items.filter((pair) => {
    const key = keyOf(pair);
    // A field the editor left out, or wrote empty or at its default, was not removed by the author.
    const gone = !(key in after) || isEmpty(after[key]);
    return !(gone && !isEmpty(before[key]) && !sameValue(after[key] ?? defaults[key], before[key]));
  });
  for (const pair of map.items) {
    const key = keyOf(pair);
    if (key in after && !isEmpty(after[key])) pair.value = edit(doc, pair.value, before[key], after[key]);
  }
  const present = new Set(map.items.map(keyOf));
  const order = Object.keys(after);
  order.forEach((key, index) => {
    const value = after[key];
    if (present.has(key) || isEmpty(value) || (key in defaults && sameValue(value, defaults[key]))) return;
    // A new field goes after the field that comes before it in the editor's order, as a scaffold writes it.
    const previous = order
      .slice(0, index)
      .reverse()
      .find((name) => present.has(name));
    const at = previous === undefined ? 0 : map.items.findIndex((pair) => keyOf(pair) === previous) + 1;
    map.items.splice(at, 0, doc.createPair(key, createNode(doc, value)) as Pair);
    present.add(key);
  });
}

function editSeq(doc: Document, seq: YAMLSeq, before: Value[], after: Value[]): void {
  if (before.length === after.length) {
    seq.items = seq.items.map((item, index) => edit(doc, item, before[index], after[index]));
    return;
  }
  const kept = keptItems(before, after);
  seq.items = after.map((value, index) => (kept.has(index) ? (seq.items[kept.get(index)!] as Node) : createNode(doc, value)));
}

/** YAML text with `after`'s values, changing only what differs from the text's own values. */
export function editYaml(text: string, after: Value, defaults: FieldDefaults = {}): string {
  const doc = parseDocument(text);
  const before = doc.toJS() as Value;
  if (sameValue(before, after)) return text;
  if (isMap(doc.contents) && isObject(before) && isObject(after)) editMap(doc, doc.contents as YAMLMap, before, after, defaults);
  else if (isSeq(doc.contents) && Array.isArray(before) && Array.isArray(after)) {
    if (before.length === after.length) {
      (doc.contents as YAMLSeq).items = (doc.contents as YAMLSeq).items.map((item, index) =>
        isMap(item) && isObject(before[index]) && isObject(after[index])
          ? (editMap(doc, item as YAMLMap, before[index] as Data, after[index] as Data, defaults), item)
          : edit(doc, item, before[index], after[index]),
      );
    } else editSeq(doc, doc.contents as YAMLSeq, before, after);
  } else doc.contents = createNode(doc, after) as never;
  return doc.toString(printOptions);
}

/** A new file's YAML, written the way the handbook writes it (ids as [a, b], the rest as bullets). */
export function newYaml(value: Value): string {
  const doc = parseDocument('');
  doc.contents = createNode(doc, value) as never;
  return doc.toString(printOptions);
}

// ---------------------------------------------------------------------------------------------------------
// Pages: frontmatter between --- lines, then the text of the page.

interface PageParts {
  frontmatter: string;
  /** Everything after the closing --- line, exactly as written. */
  rest: string;
}

function pageParts(text: string): PageParts | undefined {
  const match = /^---\n([\s\S]*?\n)?---\n/.exec(text);
  return match ? { frontmatter: match[1] ?? '', rest: text.slice(match[0].length) } : undefined;
}

/** The body as the editor shows it: the page's text without the blank line after the frontmatter. */
function bodyOf(rest: string): string {
  return rest.replace(/^\n/, '').replace(/\n$/, '');
}

/** A page file as the editor's fields: its frontmatter, its `body`, and its original text. */
export function readPage(text: string): Data {
  const parts = pageParts(text);
  if (!parts) return { body: text, [sourceKey]: text };
  const data = parseDocument(parts.frontmatter).toJS() as Value;
  return { ...(isObject(data) ? data : {}), body: bodyOf(parts.rest), [sourceKey]: text };
}

/** A page file from the editor's fields: the original text with only the edited fields changed. */
export function writePage(content: Data, defaults: FieldDefaults = {}): string {
  const { body, [sourceKey]: original, ...data } = content;
  const text = typeof body === 'string' ? body : '';
  const parts = typeof original === 'string' ? pageParts(original) : undefined;
  if (!parts) return `---\n${newYaml(data)}---\n\n${text.trim()}\n`;
  const frontmatter = editYaml(parts.frontmatter, data, defaults);
  const rest = text === bodyOf(parts.rest) ? parts.rest : `\n${text.trim()}\n`;
  return `---\n${frontmatter}---\n${rest}`;
}

// ---------------------------------------------------------------------------------------------------------
// Lists: a YAML file that is one list of entries (content/contacts.yaml and the others), edited as one
// list field, `entries`.

export const listKey = 'entries';

export function readList(text: string): Data {
  const data = parseDocument(text).toJS() as Value;
  return { [listKey]: Array.isArray(data) ? data : [], [sourceKey]: text };
}

export function writeList(content: Data, defaults: FieldDefaults = {}): string {
  const entries = Array.isArray(content[listKey]) ? (content[listKey] as Value[]) : [];
  const original = content[sourceKey];
  return typeof original === 'string' ? editYaml(original, entries, defaults) : newYaml(entries);
}

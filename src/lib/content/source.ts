/**
 * Reading a content file as text, the way every later rule sees it: UTF-8 only (a byte-order mark is
 * dropped, CRLF line endings are kept and accepted), and a page split once into frontmatter and body.
 * The split pads each half with blank lines so that a parser's line numbers are the file's own.
 */
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';

/** The 1-based line of the first byte that is not UTF-8, or undefined when the whole file is UTF-8. */
export function firstNonUtf8Line(bytes: Uint8Array): number | undefined {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i];
    if (byte === 0x0a) line++;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return line;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return line;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
    if ((byte === 0xe0 && bytes[i + 1] < 0xa0) || (byte === 0xed && bytes[i + 1] > 0x9f)) return line;
    if ((byte === 0xf0 && bytes[i + 1] < 0x90) || (byte === 0xf4 && bytes[i + 1] > 0x8f)) return line;
    i += length;
  }
  return undefined;
}

/** The text of a UTF-8 file, without its byte-order mark if it has one. */
export function textOf(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

export interface PageSource {
  /** Whether the file starts with a frontmatter block between --- lines. */
  hasFrontmatter: boolean;
  /** The frontmatter, preceded by blank lines so that its line numbers are the file's. */
  frontmatter: string;
  /** The body as the compiler reads it: the frontmatter's lines left blank, so its line numbers are the file's. */
  body: string;
  /** The line of the file where the body starts. */
  bodyLine: number;
  /** The line of the closing ---, or of the opening one when the frontmatter is never closed. */
  frontmatterEndLine: number;
  /** The frontmatter was opened with --- and never closed. */
  unclosed: boolean;
  /**
   * Why the build's compiler could read the top of this file differently from the gate, when it could
   * (then the page is refused: nothing the gate has not read may be compiled).
   */
  ambiguous?: { line: number; what: string; fix: string };
}

const delimiterHelp =
  'a page starts with a line that is exactly three hyphens (---), then one "field: value" per line, then another line that is exactly ---, with nothing else on either line.';

/** A line the compiler would take as the end of the frontmatter, or as the start of one. */
const looksLikeDelimiter = (line: string) => /^[\s\uFEFF]*(?:---|\+\+\+)/.test(line);

/**
 * Splits a page into frontmatter and body: once, for every rule and for the build.
 *
 * The build does not use this split: Astro's MDX compiler finds the frontmatter with its own pattern
 * (`extractFrontmatter` in @astrojs/internal-helpers), which allows blank lines before the opening line,
 * `+++` as a delimiter, and any text after the three hyphens of either line. So the gate reads the file the
 * compiler's way too, and accepts only the shape on which both readings are the same text: exact `---`
 * lines, and no other line of the block that begins (even after spaces) with `---` or `+++`. Anything
 * else is `ambiguous` and refused, so what was checked is what is compiled.
 */
export function splitPage(text: string): PageSource {
  const lines = text.split(/\r?\n/);
  const compilers = extractFrontmatter(text);
  // A carriage return alone ends a line for the Markdown and YAML parsers but not for this split.
  const loneReturn = /\r(?!\n)/.exec(text);
  const refuse = (line: number, what: string, fix = delimiterHelp): PageSource => ({
    hasFrontmatter: false,
    frontmatter: '',
    body: text,
    bodyLine: 1,
    frontmatterEndLine: line,
    unclosed: false,
    ambiguous: { line, what, fix },
  });
  if (loneReturn) {
    const line = (text.slice(0, loneReturn.index).match(/\n/g)?.length ?? 0) + 1;
    return refuse(line, `line ${line} ends with a carriage return alone (an old Mac line ending)`, 'save the file with ordinary line endings (LF, or CRLF as Windows writes them).');
  }
  const opens = lines[0] === '---';
  if (!opens) {
    if (compilers !== undefined || looksLikeDelimiter(lines[0] ?? '')) {
      const first = lines.findIndex((line) => line.trim() !== '');
      const line = Math.max(first, 0) + 1;
      if (first > 0) return refuse(line, `the frontmatter starts on line ${line}, after blank lines`);
      return refuse(1, `the first line is "${lines[0]!.trim().slice(0, 40)}", not exactly ---`);
    }
    return { hasFrontmatter: false, frontmatter: '', body: text, bodyLine: 1, frontmatterEndLine: 1, unclosed: false };
  }
  // The compiler ends the block at the first line that starts with --- or +++, whatever follows them.
  const end = lines.findIndex((line, index) => index > 0 && (line.startsWith('---') || line.startsWith('+++')));
  const indented = lines.findIndex((line, index) => index > 0 && (end === -1 || index < end) && looksLikeDelimiter(line));
  if (indented !== -1) {
    return refuse(indented + 1, `line ${indented + 1} ("${lines[indented]!.slice(0, 40)}") looks like the end of the fields but does not start the line exactly as --- does`);
  }
  if (end === -1) {
    if (compilers !== undefined) return refuse(1, 'the build would read the frontmatter differently from the check');
    return { hasFrontmatter: false, frontmatter: '', body: text, bodyLine: 1, frontmatterEndLine: 1, unclosed: true };
  }
  if (lines[end] !== '---') return refuse(end + 1, `line ${end + 1} ("${lines[end]!.slice(0, 40)}") ends the fields but is not exactly ---`);
  // Belt and braces: the block between the two lines must be, byte for byte, what the compiler extracts.
  const offset = [...text.matchAll(/\r?\n/g)][end - 1]!;
  const closing = offset.index + offset[0].length;
  if (compilers !== text.slice(3, closing) || text.slice(closing, closing + 3) !== '---') {
    return refuse(1, 'the build would read the frontmatter differently from the check');
  }
  return {
    hasFrontmatter: true,
    frontmatter: `\n${lines.slice(1, end).join('\n')}`,
    // Exactly the text the compiler compiles: the frontmatter blanked out with spaces, line breaks kept.
    body: `   ${compilers.replace(/[^\r\n]/g, ' ')}   ${text.slice(closing + 3)}`,
    bodyLine: end + 2,
    frontmatterEndLine: end + 1,
    unclosed: false,
  };
}

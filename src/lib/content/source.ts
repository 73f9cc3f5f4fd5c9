/**
 * Reading a content file as text, the way every later rule sees it: UTF-8 only (a byte-order mark is
 * dropped, CRLF line endings are kept and accepted), and a page split once into frontmatter and body.
 * The split pads each half with blank lines so that a parser's line numbers are the file's own.
 */

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
  /** The body, preceded by blank lines so that its line numbers are the file's. */
  body: string;
  /** The line of the file where the body starts. */
  bodyLine: number;
  /** The line of the closing ---, or of the opening one when the frontmatter is never closed. */
  frontmatterEndLine: number;
  /** The frontmatter was opened with --- and never closed. */
  unclosed: boolean;
}

export function splitPage(text: string): PageSource {
  const lines = text.split(/\r?\n/);
  const opens = lines[0]?.trim() === '---';
  const end = opens ? lines.findIndex((line, index) => index > 0 && line.trim() === '---') : -1;
  if (!opens || end === -1) {
    return { hasFrontmatter: false, frontmatter: '', body: text, bodyLine: 1, frontmatterEndLine: 1, unclosed: opens };
  }
  return {
    hasFrontmatter: true,
    frontmatter: `\n${lines.slice(1, end).join('\n')}`,
    body: `${'\n'.repeat(end + 1)}${lines.slice(end + 1).join('\n')}`,
    bodyLine: end + 2,
    frontmatterEndLine: end + 1,
    unclosed: false,
  };
}

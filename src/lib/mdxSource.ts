/**
 * Reading an MDX page the way the build does (Markdown, MDX and GitHub tables), keeping every node's
 * line number in the file so a problem can say exactly where it is.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export interface PageSource {
  /** The frontmatter text between the --- lines ('' when there is none). */
  frontmatter: string;
  /** The line in the file where the frontmatter text starts (2 when the file starts with ---). */
  frontmatterLine: number;
  /** Whether the file has a frontmatter block at all. */
  hasFrontmatter: boolean;
  /** The body after the closing ---. */
  body: string;
  /** The line in the file where the body starts. */
  bodyLine: number;
}

export function splitPage(source: string): PageSource {
  const lines = source.split(/\r?\n/);
  const end = lines[0]?.trim() === '---' ? lines.findIndex((line, index) => index > 0 && line.trim() === '---') : -1;
  if (end === -1) return { frontmatter: '', frontmatterLine: 1, hasFrontmatter: false, body: source, bodyLine: 1 };
  return {
    frontmatter: lines.slice(1, end).join('\n'),
    frontmatterLine: 2,
    hasFrontmatter: true,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}

/** Parses MDX. Throws (with `line` and `reason`) when the text is not valid MDX, as the build would. */
export function parseMdx(text: string): Root {
  return parser.parse(text) as Root;
}

/** Where an MDX syntax error is, and what it says, from the error the parser throws. */
export function mdxSyntaxError(error: unknown): { line: number; reason: string } {
  const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string };
  const text = (e.reason ?? e.message ?? String(error)).split('\n')[0];
  // The parser names the place as (line:column-line:column) in the reason, for some errors only there.
  const place = /\s*\((\d+):\d+(?:-\d+:\d+)?\)\s*$/.exec(text);
  const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? (place ? Number(place[1]) : 1);
  return { line, reason: place ? text.slice(0, place.index) : text };
}

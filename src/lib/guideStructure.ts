/**
 * The fixed shape of a One Minute Guide: four questions, in order, and short enough to read in a minute.
 * A carer learns where the "what do I do" part is once and finds it in every guide, so the build fails a
 * guide that drifts from the shape (content.config.ts) and `npm run check` reports the same problems.
 *
 * Pass the guide's MDX text, with or without its frontmatter: line numbers are counted in the text given,
 * so passing the whole file gives the line numbers an editor shows.
 */

export interface GuideProblem {
  line: number;
  message: string;
}

export const guideHeadings = [
  'What is it?',
  'Why does it matter?',
  'What do I need to do?',
  'Where can I find out more?',
] as const;

export const guideWordLimit = 350;

const headingList = guideHeadings.map((h) => `"## ${h}"`).join(', ');

interface Line {
  text: string;
  line: number;
}

/** The body's lines with their line numbers, skipping frontmatter and fenced code. */
function bodyLines(source: string): Line[] {
  const lines = source.split(/\r?\n/);
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((text, index) => index > 0 && text.trim() === '---');
    if (end !== -1) start = end + 1;
  }
  const result: Line[] = [];
  let fence: string | undefined;
  for (let index = start; index < lines.length; index++) {
    const text = lines[index];
    const fenceMatch = /^\s*(```|~~~)/.exec(text);
    if (fenceMatch) {
      fence = fence === undefined ? fenceMatch[1] : fence === fenceMatch[1] ? undefined : fence;
      continue;
    }
    if (fence === undefined) result.push({ text, line: index + 1 });
  }
  return result;
}

interface Heading {
  level: number;
  text: string;
  line: number;
}

function headingsIn(lines: Line[]): Heading[] {
  const headings: Heading[] = [];
  lines.forEach(({ text, line }, index) => {
    const atx = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(text);
    if (atx) {
      headings.push({ level: atx[1].length, text: atx[2].trim(), line });
      return;
    }
    const html = /^\s*<h([1-6])\b[^>]*>(.*?)<\/h\1>/i.exec(text);
    if (html) {
      headings.push({ level: Number(html[1]), text: html[2].replace(/<[^>]+>/g, '').trim(), line });
      return;
    }
    // A line of = or - under a paragraph line is also a heading (setext), easy to make by accident.
    const previous = lines[index - 1];
    if (/^ {0,3}(=+|-+)\s*$/.test(text) && previous && previous.line === line - 1 && previous.text.trim() !== '' &&
      !/^\s*([-*+]|\d+[.)])\s/.test(previous.text) && !/^\s*</.test(previous.text)) {
      headings.push({ level: text.trim().startsWith('=') ? 1 : 2, text: previous.text.trim(), line: previous.line });
    }
  });
  return headings;
}

/** The words a reader reads in a line: no heading text, markup, link addresses or component tags. */
function wordsIn(text: string): string[] {
  const readable = text
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // HTML and MDX component tags
    .replace(/\{[^}]*\}/g, ' ') // MDX expressions
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: keep the text
    .replace(/^\s*(>\s*)*/, '') // quote markers
    .replace(/^\s*([-*+]|\d+[.)])\s+/, '') // list markers
    .replace(/[*_`~|]/g, ' ');
  return readable.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

export function guideWordCount(source: string): number {
  return guideStructure(source).words;
}

function guideStructure(source: string) {
  const lines = bodyLines(source);
  const headings = headingsIn(lines);
  const headingLines = new Set(headings.map((h) => h.line));
  let words = 0;
  let lineOfFirstWordOver: number | undefined;
  for (const { text, line } of lines) {
    if (headingLines.has(line) || /^ {0,3}(=+|-+)\s*$/.test(text)) continue;
    words += wordsIn(text).length;
    if (lineOfFirstWordOver === undefined && words > guideWordLimit) lineOfFirstWordOver = line;
  }
  const lastLine = lines.at(-1)?.line ?? 1;
  return { headings, words, lineOfFirstWordOver, lastLine };
}

export function guideStructureProblems(body: string): GuideProblem[] {
  const { headings, words, lineOfFirstWordOver, lastLine } = guideStructure(body);
  const problems: GuideProblem[] = [];

  for (const h of headings.filter((h) => h.level === 1)) {
    problems.push({
      line: h.line,
      message: `remove the "# ${h.text}" heading: the guide's title is its page heading, and a guide's headings are ${headingList}.`,
    });
  }

  const sections = headings.filter((h) => h.level === 2);
  let expected = 0;
  const seen = new Set<string>();
  for (const h of sections) {
    const known = guideHeadings.findIndex((name) => name.toLowerCase() === h.text.toLowerCase());
    if (known === -1) {
      problems.push({
        line: h.line,
        message: `"## ${h.text}" is not one of the four One Minute Guide headings (${headingList}): put this text under one of them, with "###" or bold text if it needs its own heading.`,
      });
      continue;
    }
    const name = guideHeadings[known];
    if (seen.has(name)) {
      problems.push({ line: h.line, message: `"## ${name}" appears twice: a guide has each of its four headings once.` });
      continue;
    }
    seen.add(name);
    if (h.text !== name) {
      problems.push({ line: h.line, message: `write the heading exactly as "## ${name}".` });
    }
    if (known < expected) {
      problems.push({
        line: h.line,
        message: `"## ${name}" is out of order: a guide's headings come in this order: ${headingList}.`,
      });
    }
    expected = Math.max(expected, known + 1);
  }
  for (const name of guideHeadings) {
    if (seen.has(name)) continue;
    const next = sections.find((h) => guideHeadings.indexOf(h.text as (typeof guideHeadings)[number]) > guideHeadings.indexOf(name));
    problems.push({
      line: next?.line ?? lastLine,
      message: `the heading "## ${name}" is missing: every One Minute Guide has ${headingList}, in that order.`,
    });
  }

  if (words > guideWordLimit) {
    problems.push({
      line: lineOfFirstWordOver ?? 1,
      message: `the guide has ${words} words, over the ${guideWordLimit}-word limit for a One Minute Guide: cut ${words - guideWordLimit} words, starting from this line (where it passes the limit), and leave the detail to the handbook pages it links to.`,
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}

/**
 * A paragraph, list or box written without a blank line in it for thousands of characters is not
 * readable on a phone, and it is the one shape on which Markdown parsers (the build's among them) take
 * time that grows with the square of its length. So a run of lines with no blank line between them is
 * limited to `maxBlock` characters before the page is parsed at all, and so is each row of a table
 * (tables are read a row at a time, so a long table is fine). The longest run in the handbook today is
 * about 2,500 characters. Linear in the page.
 */
import type { Finding } from '../problem.ts';

export const maxBlock = 8000;

export function longBlockProblems(body: string): Finding[] {
  const problems: Finding[] = [];
  let runStart = 0;
  let runLength = 0;
  const lines = body.split('\n');
  const flush = (endLine: number) => {
    if (runLength > maxBlock) {
      problems.push({
        line: runStart,
        what: `${endLine === runStart ? `line ${runStart} is` : `lines ${runStart} to ${endLine} are`} ${runLength.toLocaleString('en-GB')} characters with no blank line, over the ${maxBlock.toLocaleString('en-GB')} a paragraph or list may be`,
        fix: 'put a blank line between paragraphs, and split very long lists or paragraphs: readers on a phone need short blocks of text.',
      });
    }
    runLength = 0;
  };
  lines.forEach((line, index) => {
    const number = index + 1;
    if (line.trim() === '') {
      flush(number - 1);
      return;
    }
    // A table row is parsed on its own: it counts alone.
    if (/^\s*\|/.test(line)) {
      flush(number - 1);
      runStart = number;
      runLength = line.length;
      flush(number);
      return;
    }
    if (runLength === 0) runStart = number;
    runLength += line.length + 1;
  });
  flush(lines.length);
  return problems;
}

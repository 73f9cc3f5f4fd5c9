/**
 * Headings: the page title is the only h1 (it comes from `title:`), and levels never skip (h2 straight to
 * h4), because screen-reader users move around a page by its headings.
 */
import { toString } from 'mdast-util-to-string';
import type { Heading, Root } from 'mdast';
import type { Finding } from '../problem.ts';
import { placeOf, walk } from '../mdx.ts';

/** The deepest heading a page may use: the printable handbook puts each page two levels lower, and h6 is the last. */
export const maxHeadingDepth = 4;

export function headingProblems(tree: Root): Finding[] {
  const problems: Finding[] = [];
  let previous = 1;
  walk(tree, (node) => {
    if (node.type !== 'heading') return;
    const heading = node as Heading;
    const text = toString(heading);
    if (heading.depth === 1) {
      problems.push({
        ...placeOf(node),
        what: `"# ${text}" is a top-level heading (h1) in the page body`,
        fix: 'the page title is the only h1 and comes from title: in the frontmatter. Use ## for a main heading.',
      });
    } else if (heading.depth > maxHeadingDepth) {
      problems.push({
        ...placeOf(node),
        what: `the heading "${text}" is level ${heading.depth} (${'#'.repeat(heading.depth)}), deeper than the ${maxHeadingDepth} levels a page may use`,
        fix: `use ${'#'.repeat(maxHeadingDepth)} at most: in the printable handbook every page sits two levels lower (under its part and its title), and HTML has no heading deeper than h6.`,
      });
    } else if (heading.depth > previous + 1) {
      problems.push({
        ...placeOf(node),
        what: `the heading "${text}" jumps from level ${previous} to level ${heading.depth} (${'#'.repeat(heading.depth)})`,
        fix: `use ${'#'.repeat(previous + 1)} for this heading, so no level is skipped; screen-reader users move around a page by its heading levels.`,
      });
    }
    previous = heading.depth;
  });
  return problems;
}

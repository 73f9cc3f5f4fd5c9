/**
 * Stage 2 of the pipeline for a page: split once and parse once. The file's text (files.ts) is split the
 * compiler's way (source.ts), its frontmatter read once as YAML with its lines (yaml.ts), its body
 * bounded (rules/blockSize.ts) and parsed once by the compiler's own parser (mdx.ts). This is the one
 * module whose output the compiler also uses: the body it parses is the text that is compiled, and the
 * build's loaders take the frontmatter from here (readFrontmatter, src/content.config.ts).
 */
import type { Root } from 'mdast';
import { readText, sizeLimits } from './files.ts';
import { mdxParseProblem, nestingProblem, parseMdx } from './mdx.ts';
import type { Finding } from './problem.ts';
import { longBlockProblems } from './rules/blockSize.ts';
import { splitPage } from './source.ts';
import { readYaml, type YamlSource } from './yaml.ts';

export interface ParsedPage {
  /** The file's text, when it could be read. */
  text?: string;
  /** The frontmatter as written, when it is a set of fields. */
  frontmatter?: Record<string, unknown>;
  /** The frontmatter's YAML, for the line of each field. */
  yaml?: YamlSource;
  /** The body's tree, when it could be parsed (and is not nested past reason). */
  tree?: Root;
}

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A page read, split and parsed, with what stopped any of it. */
export function parsePage(root: string, file: string): { page: ParsedPage; findings: Finding[] } {
  const page: ParsedPage = {};
  const read = readText(root, file, sizeLimits.page);
  if ('problem' in read) return { page, findings: [read.problem] };
  page.text = read.text;
  const source = splitPage(read.text);
  const findings: Finding[] = [];
  if (source.ambiguous) return { page, findings: [source.ambiguous] };
  if (source.unclosed) {
    findings.push({ line: 1, what: 'the frontmatter that starts on line 1 is never closed', fix: 'add a line of three hyphens (---) after the last field, before the text of the page.' });
  } else if (!source.hasFrontmatter) {
    findings.push({
      line: 1,
      what: 'the page has no frontmatter',
      fix: 'the file must start with a line of three hyphens (---), then the fields (title, summary, reviewed…), then another --- line. Copy the top of a similar page, or start with npm run new.',
    });
  } else {
    const yaml = readYaml(source.frontmatter);
    findings.push(...yaml.problems);
    if (yaml.value !== undefined) {
      if (isMap(yaml.value)) {
        page.frontmatter = yaml.value;
        page.yaml = yaml;
      } else {
        findings.push({ line: 2, what: 'the frontmatter is not a list of fields', fix: 'write one "field: value" per line between the --- lines.' });
      }
    }
  }
  const tooLong = longBlockProblems(source.body);
  if (tooLong.length > 0) return { page, findings: [...findings, ...tooLong] };
  try {
    page.tree = parseMdx(source.body);
    const tooDeep = nestingProblem(page.tree);
    if (tooDeep) {
      // The rules walk the tree; one nested past reason is refused before they do.
      findings.push(tooDeep);
      page.tree = undefined;
    }
  } catch (error) {
    findings.push(mdxParseProblem(error));
  }
  return { page, findings };
}

/** A page's frontmatter as written, read the same way the check reads it (for the build's loaders). */
export function readFrontmatter(root: string, file: string): Record<string, unknown> | undefined {
  const read = readText(root, file, sizeLimits.page);
  if ('problem' in read) return undefined;
  const source = splitPage(read.text);
  if (source.ambiguous || !source.hasFrontmatter) return undefined;
  const value = readYaml(source.frontmatter).value;
  return isMap(value) ? value : undefined;
}

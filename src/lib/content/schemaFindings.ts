/**
 * Stage 3 of the pipeline, the schemas (schemas.ts) applied: a Zod issue as a problem an editor can act
 * on, with its own message where the schema wrote one (`says`), at the line of the field in the file.
 */
import type { z } from 'astro/zod';
import { heard, printable, type Finding } from './problem.ts';
import { closestIds, listInWords } from './suggest.ts';
import type { YamlSource } from './yaml.ts';

/** More problems than this with one file's fields are summed up in one line: fixing the first shows what is left. */
export const issuesListed = 30;

/** Zod's issues as problems: its own message where the schema wrote one, its path's line in the file. */
export function schemaFindings(error: z.ZodError, yaml: YamlSource, base: (string | number)[], fieldNames: readonly string[], what: string): Finding[] {
  const findings: Finding[] = [];
  let more = 0;
  const add = (finding: () => Finding) => {
    if (findings.length < issuesListed) findings.push(finding());
    else more++;
  };
  for (const issue of error.issues) {
    const path = [...base, ...(issue.path as (string | number)[])];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        add(() => ({
          line: yaml.lineOf([...path, key]),
          what: `"${printable(key)}" is not a field ${issue.path.length === 0 ? what : `of ${issue.path.join('.')}`} can have`,
          fix:
            key === 'layout' && what === 'pages'
              ? 'delete it: the build would load the file it names and run it as code. Every page has the handbook’s own layout.'
              : `did you mean ${listInWords(closestIds(key, issue.path.length === 0 ? fieldNames : ['title', 'url', 'note', 'date', 'summary']))}? Field names are case-sensitive (see CONTRIBUTING.md, "Every frontmatter field").`,
        }));
      }
      continue;
    }
    add(() => {
      const message = issue.message.includes('\n')
        ? heard(issue.message)
        : { what: `${issue.path.join('.') || 'this entry'} is not what the field takes`, fix: 'compare it with the same field in a similar file, and see CONTRIBUTING.md, "Every frontmatter field".' };
      return { line: yaml.lineOf(path), ...message };
    });
  }
  if (more > 0) {
    findings.push({
      line: yaml.lineOf(base),
      what: `and ${more} more problem${more === 1 ? '' : 's'} with the fields here`,
      fix: 'fix the problems listed first, then run the check again to see the rest.',
    });
  }
  return findings;
}

/** Field names of a (refined) Zod object, for "did you mean" suggestions. */
export function fieldsOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}


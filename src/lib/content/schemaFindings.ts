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

/**
 * Zod's issues as problems: its own message where the schema wrote one, its path's line in the file. A
 * field the schema does not know is answered with the closest of the fields it does know where it was
 * written (`schema`: at the top, or in an item of a list: `sumary` in a change is "summary").
 */
export function schemaFindings(error: z.ZodError, yaml: YamlSource, base: (string | number)[], schema: unknown, what: string): Finding[] {
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
        const known = closestIds(key, fieldsAt(schema, issue.path as PropertyKey[]));
        add(() => ({
          line: yaml.lineOf([...path, key]),
          what: `"${printable(key)}" is not a field ${issue.path.length === 0 ? what : `of ${issue.path.join('.')}`} can have`,
          fix:
            key === 'layout' && what === 'pages'
              ? 'delete it: the build would load the file it names and run it as code. Every page has the handbook’s own layout.'
              : known.length > 0
                ? `did you mean ${listInWords(known)}? Field names are case-sensitive (see CONTRIBUTING.md, "Every frontmatter field").`
                : 'delete it, or check its name in CONTRIBUTING.md, "Every frontmatter field".',
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
  const shape = (unwrapped(schema) as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

interface SchemaDef {
  type: string;
  innerType?: unknown;
  out?: unknown;
  element?: unknown;
  shape?: Record<string, unknown>;
}
const defOf = (schema: unknown) => (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;

/** The schema inside an optional field, a default, or a list counted before its items are checked (a pipe). */
function unwrapped(schema: unknown): unknown {
  let at = schema;
  for (let depth = 0; depth < 10; depth++) {
    const def = defOf(at);
    if (def && def.innerType !== undefined && ['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(def.type)) at = def.innerType;
    else if (def?.type === 'pipe') at = def.out;
    else return at;
  }
  return at;
}

/** The field names where `path` leads in `schema` (a field, then a list's item, …); none where it leads nowhere known. */
export function fieldsAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  let at = unwrapped(schema);
  for (const step of path) {
    const def = defOf(at);
    if (def?.type === 'object' && def.shape && typeof step === 'string') at = unwrapped(def.shape[step]);
    else if (def?.type === 'array') at = unwrapped(def.element);
    else return [];
  }
  return fieldsOf(at);
}


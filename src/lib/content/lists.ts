/**
 * Stages 1 to 3 for the YAML lists (standards, parts, glossary, contacts, synonyms, the editorial log):
 * each file read (files.ts), parsed once with its lines (yaml.ts), each entry given its id and checked
 * against its schema (schemas.ts). The published lists are also checked for invisible characters.
 */
import { readText, sizeLimits } from './files.ts';
import { couldNotRead, inFile, type Finding, type Problem } from './problem.ts';
import { invisibleCharacterProblems, invisibleCharacterValueProblems } from './rules/invisibleCharacters.ts';
import { schemaFindings } from './schemaFindings.ts';
import { dataSchemas, siteSettingsSchema, type DataCollection, type SiteSettings } from './schemas.ts';
import { readYaml } from './yaml.ts';

/** The YAML lists the site is built from, each a file of entries with an `id`. */
export const dataFiles = {
  standards: 'content/standards.yaml',
  parts: 'content/parts.yaml',
  glossary: 'content/glossary.yaml',
  contacts: 'content/contacts.yaml',
  synonyms: 'content/synonyms.yaml',
} as const satisfies Partial<Record<DataCollection, string>>;

/** The editorial log: a folder of YAML lists for staff, whose entries have no id of their own. */
export const editorialLogFolder = 'content/editorial-log';

export type ListCollection = keyof typeof dataFiles;

export interface DataEntry {
  id: string;
  file: string;
  line: number;
  /** The entry as written (without its id), for the build's loaders. */
  raw: Record<string, unknown>;
}

/** The most entries each list may have: well above what a handbook needs, and each is checked against every page. */
export const maxEntries: Record<DataCollection, number> = { contacts: 300, glossary: 1000, standards: 1000, parts: 100, synonyms: 1000, editorialLog: 5000 };

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One YAML list file (or editorial-log file): its entries with their lines, checked against its schema. */
export function readList(root: string, file: string, collection: DataCollection): { entries: DataEntry[]; problems: Problem[] } {
  try {
    return readListOrThrow(root, file, collection);
  } catch (error) {
    return { entries: [], problems: [couldNotRead(file, error)] };
  }
}

function readListOrThrow(root: string, file: string, collection: DataCollection): { entries: DataEntry[]; problems: Problem[] } {
  const read = readText(root, file, sizeLimits.data);
  if ('problem' in read) return { entries: [], problems: inFile(file, [read.problem]) };
  // The lists are published; the editorial log is for staff only.
  const hidden = collection === 'editorialLog' ? [] : invisibleCharacterProblems(read.text);
  const yaml = readYaml(read.text);
  if (yaml.value === undefined && yaml.problems.length > 0) return { entries: [], problems: inFile(file, [...hidden, ...yaml.problems]) };
  if (yaml.value == null) return { entries: [], problems: inFile(file, hidden) };
  if (!Array.isArray(yaml.value)) {
    return { entries: [], problems: inFile(file, [{ line: 1, what: 'the file is not a list of entries', fix: 'start each entry with "- " at the beginning of a line, as in the other entries of this kind.' }]) };
  }
  if (yaml.value.length > maxEntries[collection]) {
    return {
      entries: [],
      problems: inFile(file, [
        { line: 1, what: `the file has ${yaml.value.length} entries, more than the ${maxEntries[collection]} a ${collection} list may have`, fix: 'check nothing was pasted in twice; the handbook is read on phones, and every entry is checked against every page.' },
      ]),
    };
  }
  const schema = dataSchemas[collection];
  const hasIds = collection !== 'editorialLog';
  const findings: Finding[] = [...yaml.problems];
  const entries: DataEntry[] = [];
  const firstUse = new Map<string, number>();
  const base = file.split('/').pop()!.replace(/\.ya?ml$/, '');
  yaml.value.forEach((item: unknown, index) => {
    const line = yaml.lineOf([index]) ?? 1;
    if (!isMap(item)) {
      findings.push({ line, what: 'this entry is not a set of fields', fix: 'write each entry as "- id: …" followed by its fields, indented to line up.' });
      return;
    }
    const { id, ...fields } = item;
    if (hasIds) {
      if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
        findings.push({ line, what: id === undefined ? 'this entry has no id' : `the id "${String(id)}" is not lower-case letters and numbers joined by hyphens`, fix: 'start the entry with "- id: " and a short lower-case name, for example "- id: fostering-on-call".' });
        return;
      }
      const first = firstUse.get(id);
      if (first !== undefined) {
        findings.push({ line, what: `the id "${id}" is used twice in ${file.split('/').pop()} (first on line ${first})`, fix: 'every id must be different: the second entry would silently replace the first. Merge the two entries or give this one its own id.' });
        return;
      }
      firstUse.set(id, line);
    }
    if (hasIds) findings.push(...invisibleCharacterValueProblems(fields, (path) => yaml.lineOf([index, ...path])));
    const result = schema.safeParse(fields);
    if (!result.success) findings.push(...schemaFindings(result.error, yaml, [index], schema, 'an entry here'));
    entries.push({ id: hasIds ? (id as string) : `${base}-${index + 1}`, file, line, raw: fields });
  });
  return { entries, problems: inFile(file, [...hidden, ...findings]) };
}


/** The site's settings: who publishes the handbook and where (one set of fields, not a list). */
export const settingsFile = 'content/site.yaml';

/** content/site.yaml read and checked; no settings when it fails. */
export function readSettings(root: string, documentIds?: readonly string[]): { settings?: SiteSettings; problems: Problem[] } {
  try {
    const read = readText(root, settingsFile, sizeLimits.data);
    if ('problem' in read) return { problems: inFile(settingsFile, [read.problem]) };
    const hidden = invisibleCharacterProblems(read.text);
    const yaml = readYaml(read.text);
    const findings: Finding[] = [...hidden, ...yaml.problems];
    if (yaml.value === undefined) return { problems: inFile(settingsFile, findings) };
    findings.push(...invisibleCharacterValueProblems(yaml.value, yaml.lineOf));
    const schema = siteSettingsSchema(documentIds);
    const result = schema.safeParse(yaml.value);
    if (!result.success) findings.push(...schemaFindings(result.error, yaml, [], schema, 'content/site.yaml'));
    return { settings: findings.length === 0 && result.success ? result.data : undefined, problems: inFile(settingsFile, findings) };
  } catch (error) {
    return { problems: [couldNotRead(settingsFile, error)] };
  }
}

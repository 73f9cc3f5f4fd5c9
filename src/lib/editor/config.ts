/**
 * The browser editor's configuration (Sveltia CMS), generated from the content schemas the gate checks
 * (src/lib/content/schemas.ts) and the lists the site is built from, never written by hand: one field per
 * schema field, in staff's words (fieldWords.ts); required fields, lengths, list sizes and number ranges
 * read from the schema itself by asking it what it accepts; ids offered as choices read from their own
 * files; dates as dates. A schema field with no words is an error here, so the unit test fails with its
 * name (tests/unit/editor/config.test.ts).
 *
 * The build writes it into the editor's bundle (scripts/lib/editor.ts). Pure.
 */
import type { z } from 'astro/zod';
import { contentTypeLabels, contentTypes, type ContentType } from '../routes.ts';
import { dataFiles, type ListCollection } from '../content/lists.ts';
import { dataSchemas, pageSchemas } from '../content/schemas.ts';
import { documentTemplate, guideTemplate, placeholderMark, sectionTemplate } from '../scaffold.ts';
import {
  listFieldWords,
  listLabels,
  pageFieldWords,
  staffOnlyNote,
  withUsualReview,
  type ChoiceList,
  type FieldWords,
} from './fieldWords.ts';
import { readPage, listKey, sourceKey, type FieldDefaults } from './fileFormat.ts';

/** A choice offered by a field: the id written to the file, and what staff see. */
export interface Choice {
  value: string;
  label: string;
}

export interface EditorSite {
  /** The choices each list of ids offers, read from its file (and the handbook's pages). */
  choices: Record<ChoiceList, Choice[]>;
  /** The site's stylesheet(s), for the preview. */
  previewStyles: string[];
  /** owner/name of the repository on GitHub, and its main branch. */
  repo: string;
  branch: string;
  /** What the editor calls itself: the handbook's name and "editor". */
  title: string;
  /** The council's usual months between reviews of a page (reviewEveryMonths in content/site.yaml), for the review fields' hints. */
  reviewEveryMonths: number;
}

/** Written into a new page's dates; the editor puts today's date in its place when it opens (admin.ts). */
export const todayMark = '{{today}}';

/** The formats the editor reads and writes files with (fileFormat.ts), registered by src/admin/admin.ts. */
// Sveltia accepts a .mdx collection only in a format whose name says frontmatter.
export const pageFormat = 'handbook-page-frontmatter';
export const listFormat = (list: ListCollection) => `handbook-list-${list}`;

/**
 * The field that shows a page's file name and holds a new page's (src/admin/fileName.ts): the slug
 * template reads it, so a new page's file is named by the function `npm run new` uses. Never written to
 * the file (admin.ts leaves it out); no schema may have a field of this name.
 */
export const fileNameField = 'fileName';
export const fileNameWidget = 'handbook-file-name';

/** Patterns the schema checks in code, written for the editor; the unit test holds them to the schema. */
export const editorPatterns = {
  id: ['^[a-z0-9]+(-[a-z0-9]+)*$', 'Use lower-case letters and numbers joined by hyphens, for example fostering-on-call.'],
  phone: ['^\\+?\\d[\\d ]*\\d$', 'Write only the digits, grouped with single spaces, for example 0161 496 0000 or 999.'],
  https: ['^https://', 'Write the full address, starting https://.'],
  words: ['[A-Za-z0-9]', 'Write the title in words: the page’s file name and address are made from it.'],
} as const satisfies Record<string, readonly [string, string]>;

type Schema = z.ZodType;
type Def = {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  entries?: Record<string, string>;
  defaultValue?: unknown;
  options?: Schema[];
};
const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const accepts = (schema: Schema, value: unknown) => schema.safeParse(value).success;

interface Unwrapped {
  base: Schema;
  /** The field's schema with its own checks (a list's size) before a pipe is looked through. */
  whole: Schema;
  optional: boolean;
  defaultValue?: unknown;
  date: boolean;
}

/** The field's own type under optional(), default(), nullable(); dates are the pipe that makes a Date. */
function unwrap(schema: Schema): Unwrapped {
  let base = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(base);
    if (def.type === 'optional' || def.type === 'nullable') {
      if (def.type === 'optional') optional = true;
      base = def.innerType!;
    } else if (def.type === 'default') {
      optional = true;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      base = def.innerType!;
    } else break;
  }
  const result = base.safeParse('2026-04-01');
  const date = defOf(base).type === 'pipe' && result.success && result.data instanceof Date;
  // A list counted before its items are checked (schemas.ts, boundedList) is a pipe into the list itself.
  const out = (defOf(base) as Def & { out?: Schema }).out;
  if (!date && defOf(base).type === 'pipe' && out && defOf(out).type === 'array')
    return { ...unwrap(out), whole: base, optional, defaultValue };
  return { base, whole: base, optional, defaultValue, date };
}

/** A value the schema accepts, for asking it about lengths and sizes. */
function sampleOf(schema: Schema, choices: Choice[] = []): unknown {
  const { base, date } = unwrap(schema);
  if (date) return '2026-04-01';
  const def = defOf(base);
  const tries: Record<string, unknown[]> = {
    string: ['a', ...choices.map((c) => c.value)],
    number: [1],
    boolean: [true],
    enum: Object.values(def.entries ?? {}),
  };
  if (def.type === 'array') return [sampleOf(def.element!, choices)];
  if (def.type === 'object') return Object.fromEntries(Object.entries(def.shape!).map(([k, v]) => [k, sampleOf(v, choices)]));
  return (tries[def.type] ?? ['a']).find((value) => accepts(base, value));
}

/** The most characters the schema allows in a text field, if it sets a limit (up to 5000). */
function maxLength(schema: Schema): number | undefined {
  if (!accepts(schema, 'a') || accepts(schema, 'a'.repeat(5000))) return undefined;
  let low = 1;
  let high = 5000;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (accepts(schema, 'a'.repeat(mid))) low = mid;
    else high = mid;
  }
  return low;
}

/** The fewest and most items a list may have, asked of the schema with a valid item (up to 50). */
function listSize(schema: Schema, item: unknown): { min?: number; max?: number } {
  if (item === undefined) return {};
  const ok = (n: number) => accepts(schema, new Array(n).fill(item));
  const min = [0, 1, 2, 3, 4, 5].find(ok);
  let max: number | undefined;
  if (min !== undefined && !ok(50)) for (let n = min; n < 50 && ok(n); n++) max = n;
  return { ...(min ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/** The lowest and highest whole number allowed, if the schema limits them (within ±1000). */
function numberRange(schema: Schema): { min?: number; max?: number } {
  const range: { min?: number; max?: number } = {};
  const numbers = Array.from({ length: 2001 }, (_, index) => index - 1000);
  if (!accepts(schema, -1000)) range.min = numbers.find((n) => accepts(schema, n));
  if (!accepts(schema, 1000)) range.max = numbers.findLast((n) => accepts(schema, n));
  return range;
}

type Field = Record<string, unknown>;

interface Context {
  site: EditorSite;
  words: Record<string, FieldWords>;
  where: string;
  /** Field names whose value must match a pattern the schema checks in code. */
  patterns?: Record<string, keyof typeof editorPatterns>;
}

/** One editor field for one schema field. */
function fieldFor(name: string, schema: Schema, context: Context, path = name): Field {
  const words = context.words[path];
  if (!words)
    throw new Error(`${context.where}: the schema field "${path}" has no editor field: give it a label in src/lib/editor/fieldWords.ts.`);
  const { base, whole, optional, defaultValue, date } = unwrap(schema);
  const def = defOf(base);
  const field: Field = {
    name,
    label: `${words.label}${words.staffOnly ? staffOnlyNote : ''}`,
    ...(words.hint ? { hint: words.hint } : {}),
    required: !optional,
  };
  const choices = words.choices ? context.site.choices[words.choices] : undefined;
  const pattern = context.patterns?.[path];
  if (date) return { ...field, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  if (def.type === 'boolean') return { ...field, widget: 'boolean', required: false, default: defaultValue ?? false };
  if (def.type === 'number') return { ...field, widget: 'number', value_type: 'int', ...numberRange(base) };
  if (def.type === 'enum') return { ...field, widget: 'select', options: Object.values(def.entries!) };
  // A group of fields (a page's `urgent` block): the editor shows it as one box of its own fields.
  if (def.type === 'object') {
    const fields = Object.entries(def.shape!).map(([sub, subSchema]) => fieldFor(sub, subSchema, context, `${path}.${sub}`));
    return { ...field, widget: 'object', collapsed: true, fields };
  }
  if (def.type === 'array') {
    const element = unwrap(def.element!);
    const size = listSize(whole, sampleOf(def.element!, choices));
    if (defOf(element.base).type === 'object') {
      const fields = Object.entries(defOf(element.base).shape!).map(([sub, subSchema]) =>
        fieldFor(sub, subSchema, context, `${path}.${sub}`),
      );
      return {
        ...field,
        widget: 'list',
        required: !optional || !!size.min,
        ...size,
        ...(words.summary ? { summary: words.summary } : {}),
        ...(words.addToTop ? { add_to_top: true } : {}),
        fields,
      };
    }
    if (choices)
      return { ...field, widget: 'select', multiple: true, options: choices, ...size, required: !!size.min, dropdown_threshold: 0 };
    const length = maxLength(def.element!);
    return {
      ...field,
      widget: 'list',
      required: !!size.min,
      ...size,
      field: { name: 'item', label: words.label, widget: 'string', ...(length ? { maxlength: length } : {}) },
    };
  }
  if (choices) return { ...field, widget: 'select', options: choices, dropdown_threshold: 0 };
  const length = maxLength(base);
  const type = accepts(base, 'someone@example.org') && !accepts(base, 'a') ? { type: 'email' } : {};
  return {
    ...field,
    widget: words.multiline ? 'text' : 'string',
    ...type,
    ...(length ? { maxlength: length } : {}),
    ...(pattern ? { pattern: [...editorPatterns[pattern]] } : {}),
  };
}

const fileNameHint =
  'The page’s file and address, made from the title when the page is new (as npm run new makes it). A page keeps its file name once it is saved.';

/** Field order for a new page: as `npm run new` writes it (src/lib/scaffold.ts), then the rest. */
const pageOrder = [
  'title',
  'summary',
  'part',
  'order',
  'documentDate',
  'standards',
  'related',
  'sources',
  'keyPoints',
  'reviewed',
  'changes',
  'seeAlso',
  'reviewBy',
  'reviewEvery',
  'source',
];

const byOrder = (order: string[]) => (a: string, b: string) => (order.indexOf(a) + 1 || 999) - (order.indexOf(b) + 1 || 999);

/**
 * What `npm run new` starts a page with, as the editor's defaults for a new page: its frontmatter (the
 * placeholder summary and key points, empty lists, today's dates) and its text. Left out: the fields each
 * page has its own value for, which staff choose in the form (title, part, place, sources). The scaffold's
 * whole text is the new page's `sourceKey`, so the file format writes a new page as an edit of the file
 * `npm run new` would write: its fields in its order, with its empty lists (`standards: []`), which the
 * editor itself leaves out of a new entry.
 */
function newPageDefaults(collection: ContentType): Record<string, unknown> {
  const today = new Date('2026-04-01T00:00:00Z');
  const text =
    collection === 'guides'
      ? guideTemplate({ title: 'This topic', source: { id: 'SOURCE', title: 'SOURCE' }, today }).replace(
          '- [SOURCE](/handbook/SOURCE/)',
          `${placeholderMark} link the handbook sections this guide summarises.`,
        )
      : collection === 'documents'
        ? documentTemplate({ title: 'This document', order: 10, today })
        : sectionTemplate({ title: 'This topic', part: 'PART', order: 10, today });
  const { title: _title, part: _part, order: _order, sources: _sources, ...scaffold } = readPage(text);
  return { ...scaffold, reviewed: todayMark, changes: [{ date: todayMark, summary: 'First published.' }] };
}

/** Values each field takes when a file leaves it out: the file format writes no line for them. */
function schemaDefaults(shape: Record<string, Schema>): FieldDefaults {
  return Object.fromEntries(
    Object.entries(shape)
      .map(([name, schema]) => [name, unwrap(schema).defaultValue] as const)
      .filter(([, value]) => value !== undefined),
  );
}

/** A file format the editor registers (src/admin/admin.ts), with the values its fields take when left out. */
export interface EditorFormat {
  kind: 'page' | 'list';
  extension: string;
  defaults: FieldDefaults;
}

export interface GeneratedConfig {
  /** Sveltia CMS's configuration, for CMS.init({ config }). */
  config: Record<string, unknown>;
  formats: Record<string, EditorFormat>;
  previewStyles: string[];
  todayMark: string;
  /** The File name field's name and field type (src/admin/fileName.ts). */
  fileName: { field: string; widget: string };
}

export function editorConfig(site: EditorSite): GeneratedConfig {
  const ids = {
    standardIds: site.choices.standards.map((c) => c.value),
    partIds: site.choices.parts.map((c) => c.value),
    handbookIds: site.choices.handbook.map((c) => c.value),
  };
  const schemas = pageSchemas(ids);
  const formats: Record<string, EditorFormat> = {};
  const pageCollections = contentTypes.map((collection) => {
    const shape = (schemas[collection] as unknown as { shape: Record<string, Schema> }).shape;
    const context: Context = {
      site,
      words: withUsualReview(pageFieldWords, site.reviewEveryMonths),
      where: `content/${collection}`,
      patterns: { title: 'words', 'seeAlso.url': 'https' },
    };
    const newPage = newPageDefaults(collection);
    if (fileNameField in shape) throw new Error(`content/${collection}: the schema field "${fileNameField}" is the editor's own.`);
    const fields = Object.keys(shape)
      .sort(byOrder(pageOrder))
      .map((name) => {
        const field = fieldFor(name, shape[name], context);
        return name in newPage ? { ...field, default: newPage[name] } : field;
      });
    const afterTitle = fields.findIndex((field) => field.name === 'title') + 1;
    const fileName = {
      name: fileNameField,
      label: 'File name',
      widget: fileNameWidget,
      required: false,
      preview: false,
      hint: fileNameHint,
    };
    const body = {
      name: 'body',
      label: pageFieldWords.body.label,
      hint: pageFieldWords.body.hint,
      widget: 'markdown',
      required: true,
      editor_components: ['important', 'note', 'contact'],
      ...('body' in newPage ? { default: newPage.body } : {}),
    };
    // Carried along unseen: a file's own text, and for a new page the scaffold's (newPageDefaults).
    const original = { name: sourceKey, widget: 'hidden', default: newPage[sourceKey] };
    formats[pageFormat] = { kind: 'page', extension: 'mdx', defaults: { ...formats[pageFormat]?.defaults, ...schemaDefaults(shape) } };
    return {
      name: collection,
      label: contentTypeLabels[collection].many,
      label_singular: contentTypeLabels[collection].one,
      folder: `content/${collection}`,
      extension: 'mdx',
      format: pageFormat,
      identifier_field: 'title',
      slug: `{{fields.${fileNameField}}}`,
      summary: '{{title}}',
      sortable_fields: ['title'],
      create: true,
      delete: false,
      preview_path: `/${collection}/{{slug}}/`,
      // The file name is shown right under the title it is made from.
      fields: [...fields.slice(0, afterTitle), fileName, ...fields.slice(afterTitle), body, original],
    };
  });
  const lists = (Object.keys(dataFiles) as ListCollection[]).map((list) => {
    const shape = { id: null, ...(dataSchemas[list] as unknown as { shape: Record<string, Schema> }).shape } as Record<
      string,
      Schema | null
    >;
    const words = listFieldWords[list];
    const context: Context = { site, words, where: dataFiles[list], patterns: { id: 'id', phone: 'phone', web: 'https', url: 'https' } };
    const fields = Object.entries(shape).map(([name, schema]) =>
      schema === null
        ? { name: 'id', label: words.id.label, hint: words.id.hint, widget: 'string', required: true, pattern: [...editorPatterns.id] }
        : fieldFor(name, schema, context),
    );
    formats[listFormat(list)] = {
      kind: 'list',
      extension: 'yaml',
      defaults: schemaDefaults(Object.fromEntries(Object.entries(shape).filter(([, v]) => v)) as Record<string, Schema>),
    };
    const labels = listLabels[list];
    return {
      name: list,
      label: labels.label,
      file: dataFiles[list],
      format: listFormat(list),
      fields: [
        {
          name: listKey,
          label: labels.label,
          label_singular: labels.one,
          widget: 'list',
          summary: labels.summary,
          collapsed: true,
          fields,
        },
      ],
    };
  });
  const config = {
    load_config_file: false,
    backend: {
      name: 'github',
      repo: site.repo,
      branch: site.branch,
      open_authoring: true,
      auth_scope: 'repo',
      commit_messages: {
        create: 'Add {{collection}} “{{slug}}”',
        update: 'Update {{collection}} “{{slug}}”',
        delete: 'Delete {{collection}} “{{slug}}”',
        openAuthoring: '{{message}}',
      },
    },
    publish_mode: 'editorial_workflow',
    app_title: site.title,
    logo: { src: '/favicon.svg' },
    media_folder: 'public/images',
    public_folder: '/images',
    show_preview_links: true,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true },
    collections: [
      ...pageCollections,
      {
        name: 'lists',
        label: 'Lists',
        description: 'The lists pages draw on: contacts, the glossary, search words, the parts of the handbook and the standards.',
        files: lists,
      },
    ],
  };
  return { config, formats, previewStyles: site.previewStyles, todayMark, fileName: { field: fileNameField, widget: fileNameWidget } };
}

/**
 * Stages 3 and 4 of the pipeline for a page: its frontmatter against its collection's schema, then every
 * rule that needs only the page (each a pure function in rules/). A page is checked alone, so the pages
 * can be shared between threads (pageWorker.ts); what the checks across pages need of it (its anchors,
 * links and numbers) comes back with it.
 */
import type { ContentType } from '../routes.ts';
import { overdueMessage, type ReviewDates } from '../reviewCycle.ts';
import { placeholderMark } from '../scaffold.ts';
import { publicFileExists } from './files.ts';
import { parsePage } from './parsePage.ts';
import { couldNotRead, inFile, type Finding, type Problem } from './problem.ts';
import { contactMentionProblems } from './rules/contactMentions.ts';
import { instructionProblems, type InstructedContact } from './rules/instructions.ts';
import { exportDebrisProblems } from './rules/exportDebris.ts';
import { pageQuantities, type Quantity } from './rules/guideNumbers.ts';
import { guideShapeProblems } from './rules/guideShape.ts';
import { headingProblems } from './rules/headings.ts';
import { invisibleCharacterProblems, invisibleCharacterTreeProblems, invisibleCharacterValueProblems } from './rules/invisibleCharacters.ts';
import { keyPointProblems } from './rules/keyPoints.ts';
import { headingAnchors, imageProblems, internalLinks, linkProblems, type InternalLink } from './rules/links.ts';
import { mdxProblems } from './rules/mdxLimits.ts';
import { typedContactProblems, typedContactValueProblems, type ContactNumbers } from './rules/typedContacts.ts';
import { schemaFindings } from './schemaFindings.ts';
import { pageSchemas, type KnownIds } from './schemas.ts';

export interface PageEntry {
  collection: ContentType;
  id: string;
  file: string;
  /** The frontmatter as written, when it could be read. */
  raw?: Record<string, unknown>;
  /** The frontmatter after the schema, when it passed. */
  data?: { title: string } & ReviewDates & Record<string, unknown>;
  titleLine?: number;
}

/** What every page's own checks need to know about the rest of the site (plain data, for a worker too). */
export interface PageContext {
  root: string;
  ids: KnownIds;
  today: Date;
  /** The council's review interval in months (reviewEveryMonths in content/site.yaml). */
  reviewEveryMonths: number;
  contacts: readonly (ContactNumbers & InstructedContact)[];
}

/** A page after its own checks: its data, its problems, and what the checks across pages need of it. */
export interface CheckedPage {
  page: PageEntry;
  problems: Problem[];
  /** Its headings' anchors, which links from other pages may point at (undefined when it cannot be read). */
  anchors?: string[];
  /** Its links to other handbook addresses, for the check that they exist. */
  links: InternalLink[];
  /** The numbers a handbook page or guide states, for the check of each guide against its sources. */
  quantities?: (Quantity & { line?: number })[];
}

/** Text the new-page tool writes where the author still has to write: never published. */
function placeholderProblems(text: string): Finding[] {
  return text.split(/\r?\n/).flatMap((line, index) =>
    line.includes(placeholderMark)
      ? [{ line: index + 1, what: `the page still has "${placeholderMark}" text from npm run new`, fix: `replace every "${placeholderMark}" with the real text: readers would see it.` }]
      : [],
  );
}

/** Each thread's page schemas, built once for its context rather than once a page. */
const schemasOf = new WeakMap<PageContext, ReturnType<typeof pageSchemas>>();

/** A page's own checks: read, split and parse once, schema, and every rule that needs only the page. */
export function checkPage(context: PageContext, collection: ContentType, file: string, id: string): CheckedPage {
  try {
    return checkPageOrThrow(context, collection, file, id);
  } catch (error) {
    return { page: { collection, id, file }, problems: [couldNotRead(file, error)], links: [] };
  }
}

function checkPageOrThrow(context: PageContext, collection: ContentType, file: string, id: string): CheckedPage {
  let schemas = schemasOf.get(context);
  if (!schemas) schemasOf.set(context, (schemas = pageSchemas(context.ids, () => context.today, context.reviewEveryMonths)));
  const { page: parsed, findings } = parsePage(context.root, file);
  const page: PageEntry = { collection, id, file };
  const { tree, text, yaml, frontmatter } = parsed;
  if (frontmatter && yaml) {
    // What readers read outside the body (the title, summary, key points, change notes…) is held to the
    // same rules as the body: no invisible characters, no typed numbers. `source` is for staff.
    const { source: _source, ...published } = frontmatter;
    findings.push(...invisibleCharacterValueProblems(frontmatter, yaml.lineOf), ...typedContactValueProblems(published, context.contacts, yaml.lineOf));
    page.raw = frontmatter;
    page.titleLine = yaml.lineOf(['title']);
    const schema = schemas[collection];
    const result = schema.safeParse(frontmatter);
    if (result.success) page.data = result.data as PageEntry['data'];
    else findings.push(...schemaFindings(result.error, yaml, [], schema, 'pages'));
  }
  const keyPoints = page.data?.keyPoints;
  const keyPointLines = Array.isArray(keyPoints) ? keyPoints.map((_, index) => yaml?.lineOf(['keyPoints', index])) : [];
  let anchors: Set<string> | undefined;
  let links: InternalLink[] = [];
  if (tree) {
    anchors = headingAnchors(tree);
    links = internalLinks(tree);
    findings.push(
      ...invisibleCharacterTreeProblems(tree),
      ...headingProblems(tree),
      ...linkProblems(tree, anchors),
      ...imageProblems(tree, publicFileExists(context.root)),
      ...mdxProblems(tree, context.contacts.map((c) => c.id)),
      ...typedContactProblems(tree, context.contacts),
      ...contactMentionProblems(tree, context.contacts),
      ...instructionProblems(tree, context.contacts, keyPoints, keyPointLines),
    );
    if (collection === 'guides') findings.push(...guideShapeProblems(tree));
    if (collection === 'handbook' && Array.isArray(keyPoints)) findings.push(...keyPointProblems(tree, keyPoints, keyPointLines));
  }
  if (text) findings.push(...placeholderProblems(text), ...exportDebrisProblems(text), ...invisibleCharacterProblems(text));
  if (page.data) {
    const overdue = overdueMessage(page.data, context.today, context.reviewEveryMonths);
    if (overdue) findings.push({ line: yaml?.lineOf(['reviewed']), severity: 'warning', what: 'this page is due for review', fix: overdue });
  }
  const quantities =
    tree && text && page.data && (collection === 'handbook' || collection === 'guides') ? pageQuantities(String(page.data.summary ?? ''), tree, text) : undefined;
  return { page, problems: inFile(file, findings), anchors: anchors && [...anchors], links, quantities };
}

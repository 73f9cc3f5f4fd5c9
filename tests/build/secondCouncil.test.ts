/**
 * Another council can publish its handbook from this code: the site is built (every build step, the PDF
 * edition included) from a fictional council's content/site.yaml and contacts, and a few pages of its own,
 * and its dist/ (every text file, and the PDF's text and properties) must not name Coventry or give any of
 * Coventry's numbers, emails, addresses or its colour. The forbidden
 * strings come from this repository's own content, so a new contact is covered when it is added. Its
 * handbook, service, documents and out-of-hours line have names of their own too, and Coventry's must not
 * appear in their place: the site's own words come from content/site.yaml and contacts.yaml, not code.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { distOf, filesUnder, readPage } from '../../scripts/lib/builtSite.ts';
import { copySiteCode } from '../../scripts/lib/siteCopy.ts';
import { pdfPath } from '../../src/lib/edition.ts';
import { telHref } from '../../src/lib/contacts.ts';
import { appIconColours } from './iconColours.ts';

const root = process.cwd();
const contacts = parse(readFileSync(join(root, 'content/contacts.yaml'), 'utf8')) as Record<string, unknown>[];

/** Every number the handbook gives that is not a national short number, and every email and address line. */
const coventryNumbers = [
  ...new Set(contacts.map((c) => c.phone).filter((p): p is string => typeof p === 'string' && p.replace(/\D/g, '').length > 5)),
];
const coventryEmails = contacts.map((c) => c.email).filter((e): e is string => typeof e === 'string' && /coventry/i.test(e));
/** Coventry's brand colour, which the fictional council's stylesheet, icons and manifest must not carry. */
const coventryColour = (parse(readFileSync(join(root, 'content/site.yaml'), 'utf8')) as { brandColour: string }).brandColour.toLowerCase();

/** The fictional council's contacts: the same ids (the site's pages use some), its own details. */
function northbrookContacts(): string {
  const numbers = new Map(coventryNumbers.map((phone, index) => [phone, `0161 496 ${String(index).padStart(4, '0')}`]));
  const swap = (value: unknown): unknown =>
    typeof value === 'string'
      ? (numbers.get(value) ??
        value
          .replace(/coventry\.gov\.uk/gi, 'northbrook.example')
          .replace(/Coventry/g, 'Northbrook')
          .replace(/Fostering On Call/g, northbrookOnCall)
          .replace(/Fostering Service(?!s)/g, 'Fostering Team')
          .replace(/CV\d \d[A-Z]{2}/g, 'NB1 1AA'))
      : Array.isArray(value)
        ? value.map(swap)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)]))
          : value;
  return stringify(contacts.map(swap));
}

/** Northbrook's out-of-hours line: its own name where Coventry's is Fostering On Call. */
const northbrookOnCall = 'Northbrook Night Line';

const settings = `council: Northbrook County Council
place: Northbrook
service: Fostering Team
handbookTitle: Carers’ Guide
siteUrl: https://carers.northbrook.example
repository: https://github.com/northbrook-county/carers-handbook
branch: main
brandColour: "#4b2a6b"
accessibilityStatementReviewed: 2026-10-05
reviewEveryMonths: 6
`;

let site: string;
before(() => {
  site = mkdtempSync(join(tmpdir(), 'handbook-second-council-'));
  // Readable by nginx's workers, which print its PDF edition (a temporary folder is its owner's alone).
  chmodSync(site, 0o755);
  copySiteCode(root, site, { withScripts: true });
  cpSync(join(root, 'tests/gate/base/content'), join(site, 'content'), { recursive: true });
  // Its pages name its own service.
  for (const name of filesUnder(join(site, 'content'))) {
    const file = join(site, 'content', name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/Fostering Service(?!s)/g, 'Fostering Team'));
  }
  for (const name of ['parts.yaml', 'standards.yaml', 'synonyms.yaml']) cpSync(join(root, 'content', name), join(site, 'content', name));
  const glossary = readFileSync(join(root, 'content/glossary.yaml'), 'utf8')
    .replace(/coventry/gi, (word) => (word[0] === 'C' ? 'Northbrook' : 'northbrook'))
    .replace(/Fostering On Call/g, northbrookOnCall)
    .replace(/Fostering Service(?!s)/g, 'Fostering Team');
  writeFileSync(join(site, 'content/glossary.yaml'), glossary);
  writeFileSync(join(site, 'content/contacts.yaml'), northbrookContacts());
  writeFileSync(join(site, 'content/site.yaml'), settings);
});
after(() => rmSync(site, { recursive: true, force: true }));

/** Coventry's own names for things another council names its own way (content/site.yaml, contacts.yaml). */
const coventryNames: [string, RegExp][] = [
  ['the handbook’s name', /Foster Carer(?:’|'|&#39;|&#x27;|&rsquo;|\\u2019)s Handbook/i],
  // As an address or a file name: the PDF edition's file was once named after Coventry's handbook.
  ['the handbook’s name in an address', /foster-carers?-handbook/i],
  ['the documents’ name', /the Support Strategy and the Statement of Purpose|Charter, Strategy and Statement of Purpose/i],
  ['a kind of Coventry’s documents', /Charter and Support Strategy/i],
  // "Fostering Services" is the national standards' and regulations' name, every council's.
  ['the service’s name', /Fostering Service(?!s)/],
  ['the out-of-hours line', /Fostering On Call/i],
];

/** Each trace of Coventry in a built file's text: its name, numbers, emails, postcodes, colour, and its names for things. */
function coventryTraces(name: string, text: string): string[] {
  const found: string[] = [];
  if (/coventry/i.test(text)) found.push(`${name}: "${/.{0,40}coventry.{0,40}/i.exec(text)![0]}"`);
  for (const phone of coventryNumbers) {
    if (text.includes(phone) || text.includes(phone.replace(/\s/g, ''))) found.push(`${name}: ${phone}`);
  }
  for (const email of coventryEmails) if (text.toLowerCase().includes(email.toLowerCase())) found.push(`${name}: ${email}`);
  if (/\bCV\d{1,2} \d[A-Z]{2}\b/.test(text)) found.push(`${name}: a Coventry postcode`);
  const colourAt = text.toLowerCase().indexOf(coventryColour);
  if (colourAt >= 0) found.push(`${name}: Coventry's colour ${coventryColour} "${text.slice(Math.max(0, colourAt - 80), colourAt + 20)}"`);
  // Coventry's names for its handbook, its documents and its out-of-hours line, in any spelling of the apostrophe.
  for (const [what, pattern] of coventryNames) {
    const match = pattern.exec(text);
    if (match) found.push(`${name}: ${what} "${match[0]}"`);
  }
  return found;
}

test('a second council’s handbook, built from its own settings and content, names no Coventry place, number, email, address or colour, nor Coventry’s names for its handbook, service, documents or out-of-hours line, in its pages or its PDF edition', async () => {
  const PATH = `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`;
  const env = { ...process.env, PATH, NO_COLOR: '1', SITE_URL: '' };
  delete (env as Record<string, string | undefined>).SITE_URL;
  const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: site, env, encoding: 'utf8' });
  assert.equal(build.status, 0, `${build.stdout}\n${build.stderr}`);
  const steps = spawnSync(process.execPath, ['scripts/after-build.ts'], { cwd: site, env, encoding: 'utf8' });
  assert.equal(steps.status, 0, `${steps.stdout}\n${steps.stderr}`);

  // Its PDF edition too, printed from its own /print/ (on a port of its own: the browser tests may be running).
  const pdf = spawnSync(process.execPath, ['scripts/build-pdf.ts'], { cwd: site, env: { ...env, PDF_PORT: '4447' }, encoding: 'utf8' });
  assert.equal(pdf.status, 0, `${pdf.stdout}\n${pdf.stderr}`);

  const dist = distOf(site);
  const textFiles = filesUnder(dist).filter((name) => /\.(html|xml|json|txt|webmanifest|js|css|svg)$/.test(name) || name === '_headers');
  const found = textFiles.flatMap((name) => coventryTraces(name, readFileSync(join(dist, name), 'utf8')));
  // The search index, which Pagefind writes gzipped: every page's words, titles and filters.
  const indexFiles = filesUnder(join(dist, 'pagefind')).filter((name) => /\.pf_(meta|fragment|filter|index)$/.test(name));
  assert.ok(indexFiles.length > 5, `the search index was read (${indexFiles.length} files)`);
  found.push(
    ...indexFiles.flatMap((name) =>
      coventryTraces(`pagefind/${name}`, gunzipSync(readFileSync(join(dist, 'pagefind', name))).toString('utf8')),
    ),
  );
  // The host configuration the build writes beside dist/ for nginx.
  const hostConfig = join(site, 'dist-nginx');
  found.push(
    ...filesUnder(hostConfig).flatMap((name) => coventryTraces(`dist-nginx/${name}`, readFileSync(join(hostConfig, name), 'utf8'))),
  );
  const pdfFile = join(dist, pdfPath);
  const pdfText = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' });
  found.push(...coventryTraces(`${pdfPath} (its text)`, pdfText));
  const pdfInfo = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
  assert.match(pdfText, /Northbrook County Council/, 'the PDF edition is the second council’s');
  assert.match(pdfInfo, /^Title:\s+Carers’ Guide/m, 'the PDF edition is titled with its handbook’s name');
  found.push(...coventryTraces(`${pdfPath} (its title and author)`, pdfInfo));
  assert.ok(textFiles.length > 20, `the second council's site was built (${textFiles.length} files)`);
  assert.deepEqual(found, []);
  const home = readPage('/', dist);
  // The footer of every page says who publishes the handbook and how to reach them: its own service's line
  // and email in office hours, its own out-of-hours line by its own name, and 999.
  const ownContacts = parse(northbrookContacts()) as Record<string, string>[];
  const contact = (id: string) => ownContacts.find((c) => c.id === id)!;
  for (const path of ['/', '/handbook/recording/', '/search/']) {
    const footer = /<footer[\s\S]*<\/footer>/.exec(readPage(path, dist))![0];
    for (const wanted of [
      'Published by Northbrook County Council Fostering Team.',
      `href="${telHref(contact('fostering-service').phone)}"`,
      `href="mailto:${contact('fostering-service').email}"`,
      `Out of hours, ring ${northbrookOnCall} on`,
      `href="${telHref(contact('fostering-on-call').phone)}"`,
      'href="tel:999"',
    ])
      assert.ok(footer.includes(wanted), `${path}: the footer has ${wanted}`);
  }
  assert.match(home, /Northbrook County Council/);
  assert.match(home, /Everything Northbrook’s foster carers need to know/);
  assert.match(home, /<title>Carers’ Guide - Northbrook County Council<\/title>/);
  // The site's own words name Northbrook's service and line, in pages no content file writes.
  const search = readPage('/search/', dist);
  assert.match(search, /<strong[^>]*>The Fostering Team<\/strong>/);
  assert.match(search, new RegExp(`<strong[^>]*>${northbrookOnCall}</strong>, out of hours`));
  assert.match(readPage('/documents/', dist), /<h1[^>]*>Documents<\/h1>/);
  // With no kinds of document of its own, its documents are filtered as "Document".
  assert.match(search, /<input type="checkbox" name="type" value="document"[^>]*>\s*<label[^>]*>Document<\/label>/);
  assert.match(readPage('/handbook/recording/', dist), /\(for Fostering Team staff\)/);
  assert.match(readPage('/print/', dist), /<h1[^>]*>Carers’ Guide<\/h1>/);
  assert.match(readFileSync(join(dist, 'admin/index.html'), 'utf8'), /<title>Carers’ Guide editor<\/title>/);
  // Its editor tells staff its own rule for how often a page is checked.
  const editorScripts = filesUnder(join(dist, 'admin')).filter((name) => name.endsWith('.js'));
  const saysInterval = (months: number) =>
    editorScripts.some((name) => readFileSync(join(dist, 'admin', name), 'utf8').includes(`if not the usual ${months} months`));
  assert.deepEqual([saysInterval(6), saysInterval(12)], [true, false], 'the review hint gives Northbrook’s 6 months, not 12');
  // It makes no promise in its accessibility statement that it has not made in its settings.
  assert.match(readPage('/accessibility/', dist), /get back to you\s+as soon as we can\./);
  assert.match(
    readPage('/accessibility/', dist),
    /This statement was prepared on 5 October 2026\. It was last reviewed on 5 October 2026\./,
  );
  // Its colour and its name on a phone's home screen.
  assert.match(readFileSync(join(dist, 'favicon.svg'), 'utf8'), /fill="#4b2a6b"/);
  const stylesheets = filesUnder(dist).filter((name) => name.endsWith('.css'));
  assert.ok(
    stylesheets.some((name) => readFileSync(join(dist, name), 'utf8').toLowerCase().includes('--colour-brand:#4b2a6b')),
    `its colour is the stylesheet's brand colour (${stylesheets.join(', ')})`,
  );
  assert.deepEqual(
    (await appIconColours(dist)).map((icon) => `${icon.src} ${icon.corner}`),
    ['icon-192', 'icon-512', 'icon-maskable-512'].map((name) => `/icons/${name}.png #4b2a6b`),
  );
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as Record<string, string>;
  assert.deepEqual([manifest.short_name, manifest.theme_color], ['Carers’ Guide', '#4b2a6b']);
  assert.match(readPage('sitemap-index.xml', dist), /https:\/\/carers\.northbrook\.example\//);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { readSettings } from '../../src/lib/content/lists.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { contrastRatio } from '../../src/lib/content/schemas.ts';
import { editUrl, siteSettingsOf } from '../../src/lib/siteConfig.ts';
import { siteOf } from './content/site.ts';

const settings = (brand = '#00594f', extra = '') =>
  `council: Northbrook County Council\nplace: Northbrook\nservice: Fostering Team\nhandbookTitle: Carers’ Guide\nsiteUrl: https://carers.northbrook.example\nrepository: https://github.com/northbrook/carers-guide\nbranch: live\nbrandColour: "${brand}"\naccessibilityStatementReviewed: 2026-11-22\n${extra}`;

function read(text: string) {
  const root = siteOf({ 'content/site.yaml': text });
  try {
    return readSettings(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('the site’s settings come from content/site.yaml: who publishes the handbook and where', () => {
  const root = siteOf({ 'content/site.yaml': settings() });
  try {
    const found = siteSettingsOf(root);
    assert.equal(found.council, 'Northbrook County Council');
    assert.equal(editUrl('content/handbook/a.mdx', found), 'https://github.com/northbrook/carers-guide/edit/live/content/handbook/a.mdx');
    assert.equal(editUrl('./content/handbook/a.mdx', found), 'https://github.com/northbrook/carers-guide/edit/live/content/handbook/a.mdx');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  assert.equal(siteSettingsOf(process.cwd()).council, 'Coventry City Council', 'this repository’s own settings');
});

test('the brand colour is checked for contrast: white text on it, and it against the page', () => {
  assert.equal(contrastRatio('#ffffff', '#000000').toFixed(0), '21');
  assert.ok(contrastRatio('#00594f', '#ffffff') >= 4.5);
  assert.deepEqual(read(settings()).problems, []);
  assert.match(
    read(settings('#7fd1c8')).problems.map(formatProblem).join(),
    /white text on brandColour #7fd1c8 has a contrast of \d\.\d\d:1, under the 4.5:1 WCAG AA asks/,
  );
  assert.match(read(settings('teal')).problems.map(formatProblem).join(), /not a colour written #rrggbb/);
  assert.match(read(settings('#00594f', 'mayor: Someone\n')).problems.map(formatProblem).join(), /"mayor" is not a field/);
  assert.match(read(settings().replace('https://carers', 'http://carers')).problems.map(formatProblem).join(), /not secure/);
});

test('the search filter’s kinds of document: each names real documents, each document in one kind, each id its own', () => {
  const kinds = (yaml: string, documents = ['statement-of-purpose', 'charter']) => {
    const root = siteOf({ 'content/site.yaml': settings('#00594f', yaml) });
    try {
      return readSettings(root, documents);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  const good = kinds('documentKinds:\n  - id: purpose\n    label: Statement of Purpose\n    documents: [statement-of-purpose]\n');
  assert.deepEqual(good.problems, []);
  assert.deepEqual(good.settings?.documentKinds, [{ id: 'purpose', label: 'Statement of Purpose', documents: ['statement-of-purpose'] }]);
  assert.deepEqual(read(settings()).settings?.documentKinds, [], 'none: every document is a "Document"');
  const said = (yaml: string) => kinds(yaml).problems.map(formatProblem).join('\n');
  assert.match(
    said('documentKinds:\n  - id: purpose\n    label: Purpose\n    documents: [statement-of-purpse]\n'),
    /content\/site.yaml:13 - "statement-of-purpse" is not a page in content\/documents - .*Did you mean statement-of-purpose/,
  );
  assert.match(
    said('documentKinds:\n  - id: a\n    label: A\n    documents: [charter]\n  - id: b\n    label: B\n    documents: [charter]\n'),
    /"charter" is in the document kinds "a" and "b" - put each document in one kind/,
  );
  assert.match(
    said('documentKinds:\n  - id: guide\n    label: Guide\n    documents: [charter]\n'),
    /the document kind id "guide" is already taken/,
  );
  assert.match(said('documentKinds:\n  - id: Our Docs\n    label: Ours\n    documents: [charter]\n'), /lower-case words joined by hyphens/);
  assert.match(said('documentKinds:\n  - id: ours\n    label: Ours\n    documents: []\n'), /the document kind "ours" lists no documents/);
  assert.match(
    said('documentKinds:\n  - id: ours\n    lable: Ours\n    documents: [charter]\n'),
    /"lable" is not a field of documentKinds.0 can have - did you mean label/,
  );
  assert.match(
    said('documentKinds:\n  - id: ours\n    label: Ours\n    documents: [charter, charter]\n'),
    /"charter" is listed twice in the document kind "ours" - list it once/,
  );
  const none = kinds('documentKinds:\n  - id: ours\n    label: Ours\n    documents: [charter]\n', []).problems.map(formatProblem).join();
  assert.match(none, /"charter" is not a page in content\/documents - there are no pages in content\/documents yet/);
  assert.doesNotMatch(none, /Did you mean/);
});

test('what the site calls its documents is the council’s own, with a plain name when it says nothing', () => {
  const plain = read(settings());
  assert.equal(plain.settings?.documentsTitle, 'Documents');
  assert.match(plain.settings?.documentsLead ?? '', /documents for foster carers/);
  const own = read(settings('#00594f', 'documentsTitle: Our promises\ndocumentsLead: What we promise you.\n'));
  assert.deepEqual([own.settings?.documentsTitle, own.settings?.documentsLead], ['Our promises', 'What we promise you.']);
  assert.match(
    read(settings('#00594f', 'documentsTitle: ""\n')).problems.map(formatProblem).join(),
    /documentsTitle is empty - what the site calls its documents/,
  );
  assert.equal(
    siteSettingsOf(process.cwd()).documentsTitle,
    'The Charter, the Support Strategy and the Statement of Purpose',
    'this repository’s own',
  );
  assert.match(
    read(settings('#00594f', 'shortTitle: Northbrook Foster Carers’ Guide\n')).problems.map(formatProblem).join(),
    /shortTitle is 31 characters, over the 20/,
  );
  // The council's own promise in its accessibility statement, in working days.
  assert.equal(read(settings('#00594f', 'accessibilityReplyDays: 5\n')).settings?.accessibilityReplyDays, 5);
  assert.equal(read(settings()).settings?.accessibilityReplyDays, undefined);
  assert.match(
    read(settings('#00594f', 'accessibilityReplyDays: 0\n')).problems.map(formatProblem).join(),
    /accessibilityReplyDays must be at least 1/,
  );
  assert.match(
    read(settings('#00594f', 'accessibilityReplyDays: ten\n')).problems.map(formatProblem).join(),
    /accessibilityReplyDays is missing or is not a number/,
  );
  // A name longer than a phone shows under the icon needs a short one.
  const longName = (extra: string) =>
    read(settings().replace('handbookTitle: Carers’ Guide', 'handbookTitle: The Northbrook Foster Carers’ Handbook') + extra);
  assert.match(
    longName('').problems.map(formatProblem).join(),
    /content\/site\.yaml:4 - handbookTitle is 38 characters, too long to show under the handbook’s icon on a phone \(20 at most\) - add shortTitle/,
  );
  assert.deepEqual(longName('shortTitle: Carers’ Guide\n').problems, []);
  // The day the council last reviewed its accessibility statement: a real date, and required.
  assert.deepEqual(read(settings()).settings?.accessibilityStatementReviewed, new Date('2026-11-22T00:00:00Z'));
  assert.match(
    read(settings().replace('accessibilityStatementReviewed: 2026-11-22\n', '')).problems.map(formatProblem).join(),
    /accessibilityStatementReviewed is missing or is not a date/,
  );
  // The council's rule for how often a page is checked: 12 months when it says nothing.
  assert.equal(read(settings('#00594f', 'reviewEveryMonths: 6\n')).settings?.reviewEveryMonths, 6);
  assert.equal(read(settings()).settings?.reviewEveryMonths, 12);
  assert.match(
    read(settings('#00594f', 'reviewEveryMonths: 48\n')).problems.map(formatProblem).join(),
    /reviewEveryMonths must be between 1 and 36 - write how many months the service leaves between checks of a page/,
  );
});

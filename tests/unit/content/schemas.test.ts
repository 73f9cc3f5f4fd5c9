import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataSchemas, pageSchemas, unknownPartMessage, unknownStandardMessage } from '../../../src/lib/content/schemas.ts';
import { heard } from '../../../src/lib/content/problem.ts';

const d = (text: string) => new Date(`${text}T00:00:00Z`);
const schemas = pageSchemas({ standardIds: ['nms-4', 'nms-14', 'reg-4'], partIds: ['about', 'safeguarding'], handbookIds: ['a', 'b'] }, () => d('2026-11-22'));
const page = { title: 'A', summary: 'B', part: 'about', order: 10, keyPoints: ['Tell your supervising social worker.', 'Record what happened.'], reviewed: '2026-11-01', changes: [{ date: '2026-11-01', summary: 'First published.' }] };
const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${heard(issue.message).what}`);

test('a page’s dates are read as written and turned into dates', () => {
  const result = schemas.handbook.safeParse(page);
  assert.ok(result.success);
  assert.deepEqual(result.data.reviewed, d('2026-11-01'));
  assert.deepEqual(result.data.standards, []);
});

test('one date rule, one message, for every date field', () => {
  const bad = { ...page, reviewed: '2026-02-30', reviewBy: '2026-13-01', changes: [{ date: '2026-02-30', summary: 'X' }] };
  assert.deepEqual(messages(schemas.handbook.safeParse(bad)).sort(), [
    'changes.0.date: changes date "2026-02-30" is not a real date written as YYYY-MM-DD',
    'reviewBy: reviewBy "2026-13-01" is not a real date written as YYYY-MM-DD',
    'reviewed: reviewed "2026-02-30" is not a real date written as YYYY-MM-DD',
  ]);
});

test('ids are checked against the files that define them, with suggestions', () => {
  const result = schemas.handbook.safeParse({ ...page, part: 'safety', standards: ['nms-40'], related: ['c'] });
  assert.deepEqual(messages(result), ['standards.0: "nms-40" is not a standard in content/standards.yaml', 'part: "safety" is not a part of the handbook', 'related.0: "c" is not a page in content/handbook/']);
  assert.match(heard(unknownStandardMessage('nms-40', ['nms-4', 'nms-14', 'reg-4'])).fix, /did you mean nms-4, nms-14 or/);
  assert.match(heard(unknownPartMessage('safety', ['about', 'safeguarding'])).fix, /use one of: about or safeguarding/);
});

test('unknown fields, cross-field dates and the order of changes are caught', () => {
  const result = schemas.guides.safeParse({ title: 'A', summary: 'B', sources: ['a'], reviewed: '2026-10-01', changes: [{ date: '2026-09-01', summary: 'Old' }, { date: '2026-11-01', summary: 'New' }], relatd: [] });
  const found = messages(result);
  assert.deepEqual(result.error!.issues.filter((i) => i.code === 'unrecognized_keys').map((i) => (i as { keys: string[] }).keys), [['relatd']]);
  assert.ok(found.some((m) => /below an older one/.test(m)));
  assert.ok(found.some((m) => /reviewed 2026-10-01 is older than the newest change/.test(m)));
});

test('web addresses in data files are https only; contacts have real emails and phone numbers', () => {
  assert.ok(dataSchemas.contacts.safeParse({ name: 'A', purpose: 'B', phone: '024 7683 2828', email: 'a@b.uk', web: 'https://www.gov.uk/' }).success);
  assert.match(messages(dataSchemas.contacts.safeParse({ name: 'A', purpose: 'B', web: 'javascript:alert(1)' }))[0], /web: the address javascript:alert\(1\) would run code/);
  assert.match(messages(dataSchemas.contacts.safeParse({ name: 'A', purpose: 'B', email: 'a at b.uk' }))[0], /email "a at b\.uk" is not an email address/);
  assert.match(messages(dataSchemas.contacts.safeParse({ name: 'A', purpose: 'B', phone: 'ring us' }))[0], /phone "ring us" is not a phone number/);
  assert.match(messages(dataSchemas.standards.safeParse({ set: 'nms', number: 1, url: 'http://x.uk/', verified: true }))[0], /url: the address http:\/\/x\.uk\/ uses http:\/\//);
  assert.match(messages(dataSchemas.synonyms.safeParse({ pagesSay: [], carersSay: ['respite'] }))[0], /pagesSay is empty/);
  assert.ok(dataSchemas.synonyms.safeParse({ pagesSay: ['a'], carersSay: ['b'], carersAsk: ['touched her', 'on-call'] }).success);
  assert.match(
    messages(dataSchemas.synonyms.safeParse({ pagesSay: ['a'], carersSay: ['b'], carersAsk: ['on call', 'helpline'] }))[0],
    /carersAsk: "helpline" in carersAsk is one word/,
  );
  // Words as the search page counts them (find.ts): "mum's" is one; a comma parts two phrases.
  const asked = (carersAsk: string[]) => messages(dataSchemas.synonyms.safeParse({ pagesSay: ['a'], carersSay: ['b'], carersAsk }))[0] ?? '';
  assert.match(asked(["mum's"]), /"mum's" in carersAsk is one word/);
  assert.match(asked(['hit her, kicked her']), /"hit her, kicked her" in carersAsk has a comma/);
  assert.equal(asked(['self-harm', 'mum’s boyfriend']), '', 'a hyphen parts words');
});

test('every schema message carries a fix for the editor', () => {
  const result = schemas.documents.safeParse({});
  assert.ok(!result.success);
  for (const issue of result.error.issues) assert.ok(issue.message.includes('\n'), `no fix in: ${issue.message}`);
});

test('urgent: one to four steps and the contacts to ring, which must have a phone number', () => {
  const withPhones = pageSchemas(
    { standardIds: [], partIds: ['about'], handbookIds: ['a'], phoneContactIds: ['emergency', 'fostering-on-call'] },
    () => d('2026-11-22'),
  );
  const urgent = { steps: ['Make sure the child is safe.'], call: ['emergency', 'fostering-on-call'] };
  const ok = withPhones.handbook.safeParse({ ...page, urgent });
  assert.ok(ok.success);
  assert.deepEqual(ok.data.urgent, urgent);
  assert.deepEqual(messages(withPhones.handbook.safeParse({ ...page, urgent: { steps: [], call: ['emergency'] } })), ['urgent.steps: urgent steps is empty']);
  assert.deepEqual(messages(withPhones.handbook.safeParse({ ...page, urgent: { steps: ['a', 'b', 'c', 'd', 'e'], call: ['emergency'] } })), [
    'urgent.steps: urgent has more than four steps',
  ]);
  assert.deepEqual(messages(withPhones.guides.safeParse({ title: 'A', summary: 'B', sources: ['a'], reviewed: '2026-11-01', changes: page.changes, urgent: { steps: ['Ring.'], call: ['ofsted'] } })), [
    'urgent.call.0: "ofsted" in urgent call is not a contact with a phone number in content/contacts.yaml',
  ]);
  assert.deepEqual(messages(withPhones.handbook.safeParse({ ...page, urgent: { steps: ['Ring.'] } })), ['urgent.call: urgent call must be a list']);
  // Most pages have none.
  assert.equal(withPhones.handbook.safeParse(page).data?.urgent, undefined);
});

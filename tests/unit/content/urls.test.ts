import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyUrl, decodeAddress, webAddressProblem } from '../../../src/lib/content/urls.ts';

const kind = (url: string) => {
  const verdict = classifyUrl(url);
  return 'kind' in verdict ? verdict.kind : verdict.what;
};

test('links may go to https, mailto:, tel: and handbook addresses', () => {
  assert.equal(kind('https://www.gov.uk/'), 'https');
  assert.equal(kind('mailto:a@b.uk'), 'mailto');
  assert.equal(kind('tel:999'), 'tel');
  assert.equal(kind('/handbook/allegations/'), 'internal');
  assert.equal(kind('#daily-records'), 'anchor');
});

test('schemes are read as a browser reads them: any case, spaces, tabs and line breaks ignored', () => {
  for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,<script>', 'VBScript:x']) {
    assert.match(kind(url), /would run code/, url);
  }
  assert.match(kind('HTTP://www.gov.uk'), /not secure/);
  assert.match(kind('file:///C:/a.docx'), /file on someone's computer/);
  assert.match(kind('C:\\Users\\a.docx'), /file on someone's computer/);
  assert.match(kind('//evil.example/'), /another website/);
  assert.match(kind('ftp://example.com/'), /"ftp:"/);
  assert.match(kind('handbook/allegations/'), /not a full web address/);
  assert.match(kind('https:/missing-slash'), /"https:"/);
});

test('a web address in a data file is https only', () => {
  assert.equal(webAddressProblem('https://www.gov.uk/'), undefined);
  assert.match(webAddressProblem('/handbook/')!.what, /not a web address/);
  assert.match(webAddressProblem('javascript:alert(1)')!.what, /would run code/);
});

test('an address part is decoded, or kept as written where its %-escape is not valid, never thrown', () => {
  assert.equal(decodeAddress('what%20to%20do'), 'what to do');
  assert.equal(decodeAddress('%E0'), '%E0');
  assert.equal(decodeAddress('caf%C3%A9'), 'café');
});

test('an allowed address with a space, line break or invisible character in it is refused', () => {
  for (const url of ['https://www.gov.uk/foster care', 'https://example.org/\n::warning file=x::y', '/handbook/a\u200b/', 'mailto:a@b.org\tx']) {
    assert.match(kind(url), /has a space, tab, line break or invisible character in it/, JSON.stringify(url));
  }
  assert.equal(kind(' https://www.gov.uk/ '), 'https', 'spaces around an address are not in it');
});

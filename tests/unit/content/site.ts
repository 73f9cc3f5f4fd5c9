/** A small site written into a temporary folder, for the pipeline's unit tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Handbook pages (the pages with a part) open with key points, which their schema requires and their
 * text must back: a last line of the body says them, after everything a test writes.
 */
const isHandbookPage = (fields: string) => /^part:/m.test(fields);
const keyPoints = '\nkeyPoints: ["Contact your supervising social worker.", "Record what happened in the daily record."]';
const keyPointsBacked = '\nContact your supervising social worker, and record what happened in the daily record.\n';

export const page = (fields: string, body = '\nText.\n') =>
  `---\n${fields}\nsummary: A page.\nreviewed: 2026-11-01\nchanges:\n  - date: 2026-11-01\n    summary: First published.${isHandbookPage(fields) ? keyPoints : ''}\n---\n${body}${isHandbookPage(fields) ? keyPointsBacked : ''}`;

export const lists = {
  'content/standards.yaml': '- id: nms-4\n  set: nms\n  number: 4\n  title: Safeguarding children\n  url: https://www.gov.uk/nms\n  verified: true\n',
  'content/parts.yaml': '- id: about\n  order: 1\n  title: About\n  description: About the handbook.\n',
  'content/glossary.yaml': '- id: ssw\n  term: SSW\n  definition: Your social worker.\n',
  'content/contacts.yaml':
    '- id: fostering-on-call\n  name: Fostering On Call\n  purpose: Out of hours.\n  phone: "07958 337681"\n' +
    '- id: fostering-service\n  name: Fostering Team\n  purpose: In office hours.\n  phone: "0161 496 0000"\n  email: fostering@northbrook.example\n  hours: Weekdays 9am to 5pm\n  checkMentions: false\n' +
    '- id: emergency\n  name: Emergency services\n  purpose: In danger.\n  phone: "999"\n  checkMentions: false\n',
  'content/synonyms.yaml': '- id: respite\n  pagesSay: [short stays]\n  carersSay: [respite]\n',
  'content/site.yaml': 'council: Northbrook County Council\nplace: Northbrook\nservice: Fostering Team\nhandbookTitle: Carers’ Guide\nsiteUrl: https://carers.northbrook.example\nrepository: https://github.com/northbrook/carers-guide\nbranch: main\nbrandColour: "#00594f"\naccessibilityStatementReviewed: 2026-11-22\n',
  'content/editorial-log/a.yaml': '- kind: question\n  seed: "000"\n  lines: "1"\n  sourceSays: A.\n  wePublish: B.\n  why: C.\n',
};

/** Writes the files (path -> text or bytes) into a new temporary folder and returns it. */
export function siteOf(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-unit-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

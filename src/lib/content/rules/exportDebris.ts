/**
 * Text the source documents carried that is not the handbook's: Word's form and bookmark marks, picture
 * file names, and the sentences an automatic rewrite left in them (sourceProblems P031-P037, P054, P055).
 * A page that still has one was pasted from a source without being read through.
 */
import type { Finding } from '../problem.ts';

export const exportDebris: readonly string[] = [
  'Top of Form',
  'Bottom of Form',
  '[bookmark',
  'image1.emf',
  'Captial Funding',
  'Sister having a piggyback',
  'The information you provided',
  'The information outlines',
  'This information provides',
  'Overall, the information',
  'Here are the key points',
  "Here's an overview",
  "Here's what to expect",
  'The text mentions',
  'from the text:',
  'These guidelines aim to',
  'These points highlight',
  'In summary,',
];

/** Each line of the file with debris on it (ignoring case and curly apostrophes), once per phrase. */
export function exportDebrisProblems(text: string): Finding[] {
  const wanted = exportDebris.map((phrase) => ({ phrase, lower: phrase.toLowerCase() }));
  return text.split(/\r?\n/).flatMap((line, index) => {
    const lower = line.toLowerCase().replace(/’/g, "'");
    return wanted
      .filter(({ lower: phrase }) => lower.includes(phrase))
      .map(({ phrase }) => ({
        line: index + 1,
        what: `the page has "${phrase}", left over from a source document`,
        fix: 'delete it: it is a mark from Word or a sentence from an automatic rewrite, not part of the handbook. Read the paragraph around it through once more.',
      }));
  });
}

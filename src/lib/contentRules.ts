import { closestIds, listInWords } from './suggest.ts';

/**
 * Messages for the content checks that the schema runs. They are written for the council staff who
 * edit the handbook: say what is wrong, what is allowed, and how to put it right.
 */

export function unknownStandardMessage(wrong: string, validIds: readonly string[]): string {
  const near = closestIds(wrong, validIds);
  return (
    `"${wrong}" is not a standard in content/standards.yaml. ` +
    `Did you mean ${listInWords(near)}? ` +
    `Standard ids look like nms-4 (National Minimum Standard 4), reg-12 (Regulation 12), ` +
    `reg-schedule-7 (Schedule 7), reg-part-4 (Part 4) or tsd-6 (Training, Support and Development Standard 6).`
  );
}

export function unknownPartMessage(wrong: string, validIds: readonly string[]): string {
  return (
    `"${wrong}" is not a part of the handbook. ` +
    `Use one of: ${listInWords([...validIds])} (the parts are listed in content/parts.yaml).`
  );
}

export function unknownPageMessage(wrong: string, validIds: readonly string[], where: string): string {
  const near = closestIds(wrong, validIds);
  return (
    `"${wrong}" is not a page in ${where}. ` +
    `Use the page's file name without .mdx. Did you mean ${listInWords(near)}?`
  );
}

export const dateMessage =
  'must be a real date written as YYYY-MM-DD, for example 2025-04-01 (year, month, day).';

import { editDistance } from '../editDistance.ts';

/** Ids in reading order (nms-3 before nms-13): one collator, made once (making one per comparison is slow). */
const byNumber = new Intl.Collator('en', { numeric: true });

/**
 * The valid ids nearest to a mistyped one, best first. Ids that share the mistyped id's prefix
 * (`nms-`, `reg-schedule-`) rank above others at the same distance, so `nms-33` suggests NMS ids.
 */
export function closestIds(wrong: string, valid: readonly string[], count = 3): string[] {
  // Compared on their first 40 characters, so one suggestion costs the same however long the text is.
  const needle = wrong.trim().toLowerCase().slice(0, 40);
  const prefix = needle.replace(/\d+$/, '');
  return valid
    .map((id) => ({ id, distance: editDistance(needle, id.slice(0, 40)) - (prefix && id.startsWith(prefix) ? 0.5 : 0) }))
    .sort((a, b) => a.distance - b.distance || byNumber.compare(a.id, b.id))
    .slice(0, count)
    .map(({ id }) => id);
}

/** "a, b or c" */
export function listInWords(items: readonly string[], conjunction = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

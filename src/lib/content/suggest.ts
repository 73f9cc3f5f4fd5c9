import { editDistance } from '../editDistance.ts';

/**
 * The valid ids nearest to a mistyped one, best first. Ids that share the mistyped id's prefix
 * (`nms-`, `reg-schedule-`) rank above others at the same distance, so `nms-33` suggests NMS ids.
 */
export function closestIds(wrong: string, valid: readonly string[], count = 3): string[] {
  const needle = wrong.trim().toLowerCase();
  const prefix = needle.replace(/\d+$/, '');
  return valid
    .map((id) => ({ id, distance: editDistance(needle, id) - (prefix && id.startsWith(prefix) ? 0.5 : 0) }))
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id, 'en', { numeric: true }))
    .slice(0, count)
    .map(({ id }) => id);
}

/** "a, b or c" */
export function listInWords(items: readonly string[], conjunction = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

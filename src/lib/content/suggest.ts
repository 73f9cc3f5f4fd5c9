/** Edit distance between two short strings (ids), used to suggest what an author meant. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(
        previous[j] + 1,
        previous[j - 1] + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length];
}

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

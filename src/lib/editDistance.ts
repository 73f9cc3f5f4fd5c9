/**
 * How far apart two words or ids are, in edits: one shared measure for the content check's "did you
 * mean …?" (ids, addresses) and search's corrections (words).
 */

// Three rows of the table, kept between calls: search weighs a typed word against thousands of words.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Edits between two strings: letters added, dropped, changed, or two next to each other swapped
 * ("gaur" for "guar" is one edit). Stops counting past `limit`, returning limit + 1.
 *
 * With a limit, only the cells within `limit` of the diagonal are worked out (a cell further off needs
 * more edits than that just for the difference in position): a few cells a letter, not a whole table.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Anything at `cap` or more is "too far": counting stops there.
  const cap = Number.isFinite(limit) ? Math.min(limit + 1, a.length + b.length + 1) : a.length + b.length + 1;
  const width = cap - 1;
  if (rows[0].length <= b.length) rows = rows.map(() => new Int32Array(b.length + 1));
  let [before, previous, row] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = Math.min(j, cap);
  for (let i = 1; i <= a.length; i++) {
    const first = Math.max(1, i - width);
    const last = Math.min(b.length, i + width);
    row.fill(cap, 0, b.length + 1);
    row[0] = Math.min(i, cap);
    let least = row[0];
    for (let j = first; j <= last; j++) {
      let cell = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (j > 1 && i > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cell = Math.min(cell, before[j - 2] + 1);
      row[j] = Math.min(cell, cap);
      if (row[j] < least) least = row[j];
    }
    if (least >= cap) return Math.min(cap, limit + 1);
    [before, previous, row] = [previous, row, before];
  }
  return Math.min(previous[b.length], limit + 1);
}

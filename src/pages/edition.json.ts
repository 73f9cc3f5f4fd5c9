/**
 * The edition this build publishes, for the steps after `astro build` (the saved copy's service worker, the
 * PDF link) and for anyone checking which edition is online.
 */
import { edition, editionDateLabel } from '../data/edition.ts';

export function GET() {
  return new Response(JSON.stringify({ ...edition, label: editionDateLabel }), {
    headers: { 'Content-Type': 'application/json' },
  });
}

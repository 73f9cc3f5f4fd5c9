/**
 * The handbook's vocabulary for the search page's "Did you mean …?" (see src/lib/search/vocabulary.ts),
 * fetched by the search page only.
 */
import type { APIRoute } from 'astro';
import { getPackedVocabulary } from '../data/search.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await getPackedVocabulary()));

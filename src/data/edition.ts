/** This build's edition (see src/lib/edition.ts), as astro.config.mjs fixed it for the whole build. */
import { editionFrom, editionLabel } from '../lib/edition.ts';

export const edition = editionFrom(process.env, new Date());
export const editionDateLabel = editionLabel(edition);

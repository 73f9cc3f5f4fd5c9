/** The build's edition, for client scripts (defined in astro.config.mjs; see src/lib/edition.ts). */
declare const __HANDBOOK_EDITION__: { id: string; date: string };

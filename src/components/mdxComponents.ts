/**
 * The components authors can use in MDX without importing them. Typed from the content rules' list
 * (src/lib/content/authorComponents.ts): a component added to one and not the other fails `astro check`.
 */
import type { AuthorComponentName } from '../lib/content/authorComponents.ts';
import Contact from './Contact/Contact.astro';
import Important from './Important/Important.astro';
import Note from './Note/Note.astro';

export const mdxComponents = { Contact, Important, Note } satisfies Record<AuthorComponentName, unknown>;

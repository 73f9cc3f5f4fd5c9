/** The components authors can use in MDX without importing them. */
import Contact from './Contact/Contact.astro';
import Important from './Important/Important.astro';
import Note from './Note/Note.astro';

export const mdxComponents = { Contact, Important, Note };

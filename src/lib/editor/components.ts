/**
 * The handbook's own MDX components (src/lib/content/authorComponents.ts) as components staff insert from
 * the browser editor's Insert menu: Important and Note as blocks around text, Contact inline, where the
 * cursor is, in the middle of a sentence or on a line of its own. Sveltia CMS makes a component inline
 * when its `pattern` matches within a line (no `m` or `s` flag, no [\s\S]) and a block otherwise.
 *
 * Each definition reads the block's MDX with `pattern` and writes exactly the MDX the site's check and
 * build expect with `toBlock`; `toPreview` gives the markup the site's components render, so the site's
 * own stylesheet shows it as carers will see it. Pure: unit-tested in Node.
 */
import { authorComponents, contactShows } from '../content/authorComponents.ts';
import type { Choice } from './config.ts';

/** The attribute Astro scopes each component's styles with, read from the built pages (scripts/lib/editor.ts). */
export interface ScopeAttributes {
  important?: string;
  note?: string;
  contactLink?: string;
}

export interface EditorComponent {
  id: string;
  label: string;
  icon: string;
  fields: Record<string, unknown>[];
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, unknown>;
  toBlock: (props: Record<string, unknown>) => string;
  toPreview: (props: Record<string, unknown>) => string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const attribute = (name?: string) => (name ? ` ${name}` : '');

/** A component that wraps text: <Name>, a blank line, the text, a blank line, </Name>, as pages write it. */
function wrapping(name: 'Important' | 'Note', hint: string, preview: (text: string) => string): EditorComponent {
  return {
    id: name.toLowerCase(),
    label: name,
    icon: name === 'Important' ? 'priority_high' : 'sticky_note_2',
    fields: [{ name: 'text', label: `${name}: the text`, widget: 'markdown', hint, editor_components: ['contact'] }],
    pattern: new RegExp(`^<${name}>\\n\\n([\\s\\S]*?)\\n\\n</${name}>$`, 'm'),
    fromBlock: (match) => ({ text: match[1] }),
    toBlock: ({ text }) => `<${name}>\n\n${String(text ?? '').trim()}\n\n</${name}>`,
    toPreview: ({ text }) => preview(escapeHtml(String(text ?? ''))),
  };
}

export function editorComponents(contacts: readonly Choice[], scope: ScopeAttributes = {}): EditorComponent[] {
  const byId = new Map(contacts.map((contact) => [contact.value, contact.label]));
  const important = wrapping(
    'Important',
    'Something a carer must not miss: a legal duty, a deadline, a safety step. Use sparingly.',
    (text) =>
      [
        `<div class="important"${attribute(scope.important)}>`,
        `<p class="important__label"${attribute(scope.important)}><span class="important__icon"${attribute(scope.important)} aria-hidden="true">!</span> <strong>Important:</strong></p>`,
        `<div class="important__text"${attribute(scope.important)}><p>${text}</p></div></div>`,
      ].join(''),
  );
  const note = wrapping(
    'Note',
    'A helpful aside: useful to know, but not a step a carer must take.',
    (text) => `<div class="note"${attribute(scope.note)}><p>${text}</p></div>`,
  );
  const { attributes } = authorComponents.Contact;
  const contact: EditorComponent = {
    id: 'contact',
    label: 'Contact',
    icon: 'call',
    fields: [
      {
        name: 'id',
        label: 'Contact',
        widget: 'select',
        options: contacts,
        required: attributes.id.required,
        hint: 'Its number and details come from the Contacts list, so they are always the same everywhere.',
      },
      {
        name: 'show',
        label: 'Show',
        widget: 'select',
        options: [...contactShows],
        required: false,
        hint: 'Left empty: the phone number (or the email address if it has no phone).',
      },
    ],
    // Within a line: an inline component (see the top of this file).
    pattern: /<Contact id="([a-z0-9-]+)"(?: show="([a-z]+)")? \/>/,
    fromBlock: (match) => ({ id: match[1], ...(match[2] ? { show: match[2] } : {}) }),
    toBlock: ({ id, show }) => `<Contact id="${String(id ?? '')}"${show ? ` show="${String(show)}"` : ''} />`,
    toPreview: ({ id, show }) => {
      const name = byId.get(String(id)) ?? `No contact called “${String(id)}”`;
      // Inside <bdi>: Sveltia also reads pasted HTML elements of the preview's first tag as this component,
      // and a pasted <a> or <span> must stay a link or text.
      return `<bdi><a class="contact-link" href="#"${attribute(scope.contactLink)}>${escapeHtml(name)}${show ? ` (${escapeHtml(String(show))})` : ''}</a></bdi>`;
    },
  };
  return [important, note, contact];
}

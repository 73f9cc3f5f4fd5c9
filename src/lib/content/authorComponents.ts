/**
 * What an MDX page may contain beyond Markdown: the handbook's own components, with the attributes each
 * takes, and a very short list of HTML elements that Markdown cannot write. The MDX rule
 * (rules/mdxLimits.ts) enforces it and src/components/mdxComponents.ts is typed from it, so a component
 * added in one place and not the other fails `astro check`.
 */

export interface AttributeRule {
  /** The attribute must be given. */
  required?: boolean;
  /** The only values it may take; left out, any text. */
  values?: readonly string[];
}

export interface ComponentRule {
  attributes: Readonly<Record<string, AttributeRule>>;
  /** Whether the component wraps text (<Note>…</Note>) or stands alone (<Contact … />). */
  wrapsText: boolean;
  /** How to write it, for messages. */
  example: string;
}

export const contactShows = ['phone', 'email', 'address', 'hours', 'name', 'card'] as const;
export type ContactShow = (typeof contactShows)[number];

export const authorComponents = {
  Contact: { attributes: { id: { required: true }, show: { values: contactShows } }, wrapsText: false, example: '<Contact id="fostering-on-call" />' },
  Important: { attributes: {}, wrapsText: true, example: '<Important>…</Important>' },
  Note: { attributes: {}, wrapsText: true, example: '<Note>…</Note>' },
} as const satisfies Record<string, ComponentRule>;

export type AuthorComponentName = keyof typeof authorComponents;
export const authorComponentNames = Object.keys(authorComponents) as AuthorComponentName[];

/**
 * HTML that Markdown cannot write and that carries no behaviour: a line break inside a paragraph (an
 * address), and superscript and subscript (1st, footnote marks). No attributes at all. Authors use none
 * today; everything else is Markdown or a component.
 */
export const allowedHtml: readonly string[] = ['br', 'sup', 'sub'];

/** HTML that would let a page run code, load other sites, collect data or restyle the site. */
export const forbiddenHtml: Readonly<Record<string, string>> = {
  script: 'runs code in the reader’s browser',
  style: 'restyles the whole site and can load other websites',
  iframe: 'shows another website inside the page',
  object: 'embeds a program or another website',
  embed: 'embeds a program or another website',
  form: 'can send what a reader types to another website',
  input: 'asks the reader to type something in',
  meta: 'can send the reader to another page without asking',
  link: 'loads files from other websites',
  base: 'changes where every link on the page goes',
};

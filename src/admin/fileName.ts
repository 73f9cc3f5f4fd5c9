/**
 * The "File name" line of a page in the browser editor: a field type of our own (registered by admin.ts)
 * that shows the file a page is saved as, and the address carers will find it at.
 *
 * A new page's file name is made from its title by the same function `npm run new` uses (slugFromTitle,
 * src/lib/slugs.ts), so both doors give a title the same file: "Carers’ Rights & Duties" becomes
 * carers-rights-and-duties.mdx, not Sveltia's own carer-s-rights-duties.mdx. Sveltia has no option to
 * drop an apostrophe or spell out "&" (its slug options are encoding, accents, separator, length, case),
 * so the collection's slug template reads this field instead ({{fields.<fileNameField>}}), and the file
 * format leaves the field out of the file (admin.ts). An existing page keeps its file: the line only
 * shows it, and sets nothing, so opening a page still leaves nothing to save.
 *
 * Props are Sveltia's custom field type props (a Decap-style React control): value, forID, entry (the
 * entry being edited: data, collection, and slug, empty while the page is new), onChange.
 */
import { slugFromTitle } from '../lib/slugs.ts';

interface EntryMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
}

interface ControlProps {
  value?: string;
  forID: string;
  entry?: EntryMap;
  onChange: (value: string) => void;
}

type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
type CreateClass = (spec: Record<string, unknown>) => unknown;

/** The field type's control, made with the React that Sveltia puts on window (window.h, window.createClass). */
export function fileNameControl(h: CreateElement, createClass: CreateClass): unknown {
  return createClass({
    componentDidMount(this: { sync: () => void }) {
      this.sync();
    },
    componentDidUpdate(this: { sync: () => void }) {
      this.sync();
    },
    /** A new page's file name follows its title as it is typed. */
    sync(this: { props: ControlProps }) {
      const { entry, value, onChange } = this.props;
      if (!entry || entry.get('slug')) return;
      const name = slugFromTitle(String(entry.getIn(['data', 'title']) ?? ''));
      if (name !== (value ?? '')) onChange(name);
    },
    render(this: { props: ControlProps }) {
      const { entry, value, forID } = this.props;
      const collection = String(entry?.get('collection') ?? '');
      const saved = String(entry?.get('slug') ?? '');
      const name = saved || value || '';
      const text = name
        ? `content/${collection}/${name}.mdx, shown to carers at /${collection}/${name}/`
        : 'Made from the title when you type it.';
      return h('output', { id: forID, style: { display: 'block', padding: '4px 0' } }, text);
    },
  });
}

/**
 * The browser editor at /admin/: Sveltia CMS, bundled from node_modules by the build (scripts/lib/editor.ts)
 * and started with the configuration generated from the content schemas (src/lib/editor/config.ts), the
 * handbook's file formats (fileFormat.ts: saving changes only the edited lines), its components
 * (components.ts) and the site's own stylesheet for the preview.
 *
 * Requests: the editor talks only to this site and to GitHub's API. Sveltia also asks githubstatus.com
 * how GitHub is doing every few minutes; that request is refused here, before it leaves the browser, so
 * the security policy never has to block it (and the console stays clean).
 */
import CMS, { type CmsConfig } from '@sveltia/cms';
import { editorComponents, type ScopeAttributes } from '../lib/editor/components.ts';
import type { Choice, GeneratedConfig } from '../lib/editor/config.ts';
import { readList, readPage, writeList, writePage } from '../lib/editor/fileFormat.ts';
import { fileNameControl } from './fileName.ts';

declare const __EDITOR__: GeneratedConfig & { contacts: Choice[]; scope: ScopeAttributes };

/** Origins the editor may fetch from: this site, and GitHub's API (sign-in, files, pull requests). */
export const allowedOrigins = [location.origin, 'https://api.github.com'];

const siteFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.protocol !== 'blob:' && url.protocol !== 'data:' && !allowedOrigins.includes(url.origin)) {
    return Promise.reject(new TypeError(`The handbook editor does not contact ${url.origin}.`));
  }
  return siteFetch(input, init);
};

const generated = __EDITOR__;
const today = new Date().toISOString().slice(0, 10);
/** A new page's dates are today's: the configuration carries a mark where they go. */
const config = JSON.parse(JSON.stringify(generated.config).replaceAll(generated.todayMark, today)) as CmsConfig;

for (const [name, format] of Object.entries(generated.formats)) {
  CMS.registerCustomFormat(name, format.extension, {
    fromFile: format.kind === 'page' ? readPage : readList,
    // The file name is the file's, not a line in it (fileName.ts).
    toFile: ({ [generated.fileName.field]: _fileName, ...content }: Record<string, unknown>) =>
      format.kind === 'page' ? writePage(content, format.defaults) : writeList(content, format.defaults),
  });
}
const react = window as unknown as { h: Parameters<typeof fileNameControl>[0]; createClass: Parameters<typeof fileNameControl>[1] };
CMS.registerFieldType(generated.fileName.widget, fileNameControl(react.h, react.createClass) as never, (() => null) as never);
for (const component of editorComponents(generated.contacts, generated.scope)) CMS.registerEditorComponent(component as never);
for (const style of generated.previewStyles) CMS.registerPreviewStyle(style);

/**
 * Sveltia gives its preview frame the language "_default" (a locale name of its own), which is not a
 * language: screen readers would guess how to speak the preview. Its text is the handbook's: en-GB.
 */
function previewLanguage(frame: HTMLIFrameElement) {
  const fix = () => {
    const html = frame.contentDocument?.documentElement;
    if (html && !/^[a-z]{2,3}(-|$)/i.test(html.lang)) html.lang = 'en-GB';
  };
  frame.addEventListener('load', fix);
  fix();
  new MutationObserver(fix).observe(frame, { attributes: true });
  const watchHtml = () =>
    frame.contentDocument &&
    new MutationObserver(fix).observe(frame.contentDocument, { attributes: true, subtree: true, attributeFilter: ['lang'] });
  frame.addEventListener('load', watchHtml);
  watchHtml();
}
new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes)
      if (node instanceof Element)
        for (const frame of node.matches('iframe') ? [node] : node.querySelectorAll('iframe')) previewLanguage(frame as HTMLIFrameElement);
}).observe(document.documentElement, { childList: true, subtree: true });

/**
 * Sveltia adds a viewport line with maximum-scale=1, which stops staff zooming the editor on a phone
 * (axe: meta-viewport). Zooming is left to the reader: the limit is taken out wherever it appears.
 */
function allowZoom() {
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="viewport"]'))
    if (/maximum-scale|user-scalable/.test(meta.content))
      meta.content = meta.content
        .split(',')
        .map((part) => part.trim())
        .filter((part) => !/^(maximum-scale|user-scalable)=/.test(part))
        .join(', ');
}
new MutationObserver(allowZoom).observe(document.head, { childList: true, subtree: true, attributes: true, attributeFilter: ['content'] });

void CMS.init({ config });

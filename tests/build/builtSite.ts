/** What the build tests read from the built site: page titles as carers see them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const dist = join(process.cwd(), 'dist');

export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([\da-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The h1 of a built page, as text. */
export function pageTitle(path: string): string {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return decodeEntities(h1.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

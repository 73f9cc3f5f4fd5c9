/**
 * What the browser editor's tests (editor.spec.ts) need: the editor opened in its local-repository mode
 * on a copy of the content with no GitHub, everything it logs and every request it makes, the copy read
 * back, and the gate run on it.
 *
 * Sveltia's local mode asks for the repository's folder with the File System Access API's folder picker
 * (window.showDirectoryPicker). A test cannot answer a picker, so the page's picker is replaced by one that
 * returns a folder in the origin-private file system (navigator.storage.getDirectory()): the same kind of
 * directory handle, which the test fills with a copy of content/ (and a .git file, which is how Sveltia
 * recognises a repository's root) and reads back after each save.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export const root = process.cwd();

/** content/ as the repository has it: every page and list, by path. */
export function contentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(join(root, 'content'), { recursive: true }) as string[]) {
    if (/\.(mdx|yaml)$/.test(name)) files[`content/${name.split('\\').join('/')}`] = readFileSync(join(root, 'content', name), 'utf8');
  }
  return files;
}

export interface EditorLog {
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Other console messages at warning level, kept for the report. */
  warnings: string[];
  /** Requests to any origin but the site's (blob: and data: are the page's own). */
  offSite: string[];
}

/** Records what the editor logs and asks for, from before its first script runs. */
export function watch(page: Page, origin: string): EditorLog {
  const log: EditorLog = { errors: [], warnings: [], offSite: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url)) log.offSite.push(url);
  });
  return log;
}

/** The folder picker answers with a folder of the origin-private file system. */
export async function standInForFolderPicker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('repository', { create: true });
  });
}

/**
 * Notes when the rich text editor last wrote its text back as Markdown: it dispatches an `Update` event
 * on its root (which does not bubble, so it is caught on the way down).
 */
async function recordRichTextWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    addEventListener('Update', () => ((window as unknown as { richTextWritten: number }).richTextWritten = performance.now()), true);
  });
}

/**
 * Runs a change made in a component of the rich text (a contact picked from its list) and waits, as
 * staff would before pressing Save, until the text holding it has been written back. Sveltia converts
 * the text to Markdown 100 ms after each change and, before saving, waits only for changes that were
 * typed: a Save pressed at machine speed after picking would save the text from before the pick. First
 * lets the writes of earlier changes land (inserting the component writes too, 100 ms later: taken for
 * the pick's, it let a Save through before the pick was written, and a page was saved with
 * `<Contact id="" />`), then waits for a write after the change and a quarter of a second with none.
 */
export async function changeInRichText(page: Page, change: () => Promise<void>): Promise<void> {
  await page.waitForTimeout(150);
  await page.waitForFunction(() => performance.now() - ((window as unknown as { richTextWritten?: number }).richTextWritten ?? 0) > 250);
  const since = await page.evaluate(() => performance.now());
  await change();
  await page.waitForFunction((since) => {
    const written = (window as unknown as { richTextWritten?: number }).richTextWritten ?? 0;
    return written > since && performance.now() - written > 250;
  }, since);
}

/** Fills the stand-in folder with a copy of the content and a .git file. */
export async function writeRepository(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(async (files) => {
    const repository = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository', { create: true });
    await repository.getFileHandle('.git', { create: true });
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      let folder = repository;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
}

/** Every page and list in the stand-in folder, as the editor left them. */
export async function readRepository(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const files: Record<string, string> = {};
    const visit = async (folder: FileSystemDirectoryHandle, path: string) => {
      for await (const [name, handle] of (folder as unknown as { entries: () => AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await visit(handle as FileSystemDirectoryHandle, `${path}${name}/`);
        else if (/\.(mdx|yaml)$/.test(name)) files[`${path}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    await visit(await (await navigator.storage.getDirectory()).getDirectoryHandle('repository'), '');
    return files;
  });
}

/** Opens /admin/ in local-repository mode on a copy of the content. */
export async function openLocalEditor(page: Page, files = contentFiles()): Promise<void> {
  await standInForFolderPicker(page);
  await recordRichTextWrites(page);
  await page.goto('/admin/');
  await writeRepository(page, files);
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await expect(page.getByRole('treeitem', { name: 'Handbook sections' })).toBeVisible();
}

/** `npm run check` on a copy of the site holding these content files: its exit code and what it printed. */
export function gate(files: Record<string, string>): { status: number | null; output: string } {
  const site = mkdtempSync(join(tmpdir(), 'handbook-editor-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  for (const item of ['src', 'node_modules']) symlinkSync(join(root, item), join(site, item));
  const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', site], { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * The file `npm run new` writes for this title, on a copy of the site holding these content files: its
 * path and text (scripts/new.ts, run as staff would run it).
 */
export function newPageByScript(
  files: Record<string, string>,
  kind: 'section' | 'guide' | 'document',
  title: string,
  ...options: string[]
): { path: string; text: string } {
  const site = mkdtempSync(join(tmpdir(), 'handbook-new-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  const result = spawnSync(process.execPath, ['scripts/new.ts', kind, title, ...options, '--root', site], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run new -- ${kind} "${title}": ${result.stderr}`);
  const path = /Wrote (content\/\S+\.mdx)/.exec(result.stdout)?.[1];
  if (!path) throw new Error(`npm run new did not say which file it wrote: ${result.stdout}`);
  return { path, text: readFileSync(join(site, path), 'utf8') };
}

/** Scrolls the editor's form to its end: Sveltia renders fields as they come into view. */
export async function scrollFormToEnd(page: Page): Promise<void> {
  for (let i = 0; i < 8; i++) {
    await page.mouse.move(300, 400);
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(150);
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as Sveltia writes it, with invisible isolation marks around the part it fills in: "Add ⁨Key points⁩". */
export const named = (before: string, filled: string, after = '') =>
  new RegExp(`^${escape(before)}\u2068?${escape(filled)}\u2069?${escape(after)}$`);

/**
 * Presses a key (Tab unless told) until the element has the focus, as a keyboard user moves through the
 * editor; fails after `most` presses, naming where the focus was.
 */
export async function pressUntilFocused(page: Page, target: Locator, key = 'Tab', most = 40): Promise<void> {
  for (let presses = 0; presses < most; presses++) {
    if (await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))) return;
    await page.keyboard.press(key);
  }
  const at = await page.evaluate(
    () =>
      `${document.activeElement?.tagName} "${document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim().slice(0, 40)}"`,
  );
  throw new Error(`${most} presses of ${key} never reached ${target}: the focus is on ${at}`);
}

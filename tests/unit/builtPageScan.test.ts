import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pagesToScan, scanPages, scanPagesInWorkers } from '../../scripts/lib/builtPageScan.ts';
import { writeSecurityHeaders } from '../../scripts/lib/writeSecurityHeaders.ts';
import { distOf } from '../../scripts/lib/builtSite.ts';

const page = (body: string) => `<!DOCTYPE html><html lang="en-GB"><head><title>T</title></head><body><main>${body}</main></body></html>`;

function site() {
  const root = mkdtempSync(join(tmpdir(), 'page-scan-'));
  mkdirSync(join(root, 'dist/handbook/a'), { recursive: true });
  writeFileSync(join(root, 'dist/index.html'), page('<h1>Home</h1>'));
  writeFileSync(join(root, 'dist/handbook/a/index.html'), page('<h1>A</h1>'));
  writeFileSync(join(root, 'dist/404.html'), page('<h1 onclick="x()">Not found</h1>'));
  return root;
}
const files = ['/404.html', '/handbook/a/index.html', '/index.html'];

test('the pages scanned in worker threads find what a scan in this thread finds, in the same order', async () => {
  const root = site();
  try {
    const dist = distOf(root);
    const here = scanPages(dist, files);
    assert.deepEqual(here.undeclared, ['dist/404.html: an event-handler attribute onclick="x()" on <h1>']);
    assert.deepEqual(await scanPagesInWorkers(dist, files, 2), here);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a page changed or added after the early scan is scanned again before the headers are written', async () => {
  const root = site();
  try {
    const dist = distOf(root);
    writeFileSync(join(dist, '404.html'), page('<h1>Not found</h1>'));
    const scan = await scanPagesInWorkers(dist, files, 2);
    assert.deepEqual(scan.undeclared, []);
    assert.deepEqual(pagesToScan(dist, files, scan), []);
    // A step after the scan changes a page and adds one, as the PDF step does.
    writeFileSync(join(dist, 'handbook/a/index.html'), page('<h1>A</h1><script>alert(1)</script>'));
    writeFileSync(join(dist, 'late.html'), page('<a href="javascript:alert(1)">x</a>'));
    assert.deepEqual(pagesToScan(dist, [...files, '/late.html'], scan), ['/handbook/a/index.html', '/late.html']);
    assert.throws(
      () => writeSecurityHeaders(root, scan),
      (error: Error) =>
        /dist\/handbook\/a\/index\.html: an inline <script> that no component declares/.test(error.message) &&
        /dist\/late\.html: a href="javascript:alert\(1\)"/.test(error.message),
    );
    // A page the early scan found fault with, mended since, no longer stops the build.
    writeFileSync(join(dist, 'handbook/a/index.html'), page('<h1>A</h1>'));
    rmSync(join(dist, 'late.html'));
    const faulty = {
      ...scan,
      undeclared: ['dist/404.html: an event-handler attribute onclick="x()" on <h1>'],
      pages: scan.pages.map((p) => (p.file === '/404.html' ? { ...p, digest: 'before' } : p)),
    };
    assert.match(writeSecurityHeaders(root, faulty), /allowed by hash/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

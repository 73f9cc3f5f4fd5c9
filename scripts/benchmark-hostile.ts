/**
 * npm run benchmark:hostile: how long the content check takes on each hostile page (tests/gate/
 * hostilePages.ts), one page at a time beside the real content, in this process. Each should take well
 * under a second: every rule that reads text is linear in the page.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPage } from '../src/lib/content/pageChecks.ts';
import { pageContext } from '../src/lib/content/pipeline.ts';
import { hostileFrontmatter, hostilePages } from '../tests/gate/hostilePages.ts';
import { commandLine } from './lib/commandLine.ts';

commandLine({}, 'Use: npm run benchmark:hostile (takes no arguments)');

const site = mkdtempSync(join(tmpdir(), 'handbook-hostile-'));
try {
  for (const item of ['content', 'src/pages', 'public']) if (existsSync(item)) cpSync(item, join(site, item), { recursive: true });
  const context = pageContext(site);
  const rows: [string, number, number][] = [];
  for (const [index, page] of hostilePages().entries()) {
    const file = `content/handbook/hostile-${index}.mdx`;
    const text = hostileFrontmatter(`Hostile ${index}`) + page.body;
    writeFileSync(join(site, file), text);
    const started = performance.now();
    const { problems } = checkPage(context, 'handbook', file, `hostile-${index}`);
    rows.push([page.name, performance.now() - started, problems.length]);
    rmSync(join(site, file));
  }
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, ms, problems] of rows)
    console.log(`${name.padEnd(width)}  ${ms.toFixed(0).padStart(6)} ms  ${problems} problem${problems === 1 ? '' : 's'}`);
  console.log(`slowest: ${Math.max(...rows.map(([, ms]) => ms)).toFixed(0)} ms`);
} finally {
  rmSync(site, { recursive: true, force: true });
}

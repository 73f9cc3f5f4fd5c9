/**
 * `astro build` on each site given, one after another in one process, printing for each what the build
 * printed and whether it failed, as one JSON line. Astro's CLI runs this same build function; running the
 * corpus in one process saves starting Astro sixty times. (tests/gate/doors.test.ts also runs the CLI itself.)
 *
 *   node tests/gate/buildEach.ts SITE...
 */
import { build } from 'astro';

for (const site of process.argv.slice(2)) {
  const printed: string[] = [];
  const original = { log: console.log, error: console.error, warn: console.warn, info: console.info };
  const capture = (...args: unknown[]) => printed.push(args.map(String).join(' '));
  Object.assign(console, { log: capture, error: capture, warn: capture, info: capture });
  let failed = false;
  try {
    await build({ root: site, logLevel: 'silent' });
  } catch (error) {
    failed = true;
    printed.push(error instanceof Error ? error.message : String(error));
  } finally {
    Object.assign(console, original);
  }
  process.stdout.write(`${JSON.stringify({ site, failed, output: printed.join('\n') })}\n`);
}

/**
 * Where the time of one `npm run build` goes, read from its output as it arrived (each line with the
 * seconds since the build started): npm run benchmark:build prints these per run, and their medians.
 * Pure, so the reading is unit-tested (tests/unit/buildTimings.test.ts) on real output.
 */

/** A line of the build's output and when it arrived, in seconds since the build started. */
export interface TimedLine {
  at: number;
  text: string;
}

/** One stage of the build and its seconds; stages in the order they run, adding up to the whole. */
export interface Stage {
  name: string;
  seconds: number;
}

const number = (text: string | undefined, unit: string | undefined) => (text ? Number(text) / (unit === 'ms' ? 1000 : 1) : undefined);

/**
 * The stages of one build: Astro's start-up, the content gate, Astro's content sync and bundling, the
 * render of every page, Astro's last steps (sitemap), then each step of scripts/after-build.ts as it
 * reports itself (the Node start-up of after-build is counted with Astro's last steps). `total` is the
 * wall time until the last line. Throws if the output is not a whole build's.
 */
export function buildStages(lines: readonly TimedLine[]): { stages: Stage[]; total: number; pages: number } {
  const find = (pattern: RegExp) => {
    const index = lines.findIndex((line) => pattern.test(line.text));
    return index < 0 ? undefined : { index, line: lines[index], match: pattern.exec(lines[index].text)! };
  };
  const gate = find(/Content check: no errors \(([\d.]+)s\)/);
  const renderStart = find(/generating static routes/);
  const built = find(/(\d+) page\(s\) built in/);
  const afterBuild = find(/^Running Pagefind|^after build: /);
  if (!gate || !renderStart || !built || !afterBuild) throw new Error('Not the output of a whole `npm run build`.');
  const rendered = lines
    .slice(renderStart.index)
    .map((line) => /^(?:[\d:]+ )?✓ Completed in ([\d.]+)(m?s)/.exec(line.text.trim()))
    .find(Boolean);
  const gateSeconds = Number(gate.match[1]);
  const renderSeconds = number(rendered?.[1], rendered?.[2]) ?? built.line.at - renderStart.line.at;
  const stages: Stage[] = [
    { name: 'Astro start-up and configuration', seconds: gate.line.at - gateSeconds },
    { name: 'content gate (every rule on every file)', seconds: gateSeconds },
    { name: 'Astro: content sync, types, bundling', seconds: renderStart.line.at - gate.line.at },
    { name: 'Astro: render every page', seconds: renderSeconds },
    { name: 'Astro: sitemap, finish; after-build start-up', seconds: 0 },
  ];
  let stepsSeconds = 0;
  for (const line of lines) {
    const step = /^after build: ([^:]+): .*\(([\d.]+) s\)$/.exec(line.text);
    if (!step) continue;
    stages.push({ name: `after build: ${step[1]}`, seconds: Number(step[2]) });
    stepsSeconds += Number(step[2]);
  }
  const total = lines.at(-1)!.at;
  stages[4].seconds = total - stepsSeconds - (renderStart.line.at + renderSeconds);
  return { stages, total, pages: Number(built.match[1]) };
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

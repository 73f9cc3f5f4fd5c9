/**
 * The build is the gate: this integration runs the content pipeline when Astro starts, before any content
 * is loaded or any MDX is compiled or run. `astro build` (and `astro sync`, which `astro check` runs) stops
 * on any error with the same `file:line - what is wrong - how to fix it` lines as `npm run check`; the
 * dev server prints them and carries on, so an editor can preview a page while fixing it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentOf } from './cache.ts';
import { errorsIn } from './pipeline.ts';
import { formatProblem } from './problem.ts';

export function contentGate(): AstroIntegration {
  return {
    name: 'handbook-content-gate',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'preview') return;
        const started = performance.now();
        const { problems } = contentOf(fileURLToPath(config.root), { fresh: true });
        const errors = errorsIn(problems);
        for (const problem of problems) console.error(formatProblem(problem));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (errors.length === 0) {
          logger.info(`Content check: no errors (${seconds}s).`);
          return;
        }
        const summary = `Content check: ${errors.length} error${errors.length === 1 ? '' : 's'}. Fix the problems listed above (CONTRIBUTING.md explains each message); nothing was built.`;
        if (command === 'dev') {
          logger.error(summary.replace('nothing was built', 'pages with errors may not show'));
          return;
        }
        const error = new Error(summary);
        // The problems above are the message; a stack trace would only bury them.
        error.stack = summary;
        throw error;
      },
    },
  };
}

/**
 * A Vite plugin that writes the brand colour of content/site.yaml into src/styles/tokens.css, on the
 * standard theme's lines marked `/* brandColour *\/` (high visibility keeps its own black and white), so
 * the colour is in the one stylesheet every page shares, as the security policy requires.
 *
 * It rewrites every stylesheet that holds a marked line, not only tokens.css by name: global.css takes
 * tokens.css in with `@import`, which Vite inlines without passing the imported file through plugins, so
 * the marked lines reach a plugin inside the stylesheet that imports them (tests/build/secondCouncil.test.ts
 * builds another council's site and reads its colour in the built stylesheet).
 */
import type { Plugin } from 'vite';

const marked = /(--colour-[\w-]+:\s*)#[0-9a-fA-F]{6}(;\s*\/\* brandColour \*\/)/g;

/** The stylesheet's text with the marked colours set to `colour`. */
export function withBrandColour(css: string, colour: string): string {
  return css.replace(marked, (_, before: string, after: string) => `${before}${colour}${after}`);
}

export function brandColour(colour: string | undefined): Plugin {
  return {
    name: 'handbook-brand-colour',
    transform(code, id) {
      if (!colour || !/\.css$/.test(id.split('?')[0]!) || !code.includes('/* brandColour */')) return undefined;
      return { code: withBrandColour(code, colour), map: null };
    },
  };
}

/**
 * A Vite plugin that writes the brand colour of content/site.yaml into src/styles/tokens.css, on the
 * standard theme's lines marked `/* brandColour *\/` (high visibility keeps its own black and white), so
 * the colour is in the one stylesheet every page shares, as the security policy requires.
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
      if (!colour || !id.split('?')[0]!.endsWith('/src/styles/tokens.css')) return undefined;
      return { code: withBrandColour(code, colour), map: null };
    },
  };
}

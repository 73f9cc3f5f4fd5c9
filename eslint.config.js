// @ts-check
/**
 * npm run lint: TypeScript and Astro files, with the accessibility rules of eslint-plugin-jsx-a11y applied
 * to Astro templates (through eslint-plugin-astro). Formatting is Prettier's job (npm run format), not
 * ESLint's.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', 'dist-nginx/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'tests/gate/fixtures/', 'public/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused names are mistakes, except a deliberate `_` placeholder.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The saved-settings head script is inline on every page and counts against the reading-controls
    // budget, so it is written small by hand (its long form is the comment above it).
    files: ['**/ApplySavedReadingSettings.astro', '**/ApplySavedReadingSettings.astro/**'],
    rules: {
      'no-var': 'off',
      'no-empty': 'off',
      '@typescript-eslint/no-unused-vars': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);

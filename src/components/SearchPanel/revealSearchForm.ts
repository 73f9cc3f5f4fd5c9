/**
 * The inline script of SearchPanel.astro: it runs as the page is parsed, so readers with JavaScript never
 * see the message meant for those without, and get the form at once. Declared here so that the policy
 * allows exactly this code by its hash (src/components/inlineCode.ts).
 */
export const revealSearchFormScript =
  "document.querySelector('[data-search-no-js]').hidden=true;document.querySelector('[data-search-panel]').hidden=false;";

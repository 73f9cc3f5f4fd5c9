/**
 * The inline script of ApplySavedReadingSettings.astro, declared here so that the site's security policy
 * allows exactly this code by its hash (src/components/inlineCode.ts) and the build refuses any other
 * inline script. Kept tiny and written small by hand (nothing minifies inline script); it counts towards
 * the reading-controls script budget (tests/build/readingControlsBudget.test.ts).
 *
 * In full: read the saved size and contrast (storage may be off); set data-text-size (large or largest)
 * and data-contrast (high, or what prefers-contrast asks for when nothing is saved) on <html>; do it
 * again when the page comes back from the back-forward cache or another tab saves a choice; mark that
 * script runs (data-reading-controls) and whether the browser can speak (data-speech).
 */
export const applySavedReadingSettingsScript =
  "(function(h){function a(){var s,c;try{s=localStorage.getItem('text-size');c=localStorage.getItem('contrast')}catch(e){}h.removeAttribute('data-text-size');h.removeAttribute('data-contrast');if(s=='large'||s=='largest')h.setAttribute('data-text-size',s);if(c?c=='high':matchMedia('(prefers-contrast: more)').matches)h.setAttribute('data-contrast','high')}a();addEventListener('pageshow',function(e){e.persisted&&a()});addEventListener('storage',a);h.setAttribute('data-reading-controls','');'speechSynthesis'in window&&h.setAttribute('data-speech','')})(document.documentElement);";

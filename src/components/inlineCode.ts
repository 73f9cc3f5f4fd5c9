/**
 * Every piece of inline code the site may carry, each declared beside the component that writes it. The
 * Content-Security-Policy allows exactly these by hash (scripts/lib/securityHeaders.ts), and the build
 * fails if any built page holds an inline script or style that is not here, an event-handler attribute
 * or a javascript: address (scripts/lib/builtPageCode.ts). So code that reaches a page any other way,
 * through content or a dependency, is refused at build time and blocked in the browser.
 */
import { applySavedReadingSettingsScript } from './ReadingControls/applySavedReadingSettings.ts';
import { revealSearchFormScript } from './SearchPanel/revealSearchForm.ts';

export interface InlineCode {
  scripts: string[];
  styles: string[];
}

export const declaredInlineCode: InlineCode = {
  scripts: [applySavedReadingSettingsScript, revealSearchFormScript],
  styles: [],
};

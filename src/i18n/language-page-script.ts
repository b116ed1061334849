/**
 * The script each built page runs first, inline in its head (scripts/language-pages-plugin.ts
 * bundles it and the Content Security Policy allows it by its hash): when the visit's language
 * has a page of its own elsewhere, it goes there before this page shows anything, keeping the
 * step and any link. The page is hidden meanwhile, which tells src/main.tsx to start nothing.
 */
import { elsewhere } from './language-page';
import { chooseLanguage } from './languages';
import { savedLanguage } from './saved-language';

const root = document.documentElement;
const target = elsewhere(chooseLanguage({ saved: savedLanguage(), browser: navigator.languages }), root.lang, location);
if (target !== undefined) {
  // The rest of this page still parses while the next one loads: it must not show meanwhile.
  root.hidden = true;
  location.replace(target);
}

/**
 * The built app is one page per language: index.html in English, de/index.html and
 * es/index.html, each with its landing page prerendered in that language, so it shows as soon
 * as the HTML and CSS arrive. A static host cannot choose a page by the visitor's language, so
 * each page's head runs a small script (./language-page-script.ts) that sends a visit to its
 * language's page before anything shows. The address never chooses the language: a link to the
 * German page opens in the recipient's language, as any link does, and links are made for `/`.
 */
// With its extension: the Vite config loads this file (scripts/language-pages-plugin.ts).
import { isLanguage, type Language, type Locale } from './languages.ts';

/** Where each language's page is. */
export const LANGUAGE_PAGES: Readonly<Record<Language, string>> = { en: '/', de: '/de/', es: '/es/' };

/** The page whose landing is prerendered in `locale`'s language: the pseudo-language shows on the English one. */
export function languagePage(locale: Locale): string {
  return isLanguage(locale) ? LANGUAGE_PAGES[locale] : LANGUAGE_PAGES.en;
}

/**
 * Where a visit in `locale` should go instead of this page, keeping the step and any link in
 * the query and fragment; undefined when this page is the one. `pageLanguage` is the language
 * the page was built in (its `<html lang>`). A host that answers every address with the same
 * page (a single-page-app fallback) would send the visit round in circles: a visit already at
 * its language's address stays, and the app shows the language without the prerendered page.
 */
export function elsewhere(
  locale: Locale,
  pageLanguage: string,
  location: Pick<Location, 'pathname' | 'search' | 'hash'>,
): string | undefined {
  const page = languagePage(locale);
  if (page === languagePage(isLanguage(pageLanguage) ? pageLanguage : 'en')) return undefined;
  if (location.pathname === page || location.pathname === `${page}index.html`) return undefined;
  return `${page}${location.search}${location.hash}`;
}

/** The address of the same step on `locale`'s page, for a switch of language: the reload then shows its page. */
export function addressIn(locale: Locale, location: Pick<Location, 'search' | 'hash'>): string {
  return `${languagePage(locale)}${location.search}${location.hash}`;
}

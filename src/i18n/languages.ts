/**
 * The languages Role Fit speaks, and how a visit picks one: a choice the visitor made before,
 * then the embed's language attribute, then the browser's languages (exact, then the base
 * language), then English.
 */
export const LANGUAGES = ['en', 'de', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Tests only: English with every message lengthened by about 40% and marked ⟦…⟧, so text that
 * does not come from the messages, and layouts that break with longer words, show.
 */
export const PSEUDO = 'en-XA';
export type Locale = Language | typeof PSEUDO;

/** Each language named in itself, for the switcher. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', de: 'Deutsch', es: 'Español' };

export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function isLocale(value: unknown): value is Locale {
  return value === PSEUDO || isLanguage(value);
}

/** The one language this visit shows, from the sources in order of precedence. */
export function chooseLanguage(sources: {
  saved?: string | null;
  attribute?: string | null;
  browser?: readonly string[];
}): Locale {
  if (isLocale(sources.saved)) return sources.saved;
  const attribute = sources.attribute?.trim().toLowerCase();
  if (isLanguage(attribute)) return attribute;
  if (attribute && isLanguage(attribute.split('-')[0])) return attribute.split('-')[0] as Language;
  // In the visitor's order of preference: each language exactly, then its base ("de-AT" → de).
  for (const tag of sources.browser ?? []) {
    const exact = tag.toLowerCase();
    if (isLanguage(exact)) return exact;
    const base = exact.split('-')[0];
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

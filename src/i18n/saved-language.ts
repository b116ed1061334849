/** The visitor's own choice of language, kept in this browser. Untrusted: read back only if valid. */
import { isLocale, type Locale } from './languages';

export const LANGUAGE_KEY = 'role-fit:language';

export function savedLanguage(storage: () => Storage = () => localStorage): string | null {
  try {
    const value = storage().getItem(LANGUAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the choice; where storage is blocked or full, the choice lasts for this visit. */
export function saveLanguage(locale: Locale, storage: () => Storage = () => localStorage): void {
  try {
    storage().setItem(LANGUAGE_KEY, locale);
  } catch {
    // Nothing to do: the page shows the language anyway.
  }
}

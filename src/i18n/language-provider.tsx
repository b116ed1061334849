import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { LanguageContext } from './language-context';
import type { Locale } from './languages';
import { hasResultPack, loadCore, loadResult } from './packs';
import { saveLanguage } from './saved-language';

/**
 * Holds the visit's language. Switching saves the choice, loads the new language's words
 * (the result's too, once the result has shown, so the screen stays as it is) and then shows
 * them; the answers and the screen live in the store and do not move.
 */
export function LanguageProvider({
  first,
  onSwitch,
  children,
}: {
  first: Locale;
  /** Called once the new language shows: the site puts it in the address (src/root.tsx). */
  onSwitch?: (locale: Locale) => void;
  children: (locale: Locale) => ReactNode;
}) {
  const [locale, setLocale] = useState(first);
  const switchTo = useCallback(
    (next: Locale) => {
      saveLanguage(next);
      const result = hasResultPack(locale) ? loadResult(next) : undefined;
      void Promise.all([loadCore(next), result]).then(() => {
        document.documentElement.lang = next;
        setLocale(next);
        onSwitch?.(next);
      });
    },
    [locale, onSwitch],
  );
  const language = useMemo(() => ({ locale, switchTo }), [locale, switchTo]);
  return <LanguageContext value={language}>{children(locale)}</LanguageContext>;
}

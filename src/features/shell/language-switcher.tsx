import { useLanguage, useMessages } from '../../i18n/language-context';
import { LANGUAGES, LANGUAGE_NAMES } from '../../i18n/languages';

/**
 * One button per language, each named in itself ("Deutsch") and marked with its language, so
 * a screen reader says it right. Pressing one shows the app in that language; the answers and
 * the screen stay, and focus stays on the button. Buttons, not a select: arrow keys in a
 * select would switch at every step. The pseudo-language for tests is never offered.
 */
export function LanguageSwitcher() {
  const language = useLanguage();
  const { locale } = language;
  const m = useMessages().shell;
  return (
    <nav className="language-switcher no-print" aria-label={m.language.label}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="language-button"
          aria-pressed={locale === code}
          onClick={() => {
            if (locale !== code) language.switchTo(code);
          }}
        >
          {LANGUAGE_NAMES[code]}
        </button>
      ))}
    </nav>
  );
}

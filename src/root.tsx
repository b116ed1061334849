import { StrictMode } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { App } from './app';
import { bankFor } from './bank';
import { addressIn } from './i18n/language-page';
import { LanguageProvider } from './i18n/language-provider';
import type { Locale } from './i18n/languages';
import type { AssessmentStore } from './store/assessment-store';

/** After a switch, the address is the new language's page, so a reload shows that page (src/i18n/language-page.ts). */
function showLanguageInAddress(locale: Locale) {
  history.replaceState(history.state, '', addressIn(locale, location));
}

/**
 * The whole page on the bundled bank, in one language. The build renders it in each language to
 * HTML for that language's page (scripts/prerender-landing.tsx) and the browser hydrates that
 * HTML on a first visit in that language: both must render this same tree, or React's ids would not match.
 */
export function Root({ store, locale }: { store: StoreApi<AssessmentStore> | undefined; locale: Locale }) {
  return (
    <StrictMode>
      <LanguageProvider first={locale} onSwitch={showLanguageInAddress}>
        {(current) => <App bank={{ ok: true, bank: bankFor(current) }} store={store} />}
      </LanguageProvider>
    </StrictMode>
  );
}

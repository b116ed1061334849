import { StrictMode } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { App } from './app';
import { bankFor } from './bank';
import { LanguageProvider } from './i18n/language-provider';
import type { Locale } from './i18n/languages';
import type { AssessmentStore } from './store/assessment-store';

/**
 * The whole page on the bundled bank, in one language. The build renders it in English to
 * HTML for index.html (scripts/prerender-landing.tsx) and the browser hydrates that HTML on
 * an English first visit: both must render this same tree, or React's ids would not match.
 */
export function Root({ store, locale }: { store: StoreApi<AssessmentStore> | undefined; locale: Locale }) {
  return (
    <StrictMode>
      <LanguageProvider first={locale}>
        {(current) => <App bank={{ ok: true, bank: bankFor(current) }} store={store} />}
      </LanguageProvider>
    </StrictMode>
  );
}

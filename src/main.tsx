import { createRoot, hydrateRoot } from 'react-dom/client';
import { bankFor } from './bank';
import { chooseLanguage } from './i18n/languages';
import { loadCore, loadResult } from './i18n/packs';
import { savedLanguage } from './i18n/saved-language';
import { Root } from './root';
import { createAssessmentStore, isFreshLanding } from './store/assessment-store';
import { syncHistory } from './store/history-sync';
import './styles/app.css';
// The site's header and footer: the embed (src/embed/main.tsx) has neither.
import './styles/site.css';

// Headings take focus on every screen; their ring shows only to someone using the keyboard.
const input = (kind: 'keyboard' | 'pointer') => () => (document.documentElement.dataset.input = kind);
addEventListener('keydown', input('keyboard'), true);
addEventListener('pointerdown', input('pointer'), true);

const container = document.getElementById('root');
const locale = chooseLanguage({ saved: savedLanguage(), browser: navigator.languages });
// The language this page was built in, with its landing page prerendered in it.
const pageLanguage = document.documentElement.lang;

// A hidden page is on its way to its language's page (src/i18n/language-page-script.ts).
if (container && !document.documentElement.hidden) {
  document.documentElement.lang = locale;
  void loadCore(locale).then(async () => {
    const store = createAssessmentStore(bankFor(locale));
    // A storage problem is told from the first frame: its words come with the result's, and a
    // notice that showed later would push the page down under a pointer about to click Start.
    const { saving, restoreProblem } = store.getState();
    if (saving !== 'on' || restoreProblem !== null) await loadResult(locale);
    syncHistory(store);
    const page = <Root store={store} locale={locale} />;
    // Each built page holds the first visit's landing page in its language. It is hydrated as it
    // is only when that is what this visit shows: that language, nothing saved, no notice, no link.
    const fresh = locale === pageLanguage && isFreshLanding(store.getState()) && location.hash === '';
    if (fresh && container.firstElementChild) hydrateRoot(container, page);
    else {
      container.replaceChildren();
      createRoot(container).render(page);
    }
  });
}

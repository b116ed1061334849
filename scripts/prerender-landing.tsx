/**
 * Prints each language's first visit (the landing page, with nothing saved) as JSON, for the
 * build to write into that language's page (scripts/language-pages-plugin.ts): the HTML inside
 * #root, the tab's title and the meta description. The page shows before any JavaScript has
 * run, and the app hydrates it. Run under tsx, so the Vite config loads no app code.
 */
import { renderToString } from 'react-dom/server';
import { bankFor } from '../src/bank';
import { fill } from '../src/i18n/format';
import '../src/i18n/all-languages';
import { LANGUAGES, type Language } from '../src/i18n/languages';
import dePage from '../src/i18n/messages/de/page';
import enPage from '../src/i18n/messages/en/page';
import esPage from '../src/i18n/messages/es/page';
import { coreMessages } from '../src/i18n/registry';
import { Root } from '../src/root';
import { createAssessmentStore } from '../src/store/assessment-store';

export interface PrerenderedPage {
  root: string;
  title: string;
  description: string;
}

const pages: Record<Language, typeof enPage> = { en: enPage, de: dePage, es: esPage };

/** A first visit: nothing saved. A fresh landing page writes nothing. */
const nothingSaved: Storage = {
  length: 0,
  clear: () => undefined,
  getItem: () => null,
  key: () => null,
  removeItem: () => undefined,
  setItem: () => undefined,
};

function prerender(language: Language): PrerenderedPage {
  const store = createAssessmentStore(bankFor(language), { storage: () => nothingSaved });
  const { shell, wizard } = coreMessages(language);
  return {
    root: renderToString(<Root store={store} locale={language} />),
    title: fill(language, shell.documentTitle, { title: wizard.landing.documentTitle }),
    description: pages[language].description,
  };
}

process.stdout.write(JSON.stringify(Object.fromEntries(LANGUAGES.map((language) => [language, prerender(language)]))));

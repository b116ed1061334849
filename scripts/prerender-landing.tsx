/**
 * Prints the first visit's page (the landing page, with nothing saved) as HTML, for the build
 * to put in index.html: it shows before any JavaScript has run, and the app hydrates it.
 * Run by scripts/prerender-plugin.ts under tsx, so the Vite config loads no app code.
 */
import { renderToString } from 'react-dom/server';
import { bankFor } from '../src/bank';
import '../src/i18n/all-languages';
import { Root } from '../src/root';
import { createAssessmentStore } from '../src/store/assessment-store';

/** A first visit: nothing saved. A fresh landing page writes nothing. */
const nothingSaved: Storage = {
  length: 0,
  clear: () => undefined,
  getItem: () => null,
  key: () => null,
  removeItem: () => undefined,
  setItem: () => undefined,
};

const store = createAssessmentStore(bankFor('en'), { storage: () => nothingSaved });
process.stdout.write(renderToString(<Root store={store} locale="en" />));

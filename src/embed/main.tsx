/**
 * Starts the embed page (embed.html): the app for a host's page, placed there by embed.js
 * or a plain iframe. Opened as a page of its own (a copied link), it hands over to the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bankFor } from '../bank';
import { LanguageProvider } from '../i18n/language-provider';
import { chooseLanguage, type Locale } from '../i18n/languages';
import { loadCore } from '../i18n/packs';
import { savedLanguage } from '../i18n/saved-language';
import { createAssessmentStore } from '../store/assessment-store';
import { EmbedApp } from './embed-app';
import { holdFocusUntilUsed } from './focus-guard';
import { readOptions, type EmbedOptions } from './options';
import { applyTheme } from './theme';
import '../styles/app.css';
import './embed.css';

const container = document.getElementById('root');
const root = document.documentElement;
if (window.top === window) {
  // Not in a frame: the standalone app, keeping any share link in the fragment.
  location.replace(new URL(`./${location.hash}`, location.href));
} else if (container) {
  const query = new URLSearchParams(location.search);
  const options = readOptions((name) => query.get(name));
  holdFocusUntilUsed();
  applyTheme(options);
  const locale = chooseLanguage({ saved: savedLanguage(), attribute: options.lang, browser: navigator.languages });
  root.lang = locale;
  // Placed by the loader, which sizes the frame to the page: it never scrolls inside.
  const placed = query.has('id') && query.has('host');
  if (placed) root.dataset.sized = '';

  const input = (kind: 'keyboard' | 'pointer') => () => (root.dataset.input = kind);
  addEventListener('keydown', input('keyboard'), true);
  addEventListener('pointerdown', input('pointer'), true);

  void loadCore(locale).then(() => start(locale, query, options, placed, container));
}

function start(locale: Locale, query: URLSearchParams, options: EmbedOptions, placed: boolean, container: HTMLElement) {
  const bank = bankFor(locale);
  const assessment = { bank, store: createAssessmentStore(bank) };
  const store = assessment.store;
  // Begins at the first question, unless this frame already holds answers or opens a link.
  const { step, answers } = store.getState();
  if (options.start === 'question' && step === 'landing' && Object.keys(answers).length === 0 && !location.hash)
    store.getState().start();
  let connected = false;
  // Once, though StrictMode runs effects twice in development.
  const onReady = placed
    ? () => {
        if (connected) return;
        connected = true;
        void import('./bridge').then(({ connect }) => {
          connect(query, options.emitResult, assessment);
        });
      }
    : undefined;
  createRoot(container).render(
    <StrictMode>
      <LanguageProvider first={locale}>
        {(current) => <EmbedApp bank={bankFor(current)} store={store} onReady={onReady} />}
      </LanguageProvider>
    </StrictMode>,
  );
}

import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { defaultBank } from './bank';
import { takeEarlyAction } from './early-action';
import { Root } from './root';
import { createAssessmentStore, isFreshLanding } from './store/assessment-store';
import './features/export/print.css';
import './styles/app.css';

const container = document.getElementById('root');
if (container) {
  const store = defaultBank.ok ? createAssessmentStore(defaultBank.bank, { saveAfterPaint: true }) : undefined;
  const early = takeEarlyAction(container);
  // The built index.html holds the first visit's landing page. It is hydrated as it is only
  // when that is what this visit shows: no saved progress, no notice, no share link to open.
  const fresh = store !== undefined && isFreshLanding(store.getState()) && location.hash === '';
  // Start or Compare clicked before the app loaded: carried out now (never over saved progress).
  if (fresh && early === 'start') store.getState().start();
  if (fresh && early === 'compare') store.getState().openCompare();
  const page = <Root store={store} />;
  // The landing page already shows; hydrating it only makes it respond, so it is done in
  // slices that leave the main thread free in between. A click before then hydrates at once.
  if (fresh && early === null && container.firstElementChild)
    startTransition(() => {
      hydrateRoot(container, page);
    });
  else {
    container.replaceChildren();
    createRoot(container).render(page);
  }
}

import { createRoot, hydrateRoot } from 'react-dom/client';
import { defaultBank } from './bank';
import { Root } from './root';
import { createAssessmentStore, isFreshLanding } from './store/assessment-store';
import { syncHistory } from './store/history-sync';
import './styles/app.css';

// Headings take focus on every screen; their ring shows only to someone using the keyboard.
const input = (kind: 'keyboard' | 'pointer') => () => (document.documentElement.dataset.input = kind);
addEventListener('keydown', input('keyboard'), true);
addEventListener('pointerdown', input('pointer'), true);

const container = document.getElementById('root');
if (container) {
  const store = defaultBank.ok ? createAssessmentStore(defaultBank.bank) : undefined;
  if (store) syncHistory(store);
  const page = <Root store={store} />;
  // The built index.html holds the first visit's landing page. It is hydrated as it is only
  // when that is what this visit shows: nothing saved, no notice, no share link to open.
  const fresh = store !== undefined && isFreshLanding(store.getState()) && location.hash === '';
  if (fresh && container.firstElementChild) hydrateRoot(container, page);
  else {
    container.replaceChildren();
    createRoot(container).render(page);
  }
}

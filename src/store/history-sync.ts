/**
 * Each screen is a browser history entry, so Back and Forward move between the questions, the
 * review, the result and the landing page, and a reload of any of those addresses shows that
 * screen. The step lives in the query (`?question=size`, `?step=review`): the fragment is left
 * to share links.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { AssessmentStore, Step } from './assessment-store';

const steps = ['review', 'result', 'compare', 'open', 'view'] as const;

/** The query that names a step; the landing page has none. */
export function stepSearch(step: Step): string {
  if (typeof step === 'object') return `?question=${encodeURIComponent(step.question)}`;
  return step === 'landing' ? '' : `?step=${step}`;
}

/** The step an address names, or undefined when it names none (or nothing this app knows). */
export function stepFromSearch(search: string): Step | undefined {
  const query = new URLSearchParams(search);
  const question = query.get('question');
  if (question) return { question };
  const step = query.get('step');
  return steps.find((known) => known === step);
}

/**
 * Keeps the address and the store's step in step: a reloaded address is visited first, every
 * later move is a new history entry, and Back or Forward visits the entry's step.
 * Returns a function that stops it.
 */
export function syncHistory(store: StoreApi<AssessmentStore>, win: Window = window): () => void {
  const address = (step: Step) => `${win.location.pathname}${stepSearch(step)}${win.location.hash}`;
  const named = stepFromSearch(win.location.search);
  if (named) store.getState().visit(named);
  win.history.replaceState(win.history.state, '', address(store.getState().step));

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.step === previous.step) return;
    const search = stepSearch(state.step);
    if (search !== win.location.search) win.history.pushState(null, '', address(state.step));
  });
  const onPopState = () => {
    store.getState().visit(stepFromSearch(win.location.search) ?? 'landing');
    // A step that fell back to another shows that one's address.
    const search = stepSearch(store.getState().step);
    if (search !== win.location.search) win.history.replaceState(null, '', address(store.getState().step));
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}

import { StrictMode } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { App } from './app';
import { defaultBank } from './bank';
import type { AssessmentStore } from './store/assessment-store';

/**
 * The whole page on the bundled bank. The build renders it to HTML for index.html
 * (scripts/prerender-landing.tsx) and the browser hydrates that HTML: both must render
 * this same tree, or React's ids would not match.
 */
export function Root({ store }: { store: StoreApi<AssessmentStore> | undefined }) {
  return (
    <StrictMode>
      <App bank={defaultBank} store={store} />
    </StrictMode>
  );
}

/**
 * Connects the embed page to the loader on the host page, once the first screen is up: its
 * height from then on, `ready`, and the result when the host asked for it. Loaded on its own,
 * after the first screen, so none of it weighs on the first download.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Bank } from '../engine';
import type { AssessmentStore } from '../store/assessment-store';
import { emitResults } from './emit-results';
import { hostChannel, reportHeight } from './host-channel';

export function connect(
  query: URLSearchParams,
  emitResult: boolean,
  assessment: { store: StoreApi<AssessmentStore>; bank: Bank } | undefined,
): void {
  const post = hostChannel(query);
  if (!post) {
    // No host to trust: a plain frame of fixed height, which scrolls inside.
    delete document.documentElement.dataset.sized;
    return;
  }
  reportHeight(post);
  post('ready', {});
  if (emitResult && assessment) emitResults(assessment.store, assessment.bank, post);
}

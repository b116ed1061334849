import { fullBank } from '../components/full-bank';
import type { StoreApi } from 'zustand/vanilla';
import type { Bank } from '../engine';
import type { Locale } from '../i18n/languages';
import { loadResult } from '../i18n/packs';
import type { AssessmentStore } from '../store/assessment-store';
import type { Post } from './host-channel';

/**
 * Posts the `result` event each time the person's own result shows for a new set of answers
 * (a shared result someone opened is not theirs, and is not posted). Only when the host opted in.
 */
export function emitResults(store: StoreApi<AssessmentStore>, bank: Bank, post: Post): () => void {
  let last = '';
  const check = (state: AssessmentStore) => {
    if (state.step !== 'result') return;
    const key = JSON.stringify(state.answers);
    if (key === last) return;
    last = key;
    // The result's words (in the bank's language) load with it: the payload names the outcome.
    void Promise.all([import('./result-payload'), loadResult(bank.locale as Locale)]).then(([{ resultPayload }]) => {
      post('result', resultPayload(fullBank(bank), state.answers));
    });
  };
  check(store.getState());
  return store.subscribe(check);
}

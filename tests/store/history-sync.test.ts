// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAssessmentStore } from '../../src/store/assessment-store';
import { stepFromSearch, stepSearch, syncHistory } from '../../src/store/history-sync';
import { miniBank } from '../fixtures/mini-bank';

let stop = () => {};

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});

afterEach(() => {
  stop();
});

/** Goes back (or forward) one entry and waits for the page to hear of it. */
async function travel(delta: -1 | 1): Promise<void> {
  const heard = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  history.go(delta);
  await heard;
}

function started() {
  const store = createAssessmentStore(miniBank);
  stop = syncHistory(store);
  return store;
}

describe('history entries for each screen', () => {
  it('reads back every step it writes, and nothing else', () => {
    for (const step of ['landing', 'review', 'result', 'compare', { question: 'a b&c' }] as const)
      expect(stepFromSearch(stepSearch(step)) ?? 'landing').toEqual(step);
    expect(stepFromSearch('?step=evil')).toBeUndefined();
    expect(stepFromSearch('?other=1')).toBeUndefined();
  });

  it('gives each question its own entry: Back and Forward move between them', async () => {
    const store = started();
    expect(location.search).toBe('');
    store.getState().start();
    expect(location.search).toBe('?question=size');
    store.getState().answerQuestion('size', 3);
    store.getState().goNext();
    expect(location.search).toBe('?question=direction');

    await travel(-1);
    expect(store.getState().step).toEqual({ question: 'size' });
    await travel(-1);
    expect(store.getState().step).toBe('landing');
    await travel(1);
    expect(store.getState().step).toEqual({ question: 'size' });
    expect(store.getState().answers).toEqual({ size: 3 });
  });

  it('opens the step a reloaded address names, falling back when the answers hide it', () => {
    localStorage.clear();
    const first = createAssessmentStore(miniBank);
    first.getState().start();
    first.getState().answerQuestion('size', 3);
    first.getState().goNext();
    // The teams question shows only from 10 people on: the address falls back to the one before.
    history.replaceState(null, '', '/?question=teams');
    const store = started();
    expect(store.getState().step).toEqual({ question: 'size' });
    expect(location.search).toBe('?question=size');
  });

  it('sends an address for the result to the first unanswered question while any is left', () => {
    history.replaceState(null, '', '/?step=result');
    const store = started();
    expect(store.getState().step).toEqual({ question: 'size' });
  });
});

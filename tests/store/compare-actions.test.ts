// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/engine';
import { createAssessmentStore, type AssessmentState, type Comparing } from '../../src/store/assessment-store';
import { STORAGE_KEY } from '../../src/store/progress-storage';
import { miniBank } from '../fixtures/mini-bank';

beforeEach(() => {
  localStorage.clear();
});

const own: Answers = { size: 3, direction: 'clear', delivery: 'agree', pains: ['drift'] };
const shared: Answers = { size: 5, direction: 'unclear', delivery: 'agree', pains: ['drift'] };
const people = [
  { label: 'Ada', answers: shared },
  { label: 'Bo', answers: own },
];

function storeAt(given: Partial<AssessmentState>) {
  const store = createAssessmentStore(miniBank);
  store.setState(given);
  return store;
}

describe('opening a comparison with people in it', () => {
  it.each<[string, Partial<AssessmentState>, (store: ReturnType<typeof storeAt>) => void, Comparing | null]>([
    [
      'a comparison link, from the result',
      { answers: own, step: 'result' },
      (store) => store.getState().openSharedComparison(people, 'changed'),
      { from: 'link', people, notice: 'changed' },
    ],
    [
      'a shared result beside this browser’s own answers',
      { answers: own, step: 'result' },
      (store) => store.getState().compareWithMine([{ name: 'Shared', answers: shared, source: 'shared' }]),
      {
        from: 'form',
        people: [
          { name: 'Shared', answers: shared, source: 'shared' },
          { name: '', answers: own, source: 'mine' },
        ],
      },
    ],
    [
      'the empty form after a comparison link',
      { answers: own, step: 'compare', compareFrom: 'result', comparing: { from: 'link', people, notice: undefined } },
      (store) => {
        store.getState().goBack();
        store.getState().openCompare();
      },
      // From the result, the comparison starts with it as person 1.
      { from: 'form', people: [{ name: '', answers: own, source: 'mine' }] },
    ],
  ])('%s', (_, given, act, comparing) => {
    const store = storeAt(given);
    act(store);
    expect(store.getState()).toMatchObject({ step: 'compare', compareFrom: 'result', comparing, answers: own });
  });

  it('keeps where the comparison was opened from when one opens over another', () => {
    const store = storeAt({ answers: own, step: 'review' });
    store.getState().openCompare();
    store.getState().openSharedComparison(people);
    expect(store.getState()).toMatchObject({ step: 'compare', compareFrom: 'review' });
  });

  it('leaves the people behind on Back, and saves nothing new either way', () => {
    const store = storeAt({ answers: own, step: 'result' });
    const saved = localStorage.getItem(STORAGE_KEY);
    expect(saved).toContain('"step":"result"');
    store.getState().compareWithMine([{ name: '', answers: shared, source: 'shared' }]);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
    store.getState().goBack();
    expect(store.getState()).toMatchObject({ step: 'result', comparing: null, answers: own });
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
  });

  it('writes nothing to a browser that had nothing saved', () => {
    const store = createAssessmentStore(miniBank);
    store.getState().openSharedComparison(people);
    store.getState().goBack();
    expect(store.getState().step).toBe('landing');
    expect(localStorage.length).toBe(0);
  });
});

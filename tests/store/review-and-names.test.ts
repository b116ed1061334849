// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createAssessmentStore } from '../../src/store/assessment-store';
import { STORAGE_KEY } from '../../src/store/progress-storage';
import { restoreProgress } from '../../src/store/saved-progress';
import { miniBank } from '../fixtures/mini-bank';

beforeEach(() => {
  localStorage.clear();
});

const complete = { size: 5, direction: 'clear', delivery: 'agree', pains: ['drift'] };

describe('a change in review that brings up a question', () => {
  it('asks it before the review, and refuses to leave it unanswered', () => {
    const store = createAssessmentStore(miniBank);
    store.getState().importAnswers(complete);
    store.getState().changeAnswer('size');
    store.getState().answerQuestion('size', 40);
    expect(store.getState().backToReview()).toBe(true);
    expect(store.getState().step).toEqual({ question: 'teams' });
    expect(store.getState().backToReview()).toBe(false);
    expect(store.getState().step).toEqual({ question: 'teams' });
    store.getState().answerQuestion('teams', 3);
    expect(store.getState().backToReview()).toBe(true);
    expect(store.getState().step).toBe('review');
  });

  it('leaves alone a question that was already open before the change', () => {
    const store = createAssessmentStore(miniBank);
    store.getState().importAnswers({ size: 5, direction: 'clear' });
    store.getState().changeAnswer('direction');
    store.getState().answerQuestion('direction', 'unclear');
    expect(store.getState().backToReview()).toBe(true);
    expect(store.getState().step).toBe('review');
  });
});

describe('whose answers these are', () => {
  it('is saved with the progress and read back, and old progress without it still loads', () => {
    const store = createAssessmentStore(miniBank);
    store.getState().importAnswers(complete);
    store.getState().nameAnswers('Ada');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ state: { name: 'Ada' } });
    expect(createAssessmentStore(miniBank).getState().name).toBe('Ada');
    expect(restoreProgress(miniBank, { answers: complete, step: 'result' })).toEqual({
      answers: complete,
      step: 'result',
    });
  });

  it.each([
    ['a number', 42],
    ['a name far too long to be typed here', 'x'.repeat(201)],
  ])('refuses saved progress whose name is %s', (_, name) => {
    expect(restoreProgress(miniBank, { answers: complete, step: 'result', name })).toBeUndefined();
  });

  it('goes with Start over', () => {
    const store = createAssessmentStore(miniBank);
    store.getState().importAnswers(complete);
    store.getState().nameAnswers('Ada');
    store.getState().start();
    expect(store.getState().name).toBe('');
  });
});

describe('viewing someone else’s answers', () => {
  it('never saves them, and Back returns to the comparison they came from', () => {
    const store = createAssessmentStore(miniBank);
    store.getState().importAnswers(complete);
    const saved = localStorage.getItem(STORAGE_KEY);
    store.getState().openSharedComparison([
      { label: 'A', answers: complete },
      { label: 'B', answers: { ...complete, direction: 'unclear' } },
    ]);
    store.getState().viewAnswers({ from: 'comparison', answers: complete, name: 'A', notice: undefined });
    expect(store.getState().step).toBe('view');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
    store.getState().goBack();
    expect(store.getState()).toMatchObject({ step: 'compare', viewing: null, comparing: { from: 'link' } });
  });
});

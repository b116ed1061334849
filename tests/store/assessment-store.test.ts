// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/engine';
import {
  createAssessmentStore,
  isFreshLanding,
  type AssessmentState,
  type AssessmentStore,
  type Step,
} from '../../src/store/assessment-store';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/store/progress-storage';
import { miniBank } from '../fixtures/mini-bank';
import { blockedStorage } from './memory-storage';

beforeEach(() => {
  localStorage.clear();
});

type Given = Partial<Pick<AssessmentState, 'answers' | 'step' | 'fromReview'>>;

function storeWith(given: Given) {
  const store = createAssessmentStore(miniBank);
  store.setState(given);
  return store;
}

function pick(state: AssessmentStore) {
  return { answers: state.answers, step: state.step, dropped: state.dropped };
}

const complete: Answers = { size: 3, direction: 'clear', delivery: 'agree', pains: ['drift'] };

describe('navigation actions', () => {
  const cases: {
    name: string;
    given: Given;
    act: (store: AssessmentStore) => unknown;
    step: Step;
    returns?: unknown;
  }[] = [
    { name: 'start opens the first question', given: {}, act: (s) => s.start(), step: { question: 'size' } },
    {
      name: 'goNext without an answer stays put',
      given: { step: { question: 'size' } },
      act: (s) => s.goNext(),
      step: { question: 'size' },
      returns: false,
    },
    {
      name: 'goNext skips a hidden conditional question',
      given: { step: { question: 'size' }, answers: { size: 3 } },
      act: (s) => s.goNext(),
      step: { question: 'direction' },
      returns: true,
    },
    {
      name: 'goNext shows a conditional question once it applies',
      given: { step: { question: 'size' }, answers: { size: 40 } },
      act: (s) => s.goNext(),
      step: { question: 'teams' },
      returns: true,
    },
    {
      name: '"Not sure" counts as an answer',
      given: { step: { question: 'size' }, answers: { size: 'unsure' } },
      act: (s) => s.goNext(),
      step: { question: 'direction' },
      returns: true,
    },
    {
      name: 'goNext from the last question opens the review',
      given: { step: { question: 'pains' }, answers: complete },
      act: (s) => s.goNext(),
      step: 'review',
      returns: true,
    },
    {
      name: 'goBack from the first question returns to the landing page',
      given: { step: { question: 'size' } },
      act: (s) => s.goBack(),
      step: 'landing',
    },
    {
      name: 'goBack skips hidden questions',
      given: { step: { question: 'direction' }, answers: { size: 3 } },
      act: (s) => s.goBack(),
      step: { question: 'size' },
    },
    {
      name: 'goBack from the review opens the last question',
      given: { step: 'review', answers: complete },
      act: (s) => s.goBack(),
      step: { question: 'pains' },
    },
    {
      name: 'goBack from the result opens the review',
      given: { step: 'result', answers: complete },
      act: (s) => s.goBack(),
      step: 'review',
    },
    {
      name: 'changeAnswer opens that question',
      given: { step: 'review', answers: complete },
      act: (s) => s.changeAnswer('delivery'),
      step: { question: 'delivery' },
    },
    {
      name: 'changeAnswer ignores a hidden question',
      given: { step: 'review', answers: complete },
      act: (s) => s.changeAnswer('teams'),
      step: 'review',
    },
    {
      name: 'showResult with every answer opens the result',
      given: { step: 'review', answers: complete },
      act: (s) => s.showResult(),
      step: 'result',
      returns: true,
    },
    {
      name: 'showResult with a missing answer opens that question',
      given: { step: 'review', answers: { size: 3, direction: 'clear', delivery: 'agree' } },
      act: (s) => s.showResult(),
      step: { question: 'pains' },
      returns: false,
    },
    {
      name: 'restart returns to an empty landing page',
      given: { step: 'result', answers: complete },
      act: (s) => s.restart(),
      step: 'landing',
    },
  ];

  it.each(cases)('$name', ({ given, act, step, returns }) => {
    const store = storeWith(given);
    const result = act(store.getState());
    expect(store.getState().step).toEqual(step);
    if (returns !== undefined) expect(result).toBe(returns);
  });
});

describe('answerQuestion', () => {
  const cases: {
    name: string;
    before: Answers;
    question: string;
    answer: Answers[string] | undefined;
    after: Answers;
    dropped: string[];
  }[] = [
    { name: 'records an answer', before: {}, question: 'size', answer: 3, after: { size: 3 }, dropped: [] },
    {
      name: 'replaces an answer',
      before: { direction: 'clear' },
      question: 'direction',
      answer: 'unclear',
      after: { direction: 'unclear' },
      dropped: [],
    },
    {
      name: 'removes an answer given undefined',
      before: { size: 3, pains: ['drift'] },
      question: 'pains',
      answer: undefined,
      after: { size: 3 },
      dropped: [],
    },
    {
      name: 'drops answers to questions the change hides',
      before: { size: 40, teams: 5, direction: 'clear' },
      question: 'size',
      answer: 3,
      after: { size: 3, direction: 'clear' },
      dropped: ['teams'],
    },
    {
      name: '"Not sure" hides conditional questions too',
      before: { size: 40, teams: 5 },
      question: 'size',
      answer: 'unsure',
      after: { size: 'unsure' },
      dropped: ['teams'],
    },
  ];

  it.each(cases)('$name', ({ before, question, answer, after, dropped }) => {
    const store = storeWith({ answers: before, step: { question } });
    store.getState().answerQuestion(question, answer);
    expect(pick(store.getState())).toEqual({ answers: after, step: { question }, dropped });
  });
});

describe('the note about dropped answers', () => {
  it('stays through Next, so a change committed as Next is pressed is still reported', () => {
    const store = storeWith({ answers: { size: 40, teams: 5 }, step: { question: 'size' } });
    store.getState().answerQuestion('size', 3);
    store.getState().goNext();
    expect(pick(store.getState()).dropped).toEqual(['teams']);
  });

  it('clears with the next answer', () => {
    const store = storeWith({ answers: { size: 40, teams: 5 }, step: { question: 'size' } });
    store.getState().answerQuestion('size', 3);
    store.getState().goNext();
    store.getState().answerQuestion('direction', 'clear');
    expect(pick(store.getState()).dropped).toEqual([]);
  });
});

describe('persistence', () => {
  it('saves answers and position, and nothing else', () => {
    const store = createAssessmentStore(miniBank);
    store.getState().start();
    store.getState().answerQuestion('size', 3);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')).toEqual({
      state: { answers: { size: 3 }, step: { question: 'size' } },
      version: 1,
    });
  });

  it('is a fresh landing page (the one prerendered in index.html) only on a first visit with nothing to say', () => {
    const first = createAssessmentStore(miniBank);
    expect(isFreshLanding(first.getState())).toBe(true);
    first.getState().start();
    expect(isFreshLanding(first.getState())).toBe(false);
    first.getState().answerQuestion('size', 3);
    const reloaded = createAssessmentStore(miniBank);
    expect(isFreshLanding(reloaded.getState())).toBe(false);
    reloaded.getState().restart();
    expect(isFreshLanding(reloaded.getState())).toBe(true);
    localStorage.setItem(STORAGE_KEY, '{oops');
    expect(isFreshLanding(createAssessmentStore(miniBank).getState())).toBe(false);
    expect(isFreshLanding(createAssessmentStore(miniBank, { storage: blockedStorage }).getState())).toBe(false);
  });

  it('resumes saved progress where it was', () => {
    const first = createAssessmentStore(miniBank);
    first.getState().start();
    first.getState().answerQuestion('size', 3);
    first.getState().goNext();
    const second = createAssessmentStore(miniBank);
    expect(pick(second.getState())).toEqual({ answers: { size: 3 }, step: { question: 'direction' }, dropped: [] });
  });

  const bad: { name: string; raw: string }[] = [
    { name: 'not JSON', raw: '{oops' },
    { name: 'the wrong shape', raw: JSON.stringify({ state: { answers: [] }, version: 1 }) },
    {
      name: 'an unknown question',
      raw: JSON.stringify({ state: { answers: { nope: 1 }, step: 'review' }, version: 1 }),
    },
    {
      name: 'an out-of-range answer',
      raw: JSON.stringify({ state: { answers: { size: -4 }, step: 'review' }, version: 1 }),
    },
    {
      name: 'an answer to a hidden question',
      raw: JSON.stringify({ state: { answers: { size: 3, teams: 2 }, step: 'review' }, version: 1 }),
    },
    {
      name: 'a position on a hidden question',
      raw: JSON.stringify({ state: { answers: { size: 3 }, step: { question: 'teams' } }, version: 1 }),
    },
    {
      name: 'a result without all answers',
      raw: JSON.stringify({ state: { answers: {}, step: 'result' }, version: 1 }),
    },
    // A newer version is left alone instead: see storage-faults.test.ts.
    {
      name: 'a version below any written',
      raw: JSON.stringify({ state: { answers: {}, step: 'review' }, version: -1 }),
    },
    {
      name: 'a version that is not a number',
      raw: JSON.stringify({ state: { answers: {}, step: 'review' }, version: '2' }),
    },
  ];

  it.each(bad)('starts fresh and backs up $name', ({ raw }) => {
    localStorage.setItem(STORAGE_KEY, raw);
    const store = createAssessmentStore(miniBank);
    expect(pick(store.getState())).toEqual({ answers: {}, step: 'landing', dropped: [] });
    expect(store.getState().restoreProblem).toBe('backed-up');
    expect(localStorage.getItem(BACKUP_KEY)).toBe(raw);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('migrates version 0 progress of the same shape', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { answers: { size: 3 }, step: 'review' }, version: 0 }));
    const store = createAssessmentStore(miniBank);
    expect(pick(store.getState())).toEqual({ answers: { size: 3 }, step: 'review', dropped: [] });
    expect(store.getState().restoreProblem).toBeNull();
  });

  it('keeps working in memory when storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
      key: () => null,
      length: 0,
      clear: () => undefined,
    } satisfies Storage;
    const store = createAssessmentStore(miniBank, { storage: () => broken });
    expect(store.getState().saving).toBe('unavailable');
    store.getState().start();
    store.getState().answerQuestion('size', 3);
    expect(store.getState().goNext()).toBe(true);
    expect(store.getState().answers).toEqual({ size: 3 });
  });

  it('reports when only writing fails', () => {
    const quota = {
      getItem: () => null,
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
      key: () => null,
      length: 0,
      clear: () => undefined,
    } satisfies Storage;
    const store = createAssessmentStore(miniBank, { storage: () => quota });
    expect(store.getState().saving).toBe('on');
    store.getState().start();
    expect(store.getState().saving).toBe('unavailable');
  });

  it('clearData removes every key of the app and resets', () => {
    localStorage.setItem(BACKUP_KEY, 'old');
    localStorage.setItem('another-app', 'kept');
    const store = createAssessmentStore(miniBank);
    store.getState().start();
    store.getState().answerQuestion('size', 3);
    store.getState().clearData();
    expect(pick(store.getState())).toEqual({ answers: {}, step: 'landing', dropped: [] });
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(localStorage.getItem(BACKUP_KEY)).toBeNull();
    expect(localStorage.getItem('another-app')).toBe('kept');
  });
});

describe('opening answers from elsewhere', () => {
  const actions = [
    { name: 'importAnswers', from: 'file', act: (s: AssessmentStore) => s.importAnswers },
    { name: 'openSharedLink', from: 'link', act: (s: AssessmentStore) => s.openSharedLink },
  ] as const;
  const cases: { name: string; answers: Answers; notice?: string; step: Step; kept: Answers }[] = [
    { name: 'complete answers open the result', answers: complete, step: 'result', kept: complete },
    {
      name: 'missing answers open the review',
      answers: { size: 3, direction: 'clear' },
      step: 'review',
      kept: { size: 3, direction: 'clear' },
    },
    {
      name: 'answers to hidden questions are dropped',
      answers: { ...complete, teams: 4 },
      step: 'result',
      kept: complete,
    },
    {
      name: 'the notice is kept for the user',
      answers: complete,
      notice: 'questions changed',
      step: 'result',
      kept: complete,
    },
  ];

  describe.each(actions)('$name', ({ act, from }) => {
    it.each(cases)('$name', ({ answers, notice, step, kept }) => {
      const store = storeWith({ answers: { size: 40, teams: 2 }, step: { question: 'teams' }, fromReview: true });
      act(store.getState())(answers, notice);
      expect(pick(store.getState())).toEqual({ answers: kept, step, dropped: [] });
      expect(store.getState().opened).toEqual({ from, notice: notice ?? null });
      expect(store.getState().fromReview).toBe(false);
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')).toEqual({
        state: { answers: kept, step },
        version: 1,
      });
    });
  });

  it('dismissNotices and restart clear the notice', () => {
    const store = createAssessmentStore(miniBank);
    store.getState().importAnswers(complete, 'questions changed');
    store.getState().dismissNotices();
    expect(store.getState().opened).toBeNull();
    store.getState().openSharedLink(complete);
    store.getState().restart();
    expect(store.getState().opened).toBeNull();
  });
});

describe('compare', () => {
  const from: { name: string; given: Given }[] = [
    { name: 'the landing page', given: { step: 'landing' } },
    { name: 'the review', given: { step: 'review', answers: complete } },
    { name: 'a question', given: { step: { question: 'direction' }, answers: { size: 3 } } },
  ];

  it.each(from)('opens from $name, saves that step meanwhile, and goBack returns there', ({ given }) => {
    const store = storeWith(given);
    store.getState().openCompare();
    expect(store.getState().step).toBe('compare');
    const saved: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (given.answers) expect(saved).toEqual({ state: { answers: given.answers, step: given.step }, version: 1 });
    else expect(saved).toBeNull();
    store.getState().goBack();
    expect(store.getState().step).toEqual(given.step);
  });

  it('a reload while comparing reopens where the comparison was opened from', () => {
    const first = storeWith({ step: 'review', answers: complete });
    first.getState().openCompare();
    const second = createAssessmentStore(miniBank);
    expect(pick(second.getState())).toEqual({ answers: complete, step: 'review', dropped: [] });
  });

  it('opening it twice keeps the way back', () => {
    const store = storeWith({ step: 'review', answers: complete });
    store.getState().openCompare();
    store.getState().openCompare();
    store.getState().goBack();
    expect(store.getState().step).toBe('review');
  });
});

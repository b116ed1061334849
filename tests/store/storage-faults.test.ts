import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/engine';
import { createAssessmentStore, type AssessmentStore } from '../../src/store/assessment-store';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/store/progress-storage';
import { restoreProgress } from '../../src/store/saved-progress';
import { answerArbitrary } from '../fixtures/answer-arbitrary';
import { miniBank } from '../fixtures/mini-bank';
import { MemoryStorage, blockedStorage } from './memory-storage';

const complete: Answers = { size: 3, direction: 'clear', delivery: 'agree', pains: ['drift'] };
const saved = (state: unknown, version: unknown = 1) => JSON.stringify({ state, version });

function storeOn(storage: Storage) {
  return createAssessmentStore(miniBank, { storage: () => storage });
}

function pick(state: AssessmentStore) {
  return { answers: state.answers, step: state.step };
}

/** A few answers, as a user would give them. */
function answerSome(store: { getState: () => AssessmentStore }) {
  store.getState().start();
  store.getState().answerQuestion('size', 3);
  store.getState().goNext();
  store.getState().answerQuestion('direction', 'clear');
}

describe('saved progress of each version ever written', () => {
  // One value per version, as that version wrote it. Each must keep restoring, answers kept.
  const examples: { version: number; raw: string; answers: Answers; step: unknown }[] = [
    {
      version: 0,
      raw: '{"state":{"answers":{"size":40,"teams":2,"direction":"unclear"},"step":{"question":"delivery"}},"version":0}',
      answers: { size: 40, teams: 2, direction: 'unclear' },
      step: { question: 'delivery' },
    },
    {
      version: 1,
      raw: '{"state":{"answers":{"size":3,"direction":"clear","delivery":"agree","pains":["drift"]},"step":"result"},"version":1}',
      answers: complete,
      step: 'result',
    },
  ];

  it.each(examples)('restores version $version with its answers and step', ({ raw, answers, step }) => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    const store = storeOn(storage);
    expect(pick(store.getState())).toEqual({ answers, step });
    expect(store.getState().restoreProblem).toBeNull();
    // Kept (version 1) or saved again in the current version (older ones), same content.
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null')).toEqual({ state: { answers, step }, version: 1 });
    expect(storage.getItem(BACKUP_KEY)).toBeNull();
  });

  it('has an example of the current version', () => {
    const storage = new MemoryStorage();
    storeOn(storage).getState().importAnswers(complete);
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null')).toEqual(JSON.parse(examples.at(-1)?.raw ?? ''));
  });
});

describe('truncated or unreadable saved data', () => {
  const whole = saved({ answers: { size: 3, direction: 'clear' }, step: { question: 'delivery' } });

  it.each([
    ['cut in the middle', whole.slice(0, whole.length / 2)],
    ['missing its last brace', whole.slice(0, -1)],
    ['empty', ''],
  ])('text %s: starts fresh, says so, and backs the text up before removing it', (_, raw) => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    const store = storeOn(storage);
    expect(pick(store.getState())).toEqual({ answers: {}, step: 'landing' });
    expect(store.getState().restoreProblem).toBe('backed-up');
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(storage.log).toEqual([`set ${BACKUP_KEY}`, `remove ${STORAGE_KEY}`]);
  });

  it('leaves the unreadable value in place, and saves nothing over it, when the backup cannot be written', () => {
    const raw = whole.slice(0, -1);
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    storage.full.add(BACKUP_KEY);
    const store = storeOn(storage);
    expect(store.getState().restoreProblem).toBe('left-in-place');
    expect(store.getState().saving).toBe('unreadable');
    answerSome(store);
    store.getState().restart();
    expect(storage.snapshot()).toEqual({ [STORAGE_KEY]: raw });
    expect(pick(store.getState())).toEqual({ answers: {}, step: 'landing' });
  });

  it('restores nothing from the backup on the next load', () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: '{"state":' });
    storeOn(storage);
    const again = storeOn(storage);
    expect(again.getState().restoreProblem).toBeNull();
    expect(pick(again.getState())).toEqual({ answers: {}, step: 'landing' });
    expect(storage.getItem(BACKUP_KEY)).toBe('{"state":');
  });
});

describe('what loading says about unreadable progress is where it is', () => {
  const raw = '{"state":{"answers":{"size":3';

  it('a storage that returns from writing the copy without keeping it: the progress is left where it was', () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    storage.loses.add(BACKUP_KEY);
    const store = storeOn(storage);
    expect(store.getState()).toMatchObject({ restoreProblem: 'left-in-place', saving: 'unreadable' });
    expect(storage.snapshot()).toEqual({ [STORAGE_KEY]: raw });
  });

  it('whatever fails, a copy said to be kept is there word for word, and progress said to be left is there', () => {
    const keys = [STORAGE_KEY, BACKUP_KEY];
    fc.assert(
      fc.property(
        fc.record({
          full: fc.subarray(keys),
          loses: fc.subarray(keys),
          room: fc.option(fc.nat(120)),
          earlierCopy: fc.option(fc.string({ maxLength: 60 })),
        }),
        ({ full, loses, room, earlierCopy }) => {
          const storage = new MemoryStorage({
            [STORAGE_KEY]: raw,
            ...(earlierCopy === null ? {} : { [BACKUP_KEY]: earlierCopy }),
          });
          for (const key of full) storage.full.add(key);
          for (const key of loses) storage.loses.add(key);
          if (room !== null) storage.quota = STORAGE_KEY.length + raw.length + room;
          const { restoreProblem } = storeOn(storage).getState();
          if (restoreProblem === 'backed-up') expect(storage.getItem(BACKUP_KEY)).toBe(raw);
          else expect([restoreProblem, storage.getItem(STORAGE_KEY)]).toEqual(['left-in-place', raw]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('saved data of the wrong types', () => {
  it.each([
    ['a number', '42'],
    ['a string', '"progress"'],
    ['null', 'null'],
    ['a list', '[]'],
    ['no version', JSON.stringify({ state: { answers: {}, step: 'review' } })],
    ['a version as text', saved({ answers: {}, step: 'review' }, '1')],
    ['a version that is not whole', saved({ answers: {}, step: 'review' }, 1.5)],
    [
      'an extra key beside state and version',
      JSON.stringify({ state: { answers: {}, step: 'review' }, version: 1, x: 1 }),
    ],
    ['a state that is a list', saved([])],
    ['answers that are null', saved({ answers: null, step: 'review' })],
    ['a number answer as text', saved({ answers: { size: '3' }, step: 'review' })],
    ['a choice answer as a number', saved({ answers: { direction: 1 }, step: 'review' })],
    ['a multiple answer as one string', saved({ answers: { size: 3, pains: 'drift' }, step: 'review' })],
    ['a step as a number', saved({ answers: {}, step: 3 })],
  ])('%s: starts fresh, says so, and keeps a backup', (_, raw) => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    const store = storeOn(storage);
    expect(pick(store.getState())).toEqual({ answers: {}, step: 'landing' });
    expect(store.getState().restoreProblem).toBe('backed-up');
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
  });
});

describe('saved progress from a newer version', () => {
  const newer = saved({ answers: { size: 3, everything: 'new' }, step: { screen: 'somewhere' } }, 2);

  it.each([
    ['version 2', newer],
    ['a far newer version', saved({ answers: {} }, 99)],
    ['a newer version in a shape this one does not know', JSON.stringify({ version: 7, data: 'opaque' })],
  ])('%s is never overwritten: the app works in memory and says progress is not saved', (_, raw) => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    const store = storeOn(storage);
    expect(store.getState()).toMatchObject({ saving: 'newer', restoreProblem: null });
    expect(pick(store.getState())).toEqual({ answers: {}, step: 'landing' });
    answerSome(store);
    expect(pick(store.getState())).toEqual({
      answers: { size: 3, direction: 'clear' },
      step: { question: 'direction' },
    });
    store.getState().importAnswers(complete);
    store.getState().restart();
    expect(store.getState().saving).toBe('newer');
    expect(storage.snapshot()).toEqual({ [STORAGE_KEY]: raw });
    expect(storage.log).toEqual([]);
  });

  it('written by another tab while this one runs, stops this one saving over it', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    answerSome(store);
    expect(store.getState().saving).toBe('on');
    storage.setItem(STORAGE_KEY, newer);
    store.getState().goNext();
    expect(store.getState()).toMatchObject({ saving: 'newer' });
    store.getState().answerQuestion('delivery', 'agree');
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
  });

  it('is removed by "Clear my data", after which saving starts again', () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: newer });
    const store = storeOn(storage);
    store.getState().clearData();
    expect(storage.snapshot()).toEqual({});
    expect(store.getState()).toMatchObject({ saving: 'on', cleared: true });
    answerSome(store);
    expect(
      restoreProgress(miniBank, (JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { state: unknown }).state),
    ).toEqual({ answers: { size: 3, direction: 'clear' }, step: { question: 'direction' } });
  });
});

describe('storage that throws', () => {
  it('on access (window.localStorage itself is blocked): works in memory and says so', () => {
    const store = createAssessmentStore(miniBank, { storage: blockedStorage });
    expect(store.getState().saving).toBe('unavailable');
    answerSome(store);
    store.getState().goNext();
    store.getState().answerQuestion('delivery', 'agree');
    store.getState().goNext();
    store.getState().answerQuestion('pains', ['drift']);
    store.getState().goNext();
    expect(store.getState().showResult()).toBe(true);
    expect(pick(store.getState())).toEqual({ answers: complete, step: 'result' });
    store.getState().clearData();
    expect(store.getState().cleared).toBe(true);
  });

  it('on write (quota): keeps the earlier saved progress and works in memory', () => {
    const earlier = saved({ answers: { size: 3 }, step: { question: 'direction' } });
    const storage = new MemoryStorage({ [STORAGE_KEY]: earlier });
    storage.full.add(STORAGE_KEY);
    const store = storeOn(storage);
    expect(store.getState().saving).toBe('on');
    store.getState().answerQuestion('direction', 'unclear');
    expect(store.getState().saving).toBe('unavailable');
    expect(store.getState().answers).toEqual({ size: 3, direction: 'unclear' });
    expect(storage.getItem(STORAGE_KEY)).toBe(earlier);
  });
});

describe('two tabs answering at once', () => {
  type Move = { tab: 0 | 1; action: 'answer' | 'next' | 'back' | 'start' | 'restart' | 'import'; pick: number };
  const move: fc.Arbitrary<Move> = fc.record({
    tab: fc.constantFrom<0 | 1>(0, 1),
    action: fc.constantFrom<Move['action']>('answer', 'answer', 'next', 'next', 'back', 'start', 'restart', 'import'),
    pick: fc.nat(),
  });
  const answersFor = Object.fromEntries(
    miniBank.questions.map((question) => [question.id, fc.sample(answerArbitrary(question), { numRuns: 8, seed: 7 })]),
  );

  function play(store: AssessmentStore, { action, pick: n }: Move) {
    const { step } = store;
    if (action === 'answer' && typeof step === 'object') {
      const options = answersFor[step.question] ?? [];
      store.answerQuestion(step.question, options[n % options.length]);
    } else if (action === 'next') store.goNext();
    else if (action === 'back') store.goBack();
    else if (action === 'start') store.start();
    else if (action === 'restart') store.restart();
    else if (action === 'import') store.importAnswers(n % 2 === 0 ? complete : { size: 40, teams: 3 });
  }

  it('leave no corrupt state: a third tab restores the last progress saved, whole', () => {
    fc.assert(
      fc.property(fc.array(move, { maxLength: 40 }), (moves) => {
        const storage = new MemoryStorage();
        const tabs = [storeOn(storage), storeOn(storage)] as const;
        let lastWriter: 0 | 1 | undefined;
        for (const each of moves) {
          const before = storage.getItem(STORAGE_KEY);
          play(tabs[each.tab].getState(), each);
          if (storage.getItem(STORAGE_KEY) !== before) lastWriter = each.tab;
        }
        const third = storeOn(storage).getState();
        expect(third.restoreProblem).toBeNull();
        expect(storage.getItem(BACKUP_KEY)).toBeNull();
        const raw = storage.getItem(STORAGE_KEY);
        if (raw === null) return;
        const writer = tabs[lastWriter ?? 0].getState();
        expect(pick(third)).toEqual(pick(writer));
      }),
      { numRuns: 200 },
    );
  });
});

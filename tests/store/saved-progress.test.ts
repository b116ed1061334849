import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropHiddenAnswers, questionFlow, type Answers, type Bank } from '../../src/engine';
import { createAssessmentStore, type AssessmentStore } from '../../src/store/assessment-store';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/store/progress-storage';
import { restoreProgress } from '../../src/store/saved-progress';
import { answersArbitrary } from '../fixtures/answer-arbitrary';
import { defaultBank } from '../fixtures/default-bank';
import { expectDecoderIsTotal, hostileInputs } from '../fixtures/hostile-input';
import { miniBank } from '../fixtures/mini-bank';
import { MemoryStorage } from './memory-storage';

const complete: Answers = { size: 3, direction: 'clear', delivery: 'agree', pains: ['drift'] };

describe('restoreProgress', () => {
  const accepted: [string, unknown, unknown][] = [
    ['the landing page', { answers: {}, step: 'landing' }, { answers: {}, step: 'landing' }],
    ['a question', { answers: { size: 3 }, step: { question: 'direction' } }, null],
    ['the review', { answers: { size: 40, teams: 2 }, step: 'review' }, null],
    ['the result with every answer', { answers: complete, step: 'result' }, null],
    [
      'answers in any key order, returned in bank order',
      { answers: { pains: ['drift'], size: 3 }, step: 'review' },
      { answers: { size: 3, pains: ['drift'] }, step: 'review' },
    ],
  ];

  it.each(accepted)('accepts %s', (_, input, output) => {
    expect(restoreProgress(miniBank, input)).toEqual(output ?? input);
  });

  const refused: [string, unknown][] = [
    ['nothing', undefined],
    ['null', null],
    ['a string', '{"answers":{},"step":"landing"}'],
    ['a list', [{}, 'landing']],
    ['a missing step', { answers: {} }],
    ['missing answers', { step: 'landing' }],
    ['an extra key', { answers: {}, step: 'landing', score: 100 }],
    ['an unknown named step', { answers: {}, step: 'compare' }],
    ['a step that is a number', { answers: {}, step: 2 }],
    ['a step with extra keys', { answers: {}, step: { question: 'size', index: 0 } }],
    ['a step naming no question', { answers: {}, step: { question: 'nope' } }],
    ['a step on a hidden question', { answers: { size: 3 }, step: { question: 'teams' } }],
    ['the result without every answer', { answers: { size: 3 }, step: 'result' }],
    ['answers as a list', { answers: [3], step: 'review' }],
    ['a number as text', { answers: { size: '3' }, step: 'review' }],
    ['a number that is not whole', { answers: { size: 3.5 }, step: 'review' }],
    ['an unknown option', { answers: { direction: 'sideways' }, step: 'review' }],
    ['an answer to a hidden question', { answers: { size: 3, teams: 2 }, step: 'review' }],
    ['an unknown question', { answers: { colour: 'blue' }, step: 'review' }],
    ['a "__proto__" answer', JSON.parse('{"answers":{"__proto__":{"polluted":true}},"step":"review"}')],
    ['a "__proto__" key beside the answers', JSON.parse('{"answers":{},"step":"review","__proto__":{"x":1}}')],
  ];

  it.each(refused)('refuses %s', (_, input) => {
    expect(restoreProgress(miniBank, input)).toBeUndefined();
  });

  it('returns fresh objects, not the input', () => {
    const input = { answers: { size: 3, pains: ['drift'] }, step: { question: 'direction' } };
    const restored = restoreProgress(miniBank, input);
    expect(restored?.answers).not.toBe(input.answers);
    expect(restored?.answers.pains).not.toBe(input.answers.pains);
    expect(restored?.step).not.toBe(input.step);
  });

  describe.each(hostileInputs)('fed %s', (_, arbitrary) => {
    it('returns progress or undefined, never throws, and pollutes nothing', () => {
      expectDecoderIsTotal((input) => restoreProgress(defaultBank(), input) ?? 'refused', arbitrary);
    });

    it('does the same for the answers and step inside a saved value', () => {
      const bank = defaultBank();
      expectDecoderIsTotal(
        (input) =>
          restoreProgress(bank, { answers: input, step: 'review' }) ??
          restoreProgress(bank, { answers: {}, step: input }) ??
          'refused',
        arbitrary,
      );
    });
  });
});

/** JSON text for any value; a tag like "[object Object]" when JSON cannot hold it (undefined, BigInt, cycles). */
function asText(value: unknown): string {
  try {
    const text = JSON.stringify(value) as string | undefined;
    return text ?? Object.prototype.toString.call(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Creates a store over storage holding `raw`, and checks what it left behind. */
function loadFrom(bank: Bank, raw: string): AssessmentStore {
  const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
  const state = createAssessmentStore(bank, { storage: () => storage }).getState();
  const left = storage.getItem(STORAGE_KEY);
  if (state.restoreProblem === 'backed-up') {
    // Unreadable: backed up word for word, then removed.
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
    expect(left).toBeNull();
  } else if (state.saving === 'newer') {
    expect(left).toBe(raw);
  } else if (left !== null) {
    const saved = JSON.parse(left) as { state: unknown; version: unknown };
    expect(saved.version).toBe(1);
    expect(restoreProgress(bank, saved.state)).toEqual({ answers: state.answers, step: state.step });
  }
  return state;
}

describe('loading saved progress from storage', () => {
  const bank = defaultBank();

  describe.each(hostileInputs)('fed %s', (_, arbitrary) => {
    it('as the stored text: restores it, backs it up or leaves a newer one alone; never throws', () => {
      expectDecoderIsTotal((input) => loadFrom(bank, typeof input === 'string' ? input : asText(input)), arbitrary);
    });

    it.each([0, 1, 2])('as the state of a version %i value', (version) => {
      expectDecoderIsTotal((input) => loadFrom(bank, asText({ state: input, version })), arbitrary);
    });
  });
});

describe('round trips', () => {
  it.each([
    ['the mini bank', miniBank],
    ['the default bank', defaultBank()],
  ])('saving and restoring any valid answers of %s gives the same answers and step', (_, bank) => {
    fc.assert(
      fc.property(answersArbitrary(bank), fc.boolean(), (answers, back) => {
        const storage = new MemoryStorage();
        const first = createAssessmentStore(bank, { storage: () => storage });
        // Opens the result or the review; Back then moves to the review or the last question.
        first.getState().importAnswers(answers);
        if (back) first.getState().goBack();
        const second = createAssessmentStore(bank, { storage: () => storage }).getState();
        expect(second.answers).toEqual(first.getState().answers);
        expect(second.answers).toEqual(dropHiddenAnswers(bank, answers));
        expect(second.step).toEqual(first.getState().step);
        expect(second.restoreProblem).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it('restoreProgress gives back any valid progress that went through JSON', () => {
    const bank = defaultBank();
    fc.assert(
      fc.property(answersArbitrary(bank), (answers) => {
        const step = questionFlow(bank, answers).complete ? 'result' : 'review';
        const text = JSON.stringify({ answers, step });
        expect(restoreProgress(bank, JSON.parse(text))).toEqual({ answers, step });
      }),
      { numRuns: 200 },
    );
  });
});

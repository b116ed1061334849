/**
 * Model-based test of the store: random sequences of what a user can do (answer, Back, Next,
 * change from the review, open a file, reload the page, clear the data), checking after every
 * step that the store and what it saved stay consistent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { dropHiddenAnswers, questionFlow, type Answer, type Answers, type Bank } from '../../src/engine';
import { createAssessmentStore, type AssessmentStore, type Step } from '../../src/store/assessment-store';
import { BACKUP_KEY, STORAGE_KEY, STORAGE_PREFIX } from '../../src/store/progress-storage';
import { restoreProgress } from '../../src/store/saved-progress';
import { answerArbitrary, answersArbitrary } from '../fixtures/answer-arbitrary';
import { defaultBank } from '../fixtures/default-bank';
import { miniBank } from '../fixtures/mini-bank';
import { MemoryStorage } from './memory-storage';

interface Model {
  /** The answers the store should hold. */
  answers: Answers;
  /** Where the store is, copied after each command so preconditions can read it. */
  step: Step;
}

interface Real {
  bank: Bank;
  storage: MemoryStorage;
  store: StoreApi<AssessmentStore>;
}

type Command = fc.Command<Model, Real>;

const state = (real: Real) => real.store.getState();
const visibleIds = (bank: Bank, answers: Answers) => questionFlow(bank, answers).ids;
const isComplete = (bank: Bank, answers: Answers) => questionFlow(bank, answers).complete;

/** What must hold after every command. */
function checkInvariants(model: Model, real: Real): void {
  const { answers, step } = state(real);
  expect(answers).toEqual(model.answers);
  // Answers only for questions that are shown.
  expect(dropHiddenAnswers(real.bank, answers)).toEqual(answers);
  const ids = visibleIds(real.bank, answers);
  if (typeof step === 'object') {
    // The step names a shown question, and "Question k of n" stays within 1..n.
    const index = ids.indexOf(step.question) + 1;
    expect(index).toBeGreaterThanOrEqual(1);
    expect(index).toBeLessThanOrEqual(ids.length);
  } else {
    expect(['landing', 'review', 'result']).toContain(step);
  }
  if (step === 'result') expect(isComplete(real.bank, answers)).toBe(true);
  // Storage holds nothing, or progress that restores to exactly this.
  const raw = real.storage.getItem(STORAGE_KEY);
  if (raw !== null) {
    const saved = JSON.parse(raw) as { state: unknown; version: unknown };
    expect(saved.version).toBe(1);
    expect(restoreProgress(real.bank, saved.state)).toEqual({ answers, step });
  } else {
    expect({ answers, step }).toEqual({ answers: {}, step: 'landing' });
  }
  expect(real.storage.getItem(BACKUP_KEY)).toBeNull();
  expect(state(real).restoreProblem).toBeNull();
  model.step = step;
}

class Start implements Command {
  check = (model: Readonly<Model>) => model.step === 'landing';
  run(model: Model, real: Real): void {
    state(real).start();
    model.answers = {};
    expect(state(real).step).toEqual({ question: visibleIds(real.bank, {})[0] });
    checkInvariants(model, real);
  }
  toString = () => 'start';
}

class AnswerCurrent implements Command {
  /** One valid answer per question; the one for the question on screen is used. */
  constructor(readonly pool: Readonly<Record<string, Answer | undefined>>) {}
  check = (model: Readonly<Model>) => typeof model.step === 'object';
  run(model: Model, real: Real): void {
    const { step } = state(real);
    if (typeof step !== 'object') throw new Error('not on a question');
    const answer = this.pool[step.question];
    state(real).answerQuestion(step.question, answer);
    const next = Object.fromEntries(Object.entries(model.answers).filter(([id]) => id !== step.question));
    if (answer !== undefined) next[step.question] = answer;
    model.answers = dropHiddenAnswers(real.bank, next);
    expect(state(real).step).toEqual(step);
    checkInvariants(model, real);
  }
  toString = () => `answer(${JSON.stringify(this.pool)})`;
}

class Back implements Command {
  check = () => true;
  run(model: Model, real: Real): void {
    const ids = visibleIds(real.bank, model.answers);
    const { step } = state(real);
    const question = (id: string | undefined): Step => (id === undefined ? 'landing' : { question: id });
    const expected: Step =
      step === 'result'
        ? 'review'
        : step === 'review'
          ? question(ids.at(-1))
          : typeof step === 'object'
            ? question(ids[ids.indexOf(step.question) - 1])
            : step;
    state(real).goBack();
    expect(state(real).step).toEqual(expected);
    checkInvariants(model, real);
  }
  toString = () => 'back';
}

class Next implements Command {
  check = () => true;
  run(model: Model, real: Real): void {
    const { step } = state(real);
    const moved = state(real).goNext();
    const answered = typeof step === 'object' && model.answers[step.question] !== undefined;
    expect(moved).toBe(answered);
    if (answered) {
      const ids = visibleIds(real.bank, model.answers);
      const next = ids[ids.indexOf(step.question) + 1];
      expect(state(real).step).toEqual(next === undefined ? 'review' : { question: next });
    } else expect(state(real).step).toEqual(step);
    checkInvariants(model, real);
  }
  toString = () => 'next';
}

class Change implements Command {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.step === 'review';
  run(model: Model, real: Real): void {
    const ids = visibleIds(real.bank, model.answers);
    const question = ids[this.pick % ids.length] ?? '';
    state(real).changeAnswer(question);
    expect(state(real).step).toEqual({ question });
    checkInvariants(model, real);
  }
  toString = () => `change(${this.pick})`;
}

class ShowResult implements Command {
  check = (model: Readonly<Model>) => model.step === 'review';
  run(model: Model, real: Real): void {
    expect(state(real).showResult()).toBe(isComplete(real.bank, model.answers));
    checkInvariants(model, real);
  }
  toString = () => 'show result';
}

class Import implements Command {
  constructor(readonly answers: Answers) {}
  check = () => true;
  run(model: Model, real: Real): void {
    state(real).importAnswers(this.answers);
    model.answers = this.answers;
    expect(state(real).step).toBe(isComplete(real.bank, this.answers) ? 'result' : 'review');
    checkInvariants(model, real);
  }
  toString = () => `import(${JSON.stringify(this.answers)})`;
}

class Reload implements Command {
  check = () => true;
  run(model: Model, real: Real): void {
    const before = state(real).step;
    real.store = createAssessmentStore(real.bank, { storage: () => real.storage });
    expect(state(real).step).toEqual(before);
    checkInvariants(model, real);
  }
  toString = () => 'reload';
}

class Clear implements Command {
  check = () => true;
  run(model: Model, real: Real): void {
    state(real).clearData();
    model.answers = {};
    expect(Object.keys(real.storage.snapshot()).filter((key) => key.startsWith(STORAGE_PREFIX))).toEqual([]);
    checkInvariants(model, real);
  }
  toString = () => 'clear';
}

function commands(bank: Bank) {
  const pool = fc.record(
    Object.fromEntries(
      bank.questions.map((question) => [
        question.id,
        fc.option(answerArbitrary(question), { freq: 8, nil: undefined }),
      ]),
    ),
  );
  return fc.commands(
    [
      fc.constant(new Start()),
      pool.map((answers) => new AnswerCurrent(answers)),
      pool.map((answers) => new AnswerCurrent(answers)),
      pool.map((answers) => new AnswerCurrent(answers)),
      pool.map((answers) => new AnswerCurrent(answers)),
      fc.constant(new Next()),
      fc.constant(new Next()),
      fc.constant(new Next()),
      fc.constant(new Next()),
      fc.constant(new Back()),
      fc.constant(new Back()),
      fc.nat().map((pick) => new Change(pick)),
      fc.constant(new ShowResult()),
      answersArbitrary(bank).map((answers) => new Import(answers)),
      fc.constant(new Reload()),
      fc.constant(new Clear()),
    ],
    { maxCommands: 80, size: 'large' },
  );
}

describe.each([
  ['the mini bank', miniBank],
  ['the default bank', defaultBank()],
])('the store on %s, driven by random users', (_, bank) => {
  it('keeps answers, step, progress and storage consistent after every action', () => {
    fc.assert(
      fc.property(commands(bank), (cmds) => {
        const storage = new MemoryStorage();
        const setup = () => ({
          model: { answers: {}, step: 'landing' as Step },
          real: { bank, storage, store: createAssessmentStore(bank, { storage: () => storage }) },
        });
        fc.modelRun(setup, cmds);
      }),
      { numRuns: 100 },
    );
  });
});

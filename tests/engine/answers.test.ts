import { describe, expect, it } from 'vitest';
import { checkAnswers, dropHiddenAnswers, questionFlow } from '../../src/engine';
import { answerProblem } from '../../src/engine/words/refusal-text';
import { defaultBank } from '../fixtures/default-bank';
import { miniBank as bank } from '../fixtures/mini-bank';

describe('checkAnswers', () => {
  it.each([
    ['no answers', {}, {}],
    [
      'one of each kind',
      { size: 20, teams: 3, direction: 'unclear', delivery: 'agree', pains: ['silos', 'drift'] },
      { size: 20, teams: 3, direction: 'unclear', delivery: 'agree', pains: ['drift', 'silos'] },
    ],
    [
      '"unsure" everywhere',
      { size: 'unsure', direction: 'unsure', delivery: 'unsure', pains: 'unsure' },
      { size: 'unsure', direction: 'unsure', delivery: 'unsure', pains: 'unsure' },
    ],
    [
      'keys in any order, returned in bank order',
      { delivery: 'neutral', direction: 'clear' },
      { direction: 'clear', delivery: 'neutral' },
    ],
  ])('accepts %s', (_, input, answers) => {
    expect(checkAnswers(bank, input)).toEqual({ ok: true, answers });
  });

  it.each([
    ['not an object', [], { code: 'not-an-object', question: '' }],
    ['null', null, { code: 'not-an-object', question: '' }],
    ['an unknown question', { nope: 'x' }, { code: 'unknown-question', question: 'nope' }],
    ['an unknown option', { direction: 'w' }, { code: 'unknown-option', question: 'direction' }],
    ['a number for a choice', { direction: 3 }, { code: 'wrong-type', question: 'direction' }],
    ['a list for a single choice', { direction: ['clear'] }, { code: 'wrong-type', question: 'direction' }],
    ['a string for a number', { size: '5' }, { code: 'wrong-type', question: 'size' }],
    ['a fraction', { size: 2.5 }, { code: 'not-a-whole-number', question: 'size' }],
    ['a number below the range', { size: -1 }, { code: 'out-of-range', question: 'size' }],
    ['a number above the range', { size: 501 }, { code: 'out-of-range', question: 'size' }],
    ['NaN', { size: NaN }, { code: 'wrong-type', question: 'size' }],
    ['too many choices', { pains: ['drift', 'waiting', 'silos'] }, { code: 'too-many-choices', question: 'pains' }],
    ['a repeated choice', { pains: ['drift', 'drift'] }, { code: 'duplicate-option', question: 'pains' }],
    ['an empty list', { pains: [] }, { code: 'no-choice', question: 'pains' }],
    ['an answer to a hidden question', { size: 10, teams: 2 }, { code: 'hidden-question', question: 'teams' }],
    [
      'a prototype key',
      JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
      { code: 'unknown-question', question: '__proto__' },
    ],
  ])('rejects %s, naming the question', (_, input, error) => {
    const checked = checkAnswers(bank, input);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual([expect.objectContaining(error)]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports every problem, not just the first', () => {
    const checked = checkAnswers(bank, { size: 999, direction: 'w', nope: 1 });
    expect(checked.ok ? [] : checked.errors.map((error) => error.question)).toEqual(['size', 'direction', 'nope']);
  });

  it('tells a number out of range from one that is not whole', () => {
    const checked = checkAnswers(bank, { size: 501, teams: 2.5 });
    expect(checked.ok ? [] : checked.errors).toEqual([
      { code: 'out-of-range', question: 'size' },
      { code: 'not-a-whole-number', question: 'teams' },
    ]);
  });
});

describe('checkAnswers on options that stand alone', () => {
  const real = defaultBank();

  it.each([
    ['stakeholders', ['founders-only', 'executives'], /“Only the founders” cannot be ticked together with “Executives/],
    ['strain', ['blocked', 'none'], /“None of these” cannot be ticked together with “Engineers are often blocked/],
  ])('rejects %s with an exclusive option and another, naming both', (question, answer, message) => {
    const checked = checkAnswers(real, { [question]: answer });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual([expect.objectContaining({ code: 'exclusive-option', question })]);
    const [error] = checked.errors;
    expect(error && answerProblem(real, error, { [question]: answer })).toMatch(message);
  });

  it('accepts an exclusive option alone', () => {
    expect(checkAnswers(real, { stakeholders: ['founders-only'] }).ok).toBe(true);
  });
});

describe('visibility', () => {
  it.each([
    ['no answers', {}, ['size', 'direction', 'delivery', 'pains']],
    ['a number that meets the condition', { size: 11 }, ['size', 'teams', 'direction', 'delivery', 'pains']],
    ['a number below it', { size: 10 }, ['size', 'direction', 'delivery', 'pains']],
    ['"unsure" never meets a condition', { size: 'unsure' }, ['size', 'direction', 'delivery', 'pains']],
  ] as const)('shows the right questions for %s', (_, answers, ids) => {
    expect(questionFlow(bank, answers).ids).toEqual(ids);
  });

  it('drops answers to questions that became hidden', () => {
    expect(dropHiddenAnswers(bank, { size: 10, teams: 2, direction: 'clear' })).toEqual({
      size: 10,
      direction: 'clear',
    });
  });
});

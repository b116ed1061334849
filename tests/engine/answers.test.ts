import { describe, expect, it } from 'vitest';
import { checkAnswers, dropHiddenAnswers, parseBank, questionFlow, type Bank } from '../../src/engine';
import { tinyBankJson } from './tiny-bank';

function tinyBank(): Bank {
  const parsed = parseBank(tinyBankJson);
  if (!parsed.ok) throw new Error('the tiny bank must be valid');
  return parsed.bank;
}
const bank = tinyBank();

describe('checkAnswers', () => {
  it.each([
    ['no answers', {}, {}],
    [
      'one of each kind',
      { q1: 'x', q2: 5, q3: ['m3', 'm1'], q4: 'agree' },
      { q1: 'x', q2: 5, q3: ['m1', 'm3'], q4: 'agree' },
    ],
    ['"unsure" everywhere', { q1: 'unsure', q2: 'unsure', q4: 'unsure' }, { q1: 'unsure', q2: 'unsure', q4: 'unsure' }],
    ['keys in any order, returned in bank order', { q4: 'neutral', q1: 'y' }, { q1: 'y', q4: 'neutral' }],
  ])('accepts %s', (_, input, answers) => {
    expect(checkAnswers(bank, input)).toEqual({ ok: true, answers });
  });

  it.each([
    ['not an object', [], { code: 'not-an-object', question: '' }],
    ['null', null, { code: 'not-an-object', question: '' }],
    ['an unknown question', { q9: 'x' }, { code: 'unknown-question', question: 'q9' }],
    ['an unknown option', { q1: 'w' }, { code: 'unknown-option', question: 'q1' }],
    ['a number for a choice', { q1: 3 }, { code: 'wrong-type', question: 'q1' }],
    ['a list for a single choice', { q1: ['x'] }, { code: 'wrong-type', question: 'q1' }],
    ['a string for a number', { q2: '5' }, { code: 'wrong-type', question: 'q2' }],
    ['a fraction', { q2: 2.5 }, { code: 'not-a-whole-number', question: 'q2' }],
    ['a number below the range', { q2: 0 }, { code: 'out-of-range', question: 'q2' }],
    ['a number above the range', { q2: 11 }, { code: 'out-of-range', question: 'q2' }],
    ['NaN', { q2: NaN }, { code: 'wrong-type', question: 'q2' }],
    ['too many choices', { q2: 5, q3: ['m1', 'm2', 'm3'] }, { code: 'too-many-choices', question: 'q3' }],
    ['a repeated choice', { q2: 5, q3: ['m1', 'm1'] }, { code: 'duplicate-option', question: 'q3' }],
    ['an empty list', { q2: 5, q3: [] }, { code: 'no-choice', question: 'q3' }],
    ['an answer to a hidden question', { q2: 2, q3: ['m1'] }, { code: 'hidden-question', question: 'q3' }],
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
    const checked = checkAnswers(bank, { q1: 'w', q2: 99, q9: 1 });
    expect(checked.ok ? [] : checked.errors.map((error) => error.question)).toEqual(['q1', 'q2', 'q9']);
  });

  it('says what it expected', () => {
    const checked = checkAnswers(bank, { q2: 11 });
    expect(checked.ok ? '' : checked.errors[0]?.message).toBe('11 is outside 1 to 10');
  });
});

describe('visibility', () => {
  it.each([
    ['no answers', {}, ['q1', 'q2', 'q4', 'q5']],
    ['a number that meets the condition', { q2: 4 }, ['q1', 'q2', 'q3', 'q4', 'q5']],
    ['a number below it', { q2: 3 }, ['q1', 'q2', 'q4', 'q5']],
    ['"unsure" never meets a condition', { q2: 'unsure' }, ['q1', 'q2', 'q4', 'q5']],
  ] as const)('shows the right questions for %s', (_, answers, ids) => {
    expect(questionFlow(bank, answers).ids).toEqual(ids);
  });

  it('drops answers to questions that became hidden', () => {
    expect(dropHiddenAnswers(bank, { q1: 'x', q2: 2, q3: ['m1'] })).toEqual({ q1: 'x', q2: 2 });
  });
});

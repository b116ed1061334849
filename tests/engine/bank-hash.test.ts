import { describe, expect, it } from 'vitest';
import { bankHash } from '../../src/engine/bank/bank-hash';
import { defaultBank } from '../fixtures/default-bank';

describe('bankHash', () => {
  it('is the same in every language, and for the first download’s part of the bank as for the whole', () => {
    const whole = defaultBank('en');
    // What the browser starts with (scripts/bank-parts-plugin.ts): no plan, conflicts or moves.
    const core = {
      ...whole,
      plan: undefined,
      conflicts: undefined,
      questions: whole.questions.map((question) => ({ ...question, moves: undefined })),
    };
    expect(bankHash(core)).toBe(bankHash(whole));
    expect(bankHash(defaultBank('de'))).toBe(bankHash(whole));
    expect(bankHash(defaultBank('es'))).toBe(bankHash(whole));
  });

  it('changes when a weight changes', () => {
    const whole = defaultBank('en');
    const [first, ...rest] = whole.questions;
    if (!first || first.type === 'number') throw new Error('the first question has options');
    const [option, ...others] = first.options;
    if (!option) throw new Error('the first question has an option');
    const changed = { ...first, options: [{ ...option, weights: { scale: 9 } }, ...others] };
    expect(bankHash({ ...whole, questions: [changed, ...rest] })).not.toBe(bankHash(whole));
  });
});

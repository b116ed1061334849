import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asAnswer } from '../../src/engine/scoring/answers';
import { answerSchema } from '../../src/engine/bank/schema';

// The wizard checks answers without Zod; the result file and links use answerSchema. They must agree.
describe('asAnswer and answerSchema', () => {
  it.each([
    ['unsure', true],
    ['seed', true],
    ['Seed', false],
    ['a'.repeat(41), false],
    [['seed', 'growth'], true],
    [Array.from({ length: 13 }, () => 'x'), false],
    [12, true],
    [NaN, false],
    [Infinity, false],
    [null, false],
    [{}, false],
  ])('agree on %j', (input, valid) => {
    expect(asAnswer(input) !== undefined).toBe(valid);
    expect(answerSchema.safeParse(input).success).toBe(valid);
  });

  it('agree on anything', () => {
    const inputs = fc.oneof(
      fc.anything(),
      fc.stringMatching(/^[a-z][a-z0-9-]{0,45}$/),
      fc.array(fc.stringMatching(/^[a-z][a-z0-9-]{0,4}$/), { maxLength: 14 }),
      fc.double(),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        expect(asAnswer(input) !== undefined).toBe(answerSchema.safeParse(input).success);
      }),
    );
  });
});

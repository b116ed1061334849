import { describe, it } from 'vitest';
import { checkAnswers, parseBank } from '../../src/engine';
import { defaultBank } from '../fixtures/default-bank';
import { expectDecoderIsTotal, hostileInputs } from '../fixtures/hostile-input';

const bank = defaultBank();

describe.each(hostileInputs)('fed %s', (_, arbitrary) => {
  it('parseBank returns a bank or located issues, and pollutes nothing', () => {
    expectDecoderIsTotal(parseBank, arbitrary);
  });

  it('checkAnswers returns answers or typed errors, and pollutes nothing', () => {
    expectDecoderIsTotal((input) => checkAnswers(bank, input), arbitrary);
  });
});

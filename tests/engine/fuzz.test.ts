import { describe, expect, it } from 'vitest';
import { checkAnswers, parseBank } from '../../src/engine';
import { defaultBank } from '../fixtures/default-bank';
import {
  expectAnswersOutcome,
  expectBankOutcome,
  expectDecoderIsTotal,
  hostileInputs,
  prototypePayloads,
} from '../fixtures/hostile-input';

const bank = defaultBank();

describe.each(hostileInputs)('fed %s', (_, arbitrary) => {
  it('parseBank returns a bank or located issues, and pollutes nothing', () => {
    expectDecoderIsTotal(parseBank, arbitrary, expectBankOutcome);
  });

  it('checkAnswers returns answers or typed errors, and pollutes nothing', () => {
    expectDecoderIsTotal((input) => checkAnswers(bank, input), arbitrary, expectAnswersOutcome(bank));
  });
});

describe('prototype payloads', () => {
  const [proto, constructor, methods] = prototypePayloads.map(([, payload]) => payload);
  const notAQuestion = (id: string) => ({ code: 'unknown-question', question: id });

  it.each([
    [proto, [notAQuestion('__proto__')]],
    [constructor, [notAQuestion('constructor')]],
    [methods, [notAQuestion('toString'), notAQuestion('valueOf')]],
  ])('checkAnswers refuses %j as questions it does not have', (payload, errors) => {
    expect(checkAnswers(bank, payload)).toEqual({ ok: false, errors });
  });

  it.each([
    [proto, 'Unrecognized key: "__proto__"'],
    [constructor, 'Unrecognized key: "constructor"'],
    [methods, 'Unrecognized keys: "toString", "valueOf"'],
  ])('parseBank refuses %j as a key a bank does not have', (payload, message) => {
    const parsed = parseBank(payload);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.filter((issue) => issue.path === '(root)')).toEqual([{ path: '(root)', message }]);
    expect(parsed.issues.filter((issue) => issue.path !== '(root)').map((issue) => issue.path)).toEqual([
      'id',
      'version',
      'locale',
      'title',
      'intro',
      'minutes',
      'dimensions',
      'questions',
      'outcomes',
      'decision',
      'tieOrder',
    ]);
  });
});

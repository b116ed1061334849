import { describe, expect, it } from 'vitest';
import oldBankJson from '../fixtures/role-fit-1.0.0.json' with { type: 'json' };
import {
  QUESTIONS_CHANGED_NOTICE,
  checkAnswers,
  decodeShareLink,
  encodeShareLink,
  evaluate,
  parseBank,
  parseResultFile,
  resultFileText,
} from '../../src/engine';
import { calibrationPersonas } from '../fixtures/calibration-personas';
import { defaultBank } from '../fixtures/default-bank';

const bank = defaultBank();
// 1.0.0 scored with outcome profiles; today's banks declare a decision instead. Links and files
// carry question and option ids and a content hash: the old questions under today's decision
// write the same answers, and their hash, like 1.0.0's, is not today's.
const { decision } = bank;
const parsedOld = parseBank({
  ...oldBankJson,
  outcomes: oldBankJson.outcomes.map((outcome) => {
    const copy: Record<string, unknown> = { ...outcome };
    delete copy.profile;
    return copy;
  }),
  decision,
});
if (!parsedOld.ok) throw new Error('the 1.0.0 bank no longer parses');
const oldBank = parsedOld.bank;

/** Answers as the engine keeps them: ticks in bank order. */
function normal(answers: Parameters<typeof checkAnswers>[1]) {
  const checked = checkAnswers(bank, answers);
  if (!checked.ok) throw new Error('persona answers do not fit today’s questions');
  return checked.answers;
}

// Answers that the 1.0.0 questions could hold: the calibration personas use no option added since.
describe('results made with question set 1.0.0', () => {
  it('is an older version than today’s', () => {
    expect(oldBank.version).toBe('1.0.0');
    expect(bank.version).not.toBe(oldBank.version);
  });

  it.each(calibrationPersonas.map((p) => [p.name, p.answers] as const))(
    'a share link for %s opens, scores, and says the questions or advice changed',
    (_name, answers) => {
      const link = `#${encodeShareLink(oldBank, answers)}`;
      const opened = decodeShareLink(bank, link);
      expect(opened).toEqual({ ok: true, answers: normal(answers), notice: QUESTIONS_CHANGED_NOTICE });
      if (opened.ok) expect(evaluate(bank, opened.answers).status).toBe('ok');
    },
  );

  it.each(calibrationPersonas.map((p) => [p.name, p.answers] as const))(
    'a saved result file for %s opens with a notice naming the version',
    (_name, answers) => {
      const opened = parseResultFile(bank, resultFileText(oldBank, answers, new Date('2026-06-01T00:00:00Z')));
      expect(opened.ok).toBe(true);
      if (!opened.ok) return;
      expect(opened.answers).toEqual(normal(answers));
      expect(opened.notice).toMatch(/saved with version 1\.0\.0 of the questions and this is /);
    },
  );
});

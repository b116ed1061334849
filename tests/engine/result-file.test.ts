import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bankHash,
  buildResultFile,
  checkAnswers,
  evaluate,
  parseResultFile,
  resultFileJsonSchema,
  resultFileSchema,
  type Answers,
} from '../../src/engine';
import { defaultBank } from '../fixtures/default-bank';
import { expectDecoderIsTotal, hostileInputs } from '../fixtures/hostile-input';
import { personas } from '../fixtures/personas';

const bank = defaultBank();
const now = new Date('2026-03-04T05:06:07.000Z');

function checked(input: unknown): Answers {
  const result = checkAnswers(bank, input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.answers;
}

const answers = checked(personas[0]?.answers);
const saved = (): Record<string, unknown> & { bank: Record<string, unknown>; answers: Record<string, unknown> } =>
  JSON.parse(JSON.stringify(buildResultFile(bank, answers, now))) as never;

describe('buildResultFile', () => {
  it('records the format, the bank, the date, the answers and the result', () => {
    const file = buildResultFile(bank, answers, now);
    expect(file).toEqual({
      format: 'role-fit-result',
      formatVersion: 1,
      bank: { id: 'role-fit', version: bank.version, hash: bankHash(bank), questions: bank.questions.map((q) => q.id) },
      createdAt: '2026-03-04T05:06:07.000Z',
      answers,
      result: evaluate(bank, answers),
    });
    expect(resultFileSchema.safeParse(file).success).toBe(true);
  });

  it('leaves out answers to hidden questions', () => {
    expect(buildResultFile(bank, { engineers: 4, teams: 3 }, now).answers).toEqual({ engineers: 4 });
  });
});

describe('parseResultFile', () => {
  it.each(personas.map((persona) => [persona.id, persona] as const))('round-trips %s', (_, persona) => {
    const expected = checked(persona.answers);
    const text = JSON.stringify(buildResultFile(bank, expected, now), null, 2);
    expect(parseResultFile(bank, text)).toEqual({ ok: true, answers: expected, createdAt: now.toISOString() });
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseResultFile(bank, `\uFEFF${JSON.stringify(saved())}`)).toMatchObject({ ok: true, answers });
  });

  it('ignores the stored result: only the answers are read', () => {
    const file = saved();
    const result = file.result as { outcome: string; fit: Record<string, number> };
    result.outcome = result.outcome === 'po' ? 'pm' : 'po';
    result.fit.po = 100;
    expect(parseResultFile(bank, JSON.stringify(file))).toMatchObject({ ok: true, answers });
  });

  it('notes which questions were added and removed when saved with an older bank', () => {
    const file = saved();
    file.bank.version = '0.9.0';
    file.bank.hash = '00000000';
    file.bank.questions = [...bank.questions.map((q) => q.id).filter((id) => id !== 'research'), 'old-question'];
    file.answers['old-question'] = 'yes';
    const parsed = parseResultFile(bank, JSON.stringify(file));
    expect(parsed).toMatchObject({ ok: true, answers, changes: { added: ['research'], removed: ['old-question'] } });
    expect(parsed.ok && parsed.notice).toBe(
      `This result was saved with version 0.9.0 of the questions and this is ${bank.version} (new questions: research; removed questions: old-question), so check your answers before relying on the result.`,
    );
  });

  it('notes a reworded bank even when no question was added or removed', () => {
    const file = saved();
    file.bank.hash = '00000000';
    const parsed = parseResultFile(bank, JSON.stringify(file));
    expect(parsed).toMatchObject({ ok: true, changes: { added: [], removed: [] } });
    expect(parsed.ok && parsed.notice).toMatch(/some questions or options were reworded or reweighted/);
  });

  const refusals: [string, () => unknown, RegExp, RegExp | undefined][] = [
    ['not JSON', () => 'this is not json', /is not valid JSON/, /JSON/],
    ['a PNG image', () => '\u0089PNG\r\n', /is not valid JSON/, undefined],
    ['a number instead of text', () => 7, /not a Role Fit result file/, undefined],
    ['more than a megabyte', () => ' '.repeat(1_000_001), /too large/, undefined],
    ['JSON nested 33 levels deep', () => `${'['.repeat(33)}${']'.repeat(33)}`, /more than 32 levels deep/, undefined],
    ['a "__proto__" key', () => '{"__proto__": {"polluted": true}}', /keys that Role Fit refuses/, /^__proto__: /],
    [
      'a "constructor" key deep inside',
      () => JSON.stringify({ ...saved(), answers: { stage: { constructor: { prototype: { polluted: 1 } } } } }),
      /keys that Role Fit refuses/,
      /^answers\.stage\.constructor: /,
    ],
    ['another kind of JSON', () => '{"id": "role-fit", "questions": []}', /not a Role Fit result/, undefined],
    [
      'a newer file format',
      () => JSON.stringify({ ...saved(), formatVersion: 2 }),
      /newer version of Role Fit/,
      undefined,
    ],
    ['an unknown key', () => JSON.stringify({ ...saved(), extra: 1 }), /damaged or was edited by hand/, /extra/],
    ['a bad date', () => JSON.stringify({ ...saved(), createdAt: 'yesterday' }), /damaged/, /^createdAt: /],
    [
      'another bank',
      () => JSON.stringify({ ...saved(), bank: { ...saved().bank, id: 'other' } }),
      /saved for the question set “other”, not “role-fit”/,
      undefined,
    ],
    [
      'answers that do not fit',
      () => JSON.stringify({ ...saved(), answers: { stage: 'galactic' } }),
      /do not fit the current questions/,
      /^stage: "galactic" is not an option/,
    ],
  ];

  it.each(refusals)('refuses %s with one sentence and details', (_, input, message, detail) => {
    const parsed = parseResultFile(bank, input());
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).toMatch(message);
    expect(parsed.error.message).toMatch(/^[A-Z][^\n]*\.$/);
    if (detail) expect(parsed.error.details).toContainEqual(expect.stringMatching(detail));
  });

  it('leaves Object.prototype alone after reading a "__proto__" payload', () => {
    parseResultFile(bank, '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(hostileInputs)('returns a result and pollutes nothing when fed %s', (_, arbitrary) => {
    expectDecoderIsTotal((input) => parseResultFile(bank, input), arbitrary);
  });

  it.each(hostileInputs)('returns a result and pollutes nothing when fed %s as JSON text', (_, arbitrary) => {
    expectDecoderIsTotal((input) => {
      let text: string | undefined;
      try {
        text = JSON.stringify(input);
      } catch {
        text = undefined;
      }
      return parseResultFile(bank, text);
    }, arbitrary);
  });
});

describe('questions/result-file.schema.json', () => {
  it('matches the Zod schema (run `npm run schema:result` after changing it)', () => {
    const committed = JSON.parse(readFileSync('questions/result-file.schema.json', 'utf8')) as unknown;
    expect(committed).toEqual(resultFileJsonSchema());
  });

  it('rejects unknown keys, like the Zod schema', () => {
    const schema = resultFileJsonSchema() as { additionalProperties?: boolean; required?: string[] };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['format', 'formatVersion', 'bank', 'createdAt', 'answers', 'result']);
  });
});

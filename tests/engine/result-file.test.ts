import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bankHash,
  buildMarkdownSummary,
  buildResultFile,
  checkAnswers,
  evaluate,
  parseResultFile,
  resultFileJsonSchema,
  resultFileSchema,
  type Answers,
} from '../../src/engine';
import { defaultBank } from '../fixtures/default-bank';
import { expectDecoderIsTotal, expectResultFileOutcome, hostileInputs } from '../fixtures/hostile-input';
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
    expectDecoderIsTotal((input) => parseResultFile(bank, input), arbitrary, expectResultFileOutcome(bank));
  });

  it.each(hostileInputs)('returns a result and pollutes nothing when fed %s as JSON text', (_, arbitrary) => {
    expectDecoderIsTotal(
      (input) => {
        let text: string | undefined;
        try {
          text = JSON.stringify(input);
        } catch {
          text = undefined;
        }
        return parseResultFile(bank, text);
      },
      arbitrary,
      expectResultFileOutcome(bank),
    );
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

describe('hostile result files', () => {
  const script = '<script>alert(document.cookie)</script>';
  const link = 'javascript:alert(1)';

  it('opens a file with script and javascript: text in the strings it ignores, and no export carries them', () => {
    const file = saved();
    file.$schema = `${link} ${script}`;
    const result = file.result as { bank: { id: string } };
    result.bank.id = script.slice(0, 40);
    const parsed = parseResultFile(bank, JSON.stringify(file));
    expect(parsed).toEqual({ ok: true, answers, createdAt: now.toISOString() });
    if (!parsed.ok) return;
    const json = JSON.stringify(buildResultFile(bank, parsed.answers, now));
    const markdown = buildMarkdownSummary(bank, parsed.answers, evaluate(bank, parsed.answers), { date: now });
    for (const exported of [json, markdown]) expect(exported).not.toMatch(/<script|javascript:|alert/i);
  });

  it.each([
    ['an answer', { stage: script }, /^answers\.stage: Use lower-case letters/],
    ['a multiple-choice answer', { stage: [link] }, /^answers\.stage\[0\]: Use lower-case letters/],
  ])('refuses script text in %s by its shape, without repeating it', (_, change, detail) => {
    const parsed = parseResultFile(bank, JSON.stringify({ ...saved(), answers: { ...saved().answers, ...change } }));
    expect(parsed).toMatchObject({ ok: false, error: { details: [expect.stringMatching(detail)] } });
    expect(JSON.stringify(parsed)).not.toMatch(/script|javascript/);
  });

  it('names a question called like a script only as data, for the page to show as text', () => {
    const parsed = parseResultFile(bank, JSON.stringify({ ...saved(), answers: { [script]: 'x' } }));
    expect(parsed).toMatchObject({
      ok: false,
      error: { details: [`${script}: "${script}" is not a question in role-fit ${bank.version}`] },
    });
  });

  it('names another bank called like a script only as plain text in one sentence', () => {
    const parsed = parseResultFile(bank, JSON.stringify({ ...saved(), bank: { ...saved().bank, id: '<b>x</b>' } }));
    expect(parsed).toEqual({
      ok: false,
      error: {
        message: 'This file was saved for the question set “<b>x</b>”, not “role-fit”, so it cannot be opened here.',
        details: [],
      },
    });
  });

  it.each([
    ['500,000 levels of arrays', () => `${'['.repeat(500_000)}${']'.repeat(500_000)}`],
    ['166,000 levels of objects', () => `${'{"a":'.repeat(166_000)}1${'}'.repeat(166_000)}`],
    ['deep nesting inside the ignored result', () => JSON.stringify({ ...saved(), result: nest(40) })],
    ['deep nesting inside an answer', () => JSON.stringify({ ...saved(), answers: { stage: nest(40) } })],
  ])('refuses %s quickly, without throwing', (_, text) => {
    const started = performance.now();
    const parsed = parseResultFile(bank, text());
    expect(parsed.ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.each([
    ['in the bank', () => ({ ...saved(), bank: { ...saved().bank, trusted: true } }), /^bank: /],
    [
      'in the stored result',
      () => ({ ...saved(), result: { ...(saved().result as object), verified: true } }),
      /^result: /,
    ],
    ['as a forged score', () => ({ ...saved(), score: 100, outcome: 'pm' }), /^\(file\): /],
  ])('refuses extra keys %s', (_, file, detail) => {
    const parsed = parseResultFile(bank, JSON.stringify(file()));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).toMatch(/damaged or was edited by hand/);
    expect(parsed.error.details).toContainEqual(expect.stringMatching(detail));
  });
});

/** A value nested `depth` arrays deep. */
function nest(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

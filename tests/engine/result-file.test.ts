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
import { MAX_FILE_BYTES, checkResultFileSize } from '../../src/engine/exchange/result-file';
import { commandLineMessages } from '../../src/i18n/all-languages';
import { formatNumber } from '../../src/i18n/format';
import { LANGUAGES } from '../../src/i18n/languages';
import { resultMessages } from '../../src/i18n/registry';
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
      `This result was saved with version 0.9.0 of the questions and this is ${bank.version} (new questions: “Market research”; one question was dropped), so check your answers before relying on the result.`,
    );
  });

  it('notes a reworded bank even when no question was added or removed', () => {
    const file = saved();
    file.bank.hash = '00000000';
    const parsed = parseResultFile(bank, JSON.stringify(file));
    expect(parsed).toMatchObject({ ok: true, changes: { added: [], removed: [] } });
    expect(parsed.ok && parsed.notice).toMatch(/some questions or options were reworded or reweighted/);
  });

  const CHOOSE = 'choose the .json file Role Fit saved.';
  const DAMAGED = 'This result file is damaged or was edited by hand, so it was not opened; save the result again.';
  const NOT_FIT =
    'The answers in this file do not fit the current questions, so it was not opened; answer the questions again.';
  const NOT_RESULT = 'This file is not a Role Fit result; choose the .json file saved with “Save result file (.json)”.';
  const BINARY = `This file looks like a binary file (an image or an archive?), not a Role Fit result; ${CHOOSE}`;
  const BROKEN = `This file is damaged: its JSON text is cut short or broken, so it is not a Role Fit result; ${CHOOSE}`;
  const NOT_JSON = `This is not a Role Fit result file: it is not JSON text; ${CHOOSE}`;
  const withAnswers = (answers: Record<string, unknown>) => () => JSON.stringify({ ...saved(), answers });

  // Input → the one sentence and the details the app shows, in plain words: questions by title,
  // no parser or validator wording, nothing of the input but a short, cleaned quote.
  const refusals: [string, () => unknown, string, string[]][] = [
    ['a number instead of text', () => 7, `This is not a Role Fit result file; ${CHOOSE}`, []],
    ['empty text', () => '', `This file is empty, so it is not a Role Fit result; ${CHOOSE}`, []],
    [
      'only spaces and a byte-order mark',
      () => '\uFEFF \n ',
      `This file is empty, so it is not a Role Fit result; ${CHOOSE}`,
      [],
    ],
    [
      'more than 1 MB (1,000,000 characters)',
      () => ' '.repeat(1_000_001),
      `This file is larger than 1 MB (1,000,000 bytes), so it is not a Role Fit result; ${CHOOSE}`,
      [],
    ],
    ['plain words', () => 'this is not json', NOT_JSON, ['It begins “this is not json”.']],
    ['a spreadsheet saved as text', () => 'Name,Role\nAda,CTO\n', NOT_JSON, ['It begins “Name,Role Ada,CTO”.']],
    ['a web page', () => '<!doctype html><title>x</title>', NOT_JSON, ['It looks like a web page or other markup.']],
    [
      'long text with control characters, quoted short and clean',
      () => `a\tb\u001b[31m\u202e${'z'.repeat(100)}`,
      NOT_JSON,
      [`It begins “a b [31m ${'z'.repeat(30)}…”.`],
    ],
    ['a PNG image', () => '\u0089PNG\r\n\u001a\n', BINARY, ['It starts like a PNG image.']],
    ['a PNG image read as UTF-8', () => '\uFFFDPNG\r\n\u001a\n\u0000', BINARY, ['It starts like a PNG image.']],
    ['a GIF image', () => 'GIF89a\u0001\u0000', BINARY, ['It starts like a GIF image.']],
    [
      'a JPEG image read as UTF-8',
      () => '\uFFFD\uFFFD\uFFFD\uFFFD\u0000\u0010JFIF',
      BINARY,
      ['It starts like a JPEG image.'],
    ],
    ['a PDF', () => '%PDF-1.7\n\uFFFD\uFFFD', BINARY, ['It starts like a PDF document.']],
    [
      'a ZIP archive',
      () => 'PK\u0003\u0004\u0014\u0000',
      BINARY,
      ['It starts like a ZIP archive (Word and Excel documents are ZIP archives too).'],
    ],
    ['other binary data', () => '\u0000\u0001\u0002\u0003', BINARY, []],
    [
      'a result cut short',
      () => JSON.stringify(saved()).slice(0, 100),
      BROKEN,
      ['It ends before its data does: it may have been cut short.'],
    ],
    [
      'a result with a comma missing',
      () => '{\n  "format": "role-fit-result"\n  "formatVersion": 1\n}',
      BROKEN,
      ['It stops being JSON at line 3, column 3.'],
    ],
    ['a result with a stray word', () => '{"format": oops}', BROKEN, []],
    [
      'JSON nested 33 levels deep',
      () => `${'['.repeat(33)}${']'.repeat(33)}`,
      `This file nests data more than 32 levels deep, which no Role Fit result does; ${CHOOSE}`,
      [],
    ],
    [
      'a "__proto__" key',
      () => '{"__proto__": {"polluted": true}}',
      `This file contains names that Role Fit refuses for safety, so it was not opened; ${CHOOSE}`,
      ['“__proto__” in the file is a name Role Fit refuses.'],
    ],
    [
      'a "constructor" key deep inside an answer',
      withAnswers({ stage: { constructor: { prototype: { polluted: 1 } } } }),
      `This file contains names that Role Fit refuses for safety, so it was not opened; ${CHOOSE}`,
      [
        '“constructor” in the answer to “What stage is your company at?” is a name Role Fit refuses.',
        '“prototype” in the answer to “What stage is your company at?” is a name Role Fit refuses.',
      ],
    ],
    ['a JSON list', () => '[1, 2]', NOT_RESULT, []],
    [
      'a question set',
      () => '{"id": "role-fit", "questions": [], "dimensions": []}',
      NOT_RESULT,
      ['It looks like a question set, not a saved result.'],
    ],
    [
      'a plain answers file, as the command line reads',
      () => '{"stage": "seed", "engineers": 4}',
      NOT_RESULT,
      ['It looks like a plain list of answers, which the command line reads (“npm run score”), not a saved result.'],
    ],
    [
      'answers under "answers" only',
      () => '{"answers": {"stage": "seed"}}',
      NOT_RESULT,
      ['It looks like a plain list of answers, which the command line reads (“npm run score”), not a saved result.'],
    ],
    [
      'a newer file format',
      () => JSON.stringify({ ...saved(), formatVersion: 2 }),
      'This file was saved by a newer version of Role Fit; reload the page to get the latest version and open it again.',
      [],
    ],
    [
      'an unknown key',
      () => JSON.stringify({ ...saved(), extra: 1 }),
      DAMAGED,
      ['The file has an entry Role Fit never writes: “extra”.'],
    ],
    [
      'a forged score and outcome',
      () => JSON.stringify({ ...saved(), score: 100, outcome: 'pm', fit: 1, rank: 1 }),
      DAMAGED,
      ['The file has 4 entries Role Fit never writes: “score”, “outcome”, “fit” and 1 more.'],
    ],
    [
      'a bad date',
      () => JSON.stringify({ ...saved(), createdAt: 'yesterday' }),
      DAMAGED,
      ['The date it was saved holds a value Role Fit never writes.'],
    ],
    [
      'a recommendation Role Fit never gives',
      () => JSON.stringify({ ...saved(), result: { ...(saved().result as object), outcome: 'ceo' } }),
      DAMAGED,
      ['“outcome” in the result stored with the answers holds a value Role Fit never writes.'],
    ],
    [
      'a header only',
      () => '{"format": "role-fit-result", "formatVersion": 1}',
      DAMAGED,
      [
        'The record of the questions it was saved with is missing.',
        'The date it was saved is missing.',
        'The list of answers is missing.',
        'The result stored with the answers is missing.',
      ],
    ],
    [
      'answers that are a list',
      () => JSON.stringify({ ...saved(), answers: ['seed'] }),
      DAMAGED,
      ['The list of answers holds the wrong kind of value.'],
    ],
    [
      'a question id too long to be one',
      withAnswers({ [`q${'x'.repeat(60)}`]: 'a' }),
      DAMAGED,
      [`There is an answer to “q${'x'.repeat(38)}…”, which is not a question Role Fit asks.`],
    ],
    [
      'more answers than questions',
      withAnswers(Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`q${i}`, 'a']))),
      DAMAGED,
      ['The list of answers holds more answers than there are questions.'],
    ],
    [
      'another bank',
      () => JSON.stringify({ ...saved(), bank: { ...saved().bank, id: 'other' } }),
      'This file was saved for the question set “other”, not “role-fit”, so it cannot be opened here.',
      [],
    ],
    [
      'an option the question does not have',
      withAnswers({ stage: 'galactic' }),
      NOT_FIT,
      ['The answer to “What stage is your company at?” names “galactic”, which is not one of its options.'],
    ],
    [
      'half an engineer',
      withAnswers({ stage: 'seed', engineers: 0.5 }),
      NOT_FIT,
      ['The answer to “How many engineers build your product…” is 0.5; it must be a whole number from 0 to 100,000.'],
    ],
    [
      'a number above the range',
      withAnswers({ stage: 'seed', engineers: 250_000 }),
      NOT_FIT,
      [
        'The answer to “How many engineers build your product…” is 250,000; it must be a whole number from 0 to 100,000.',
      ],
    ],
    [
      'a number for a choice',
      withAnswers({ stage: 3 }),
      NOT_FIT,
      ['The answer to “What stage is your company at?” is not one of its options.'],
    ],
    [
      'a choice for a number',
      withAnswers({ stage: 'seed', engineers: 'many' }),
      NOT_FIT,
      ['The answer to “How many engineers build your product…” is not a number.'],
    ],
    [
      'an answer the other answers skip',
      withAnswers({ stage: 'seed', engineers: 4, teams: 3 }),
      NOT_FIT,
      ['The answer to “How many separate product or delivery…” does not apply: the other answers skip that question.'],
    ],
    [
      'a tick the question does not have',
      withAnswers({ stage: 'seed', complexity: ['regulation', 'nope'] }),
      NOT_FIT,
      ['The answer to “Which of these make your product harder…” names “nope”, which is not one of its options.'],
    ],
    [
      'no ticks',
      withAnswers({ stage: 'seed', complexity: [] }),
      NOT_FIT,
      ['The answer to “Which of these make your product harder…” ticks no option.'],
    ],
    [
      'a question Role Fit does not ask',
      withAnswers({ 'favourite-colour': 'blue' }),
      NOT_FIT,
      ['There is an answer to “favourite-colour”, which is not a question Role Fit asks.'],
    ],
    [
      'thirty questions Role Fit does not ask: seven named, the rest counted',
      withAnswers(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`q${i}`, 'a']))),
      NOT_FIT,
      [
        ...Array.from({ length: 7 }, (_, i) => `There is an answer to “q${i}”, which is not a question Role Fit asks.`),
        '…and 23 more problems like these.',
      ],
    ],
  ];

  it.each(refusals)('refuses %s in one sentence, with plain details', (_, input, message, details) => {
    expect(parseResultFile(bank, input())).toEqual({ ok: false, error: { message, details } });
  });

  it('keeps the largest real file well within the limit, which is 1 MB (1,000,000 bytes) everywhere', () => {
    expect(MAX_FILE_BYTES).toBe(1_000_000);
    // The messages write the limit out: in every language, the app's and the command line's say this number.
    for (const language of LANGUAGES) {
      const limit = formatNumber(language, MAX_FILE_BYTES);
      expect(resultMessages(language).links.file.tooLarge).toContain(limit);
      expect(commandLineMessages(language).file.tooLarge).toContain(limit);
    }
    expect(JSON.stringify(buildResultFile(bank, answers, now), null, 2).length).toBeLessThan(MAX_FILE_BYTES / 50);
  });

  it.each([
    [1_000_000, undefined],
    [
      1_000_001,
      {
        ok: false,
        error: {
          message:
            'This file is larger than 1 MB (1,000,000 bytes), so it is not a Role Fit result; choose the .json file Role Fit saved.',
          details: ['It is 1,000,001 bytes.'],
        },
      },
    ],
  ])('checkResultFileSize(%d bytes) refuses only what is over the limit', (bytes, refusal) => {
    expect(checkResultFileSize(bank, bytes)).toEqual(refusal);
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
    ['an answer', { stage: script }],
    ['a multiple-choice answer', { stage: [link] }],
  ])('refuses script text in %s by its shape, naming the question, without repeating it', (_, change) => {
    const parsed = parseResultFile(bank, JSON.stringify({ ...saved(), answers: { ...saved().answers, ...change } }));
    expect(parsed).toEqual({
      ok: false,
      error: {
        message: 'This result file is damaged or was edited by hand, so it was not opened; save the result again.',
        details: ['The answer to “What stage is your company at?” holds a value Role Fit never writes.'],
      },
    });
  });

  it('names a question called like a script only as short, clean text, for the page to show as text', () => {
    const parsed = parseResultFile(bank, JSON.stringify({ ...saved(), answers: { [`${script}\u001b[2J`]: 'x' } }));
    expect(parsed).toMatchObject({
      ok: false,
      error: {
        details: [
          'There is an answer to “<script>alert(document.cookie)</script>…”, which is not a question Role Fit asks.',
        ],
      },
    });
  });

  it('names another bank called like a script only as plain text in one sentence', () => {
    const parsed = parseResultFile(
      bank,
      JSON.stringify({ ...saved(), bank: { ...saved().bank, id: '<b>x</b>\u0007\u202e' } }),
    );
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
    [
      'in the bank',
      () => ({ ...saved(), bank: { ...saved().bank, trusted: true } }),
      'The record of the questions it was saved with has an entry Role Fit never writes: “trusted”.',
    ],
    [
      'in the stored result',
      () => ({ ...saved(), result: { ...(saved().result as object), verified: true } }),
      'The result stored with the answers has an entry Role Fit never writes: “verified”.',
    ],
    [
      'as a forged score',
      () => ({ ...saved(), score: 100, outcome: 'pm' }),
      'The file has 2 entries Role Fit never writes: “score”, “outcome”.',
    ],
  ])('refuses extra keys %s', (_, file, detail) => {
    expect(parseResultFile(bank, JSON.stringify(file()))).toEqual({
      ok: false,
      error: {
        message: 'This result file is damaged or was edited by hand, so it was not opened; save the result again.',
        details: [detail],
      },
    });
  });
});

/** A value nested `depth` arrays deep. */
function nest(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('whose answers a file holds', () => {
  const text = (file: Record<string, unknown>) => JSON.stringify(file);
  it.each([
    ['a plain name', 'Alex', 'Alex'],
    ['spaces and line breaks on one line', '  Alex\n  Doe ', 'Alex Doe'],
    ['direction and control characters taken out', 'Al\u202eex\u0007', 'Al ex'],
    ['only spaces: nobody', '   ', undefined],
  ])('%s', (_, typed, name) => {
    const file = buildResultFile(bank, answers, now, typed);
    expect(file.name).toBe(name);
    expect(parseResultFile(bank, text(file))).toEqual({
      ok: true,
      answers,
      createdAt: now.toISOString(),
      ...(name ? { name } : {}),
    });
  });

  it('opens a file saved before names, which has none', () => {
    expect(parseResultFile(bank, text(saved()))).toEqual({ ok: true, answers, createdAt: now.toISOString() });
  });

  it('cleans a name edited into the file by hand, and refuses one too long to be written by Role Fit', () => {
    expect(parseResultFile(bank, text({ ...saved(), name: 'Bo\u2066b\u0000' }))).toMatchObject({
      ok: true,
      name: 'Bo b',
    });
    expect(parseResultFile(bank, text({ ...saved(), name: 'x'.repeat(41) }))).toMatchObject({ ok: false });
    expect(parseResultFile(bank, text({ ...saved(), name: 42 }))).toMatchObject({ ok: false });
  });
});

import { describe, expect, it } from 'vitest';
import { checkAnswers, type Question } from '../../src/engine';
import { answerProblem, cappedDetails, questionName, quoted, shownFileName } from '../../src/engine/words/refusal-text';
import { defaultBank } from '../fixtures/default-bank';
import { miniBank } from '../fixtures/mini-bank';

const bank = defaultBank();

/** What the app says of each answer checkAnswers refuses in these answers. */
function problems(answers: unknown): string[] {
  const checked = checkAnswers(bank, answers);
  if (checked.ok) return [];
  return checked.errors.map((error) => answerProblem(bank, error, answers as Record<string, unknown>));
}

describe('answerProblem: every refused answer in plain words, the question named by its title', () => {
  const cases: [string, unknown, string[]][] = [
    ['answers that are not an object', ['seed'], ['The answers are not a list of questions with their answers.']],
    [
      'a question Role Fit does not ask',
      { 'favourite-colour': 'blue' },
      ['There is an answer to “favourite-colour”, which is not a question Role Fit asks.'],
    ],
    [
      'an answer the other answers skip',
      { stage: 'seed', engineers: 4, teams: 3 },
      ['The answer to “How many separate product or delivery…” does not apply: the other answers skip that question.'],
    ],
    [
      'a number for a choice',
      { stage: 3 },
      ['The answer to “What stage is your company at?” is not one of its options.'],
    ],
    [
      'text for a number',
      { engineers: '12' },
      ['The answer to “How many engineers build your product…” is not a number.'],
    ],
    [
      'one option for a multiple choice',
      { stage: 'seed', complexity: 'hardware' },
      ['The answer to “Which of these make your product harder…” is not a list of its options.'],
    ],
    [
      'an option the question does not have',
      { stage: 'galactic' },
      ['The answer to “What stage is your company at?” names “galactic”, which is not one of its options.'],
    ],
    [
      'a tick the question does not have',
      { stage: 'seed', complexity: ['hardware', 'wings'] },
      ['The answer to “Which of these make your product harder…” names “wings”, which is not one of its options.'],
    ],
    [
      'the same tick twice',
      { stage: 'seed', complexity: ['hardware', 'hardware'] },
      ['The answer to “Which of these make your product harder…” ticks the same option twice.'],
    ],
    // Strain allows all five signs; only its sixth option, "none", takes a tick past the limit.
    [
      'more ticks than allowed',
      { stage: 'seed', strain: optionIds('strain') },
      ['The answer to “Which of these do you see today?” ticks 6 options; at most 5 may be ticked.'],
    ],
    [
      'more ticks than allowed, before the options that exclude each other',
      { stage: 'seed', complexity: optionIds('complexity') },
      ['The answer to “Which of these make your product harder…” ticks 5 options; at most 4 may be ticked.'],
    ],
    [
      'options that exclude each other',
      { stage: 'seed', complexity: ['integrations', 'none'] },
      [
        'The answer to “Which of these make your product harder…” ticks two options that exclude each other: “None of these” cannot be ticked together with “Many integrations with other systems”.',
      ],
    ],
    [
      'no tick',
      { stage: 'seed', complexity: [] },
      ['The answer to “Which of these make your product harder…” ticks no option.'],
    ],
    [
      'half an engineer',
      { stage: 'seed', engineers: 0.5 },
      ['The answer to “How many engineers build your product…” is 0.5; it must be a whole number from 0 to 100,000.'],
    ],
    [
      'a number over the range',
      { stage: 'seed', engineers: 1_000_000 },
      [
        'The answer to “How many engineers build your product…” is 1,000,000; it must be a whole number from 0 to 100,000.',
      ],
    ],
    [
      'a negative number',
      { stage: 'seed', engineers: -3 },
      ['The answer to “How many engineers build your product…” is -3; it must be a whole number from 0 to 100,000.'],
    ],
    [
      'a huge number, written short',
      { stage: 'seed', engineers: 1e300 },
      [
        'The answer to “How many engineers build your product…” is 1e+300; it must be a whole number from 0 to 100,000.',
      ],
    ],
    [
      'a question id like a script, quoted short and clean',
      { '<script>alert(1)</script>\u001b[2J\u202e': 'x' },
      ['There is an answer to “<script>alert(1)</script> [2J”, which is not a question Role Fit asks.'],
    ],
  ];

  it.each(cases)('%s', (_, answers, expected) => {
    expect(problems(answers)).toEqual(expected);
  });

  function optionIds(id: string): string[] {
    const question = bank.questions.find((candidate) => candidate.id === id);
    return question && question.type !== 'number' ? question.options.map((option) => option.id) : [];
  }
});

describe('questionName', () => {
  const named = (title: string): Question => ({ ...(miniBank.questions[0] as Question), title });

  it.each([
    ['a short title, whole', 'How many engineers do you have?', '“How many engineers do you have?”'],
    [
      'a title of 48 characters, whole',
      'Which of these make your product harder to make?',
      '“Which of these make your product harder to make?”',
    ],
    [
      'a long title, cut after whole words',
      'How many engineers build your product, contractors included?',
      '“How many engineers build your product…”',
    ],
    [
      'a statement, cut after whole words',
      'We have a clear roadmap for the next 6 to 12 months that the whole company understands.',
      '“We have a clear roadmap for the next 6…”',
    ],
    ['one long word, cut like a quote', 'x'.repeat(60), `“${'x'.repeat(39)}…”`],
  ])('%s', (_, title, name) => {
    expect(questionName(named(title), 'en')).toBe(name);
  });
});

describe('quoted', () => {
  it.each([
    ['plain text', 'seed', '“seed”'],
    ['line breaks and tabs as spaces', 'a\r\n\tb', '“a b”'],
    ['control and escape characters as spaces', 'a\u0000\u0007\u001b[31mb', '“a [31mb”'],
    ['direction overrides and zero-width characters as spaces', 'a\u202eb\u200bc\u2066d', '“a b c d”'],
    ['a half surrogate pair as “�”', 'a\ud800b', '“a\uFFFDb”'],
    ['a whole emoji kept whole at the cut', `${'x'.repeat(38)}😀😀😀`, `“${'x'.repeat(38)}😀…”`],
    ['more than 40 characters cut to 39 and “…”', 'y'.repeat(41), `“${'y'.repeat(39)}…”`],
    ['exactly 40 characters whole', 'y'.repeat(40), `“${'y'.repeat(40)}”`],
  ])('%s', (_, text, shown) => {
    expect(quoted(text, undefined, 'en')).toBe(shown);
  });
});

describe('cappedDetails', () => {
  const lines = (count: number) => Array.from({ length: count }, (_, i) => `Problem ${i + 1}.`);

  it.each([
    ['none', [], []],
    ['eight, all shown', lines(8), lines(8)],
    ['nine: seven shown and two counted', lines(9), [...lines(7), '…and 2 more problems like these.']],
    ['a line repeated, shown once', ['Same.', 'Same.', 'Other.'], ['Same.', 'Other.']],
  ])('%s', (_, given, shown) => {
    expect(cappedDetails(given, 'en')).toEqual(shown);
  });
});

describe('shownFileName', () => {
  it.each([
    ['a plain name, as it is', 'role-fit-pm-2026-03-04.json', 'role-fit-pm-2026-03-04.json'],
    ['a right-to-left override, dropped', 'cv\u202enosj.exe', 'cvnosj.exe'],
    ['control characters, dropped', 'a\u0000b\u001b[1m.json', 'ab[1m.json'],
    ['60 characters, whole', `${'n'.repeat(55)}.json`, `${'n'.repeat(55)}.json`],
    ['61 characters, cut to 59 and “…”', `${'n'.repeat(56)}.json`, `${'n'.repeat(56)}.js…`],
  ])('%s', (_, name, shown) => {
    expect(shownFileName(name)).toBe(shown);
  });
});

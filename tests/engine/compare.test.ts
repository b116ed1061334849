import { describe, expect, it } from 'vitest';
import { agreementLine, checkAnswers, classify, compareResults, evaluate, personName } from '../../src/engine';
import { cleanName, fileNamePart } from '../../src/engine/scoring/compare';
import { defaultBank } from '../fixtures/default-bank';
import { miniBank } from '../fixtures/mini-bank';
import { personas } from '../fixtures/personas';

const pmMinded = { size: 5, direction: 'unclear', delivery: 'agree', pains: ['drift'] };
const poMinded = { size: 5, direction: 'clear', delivery: 'strongly-disagree', pains: ['waiting'] };

describe('compareResults', () => {
  const comparison = compareResults(miniBank, [
    { label: 'Founder', answers: pmMinded },
    { label: 'CTO', answers: poMinded },
  ]);

  it('evaluates each person', () => {
    expect(comparison.people.map((person) => [person.label, person.evaluation.outcome])).toEqual([
      ['Founder', 'pm'],
      ['CTO', 'po'],
    ]);
    expect(comparison.agree).toBe(false);
  });

  it('lists the questions answered differently, largest spread first', () => {
    expect(comparison.differences).toEqual([
      {
        question: 'direction',
        topic: 'Direction',
        answers: [
          { label: 'Founder', answer: 'Unclear' },
          { label: 'CTO', answer: 'Clear' },
        ],
        spread: 66.7,
      },
      {
        question: 'pains',
        topic: 'Pains',
        answers: [
          { label: 'Founder', answer: 'Drift' },
          { label: 'CTO', answer: 'Waiting' },
        ],
        spread: 61.9,
      },
      {
        question: 'delivery',
        topic: 'Delivery',
        answers: [
          { label: 'Founder', answer: 'Agree' },
          { label: 'CTO', answer: 'Strongly disagree' },
        ],
        spread: 42.8,
      },
    ]);
  });

  it('recommends for the mean of everyone’s dimension scores', () => {
    // Strategy 100 and 0, execution 14.3 and 85.7: the middle of the map, one person for both.
    // The small zone's measure is 50 + 0, 30 under its bound of 80: leaving it takes 30 points;
    // the large zone's is 50 + 0, 15 short of 65.
    expect(comparison.combined).toEqual({
      outcome: 'combined',
      dimensions: { strategy: 50, execution: 50, scale: 0 },
      fit: { po: 70, pm: 70, both: 55, combined: 100 },
    });
    expect(classify(miniBank, comparison.combined.dimensions)).toBe(comparison.combined.outcome);
  });

  it('finds no differences and agreement between identical answers', () => {
    const same = compareResults(miniBank, [
      { label: 'A', answers: pmMinded },
      { label: 'B', answers: { ...pmMinded } },
      { label: 'C', answers: pmMinded },
    ]);
    expect(same.differences).toEqual([]);
    expect(same.agree).toBe(true);
    expect(same.combined.outcome).toBe(evaluate(miniBank, pmMinded).outcome);
  });

  it('counts an answer one person left out as a difference', () => {
    const { differences } = compareResults(miniBank, [
      { label: 'A', answers: pmMinded },
      { label: 'B', answers: { ...pmMinded, pains: 'unsure' } },
    ]);
    expect(differences.map((d) => [d.question, d.answers.map((a) => a.answer)])).toEqual([
      ['pains', ['Drift', 'Not sure']],
    ]);
  });

  it.each([0, 1, 6])('refuses %i people', (count) => {
    const people = Array.from({ length: count }, (_, i) => ({ label: `P${i}`, answers: pmMinded }));
    expect(() => compareResults(miniBank, people)).toThrow(RangeError);
  });

  it('compares five calibration personas of the default bank', () => {
    const bank = defaultBank();
    const people = personas.slice(0, 5).map((persona) => {
      const checked = checkAnswers(bank, persona.answers);
      return { label: persona.id, answers: checked.ok ? checked.answers : {} };
    });
    const result = compareResults(bank, people);
    expect(result.people.map((person) => person.evaluation.outcome)).toEqual(
      personas.slice(0, 5).map((p) => p.expected),
    );
    const spreads = result.differences.map((d) => d.spread);
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
    expect(result.differences.length).toBeGreaterThan(0);
  });
});

describe('personName', () => {
  it.each([
    ['a typed name', 'Ada', 0, 'Ada'],
    ['spaces around and inside', '  Ada   Lovelace ', 0, 'Ada Lovelace'],
    ['nothing', '', 1, 'Person 2'],
    ['only spaces', '   ', 4, 'Person 5'],
    ['a tab and a line break', 'Ada\tLove\nlace', 0, 'Ada Love lace'],
    ['control characters', 'A\u0000d\u007fa\u0085', 0, 'A d a'],
    ['bidi overrides', '\u202eAda\u2066', 0, 'Ada'],
    ['a lone surrogate', 'Ada\ud800', 0, 'Ada'],
    ['41 letters', 'a'.repeat(41), 0, 'a'.repeat(40)],
    ['an emoji that would be cut in half', `${'a'.repeat(39)}🚀b`, 0, 'a'.repeat(39)],
    ['20 emoji', '🚀'.repeat(20), 0, '🚀'.repeat(20)],
    ['a name cut before a space', `${'a'.repeat(39)} b`, 0, 'a'.repeat(39)],
  ])('%s', (_, typed, index, name) => {
    expect(personName(typed, index, 'en')).toBe(name);
  });
});

describe('agreementLine', () => {
  it.each([
    [true, 'Everyone got this recommendation on their own answers too.'],
    [false, /^You got different recommendations on your own answers\. This one comes from the average/],
  ])('agree: %s', (agree, line) => {
    expect(agreementLine({ agree }, 'en')).toMatch(line);
  });
});

describe('names', () => {
  it.each([
    ['Alex', 'Alex', 'alex'],
    ['  Ana  María\n', 'Ana María', 'ana-maría'],
    ['CTO / co-founder', 'CTO / co-founder', 'cto-co-founder'],
    ['\u202eevil\u202c', 'evil', 'evil'],
    ['../../etc', '../../etc', 'etc'],
    ['   ', '', ''],
    ['x'.repeat(60), 'x'.repeat(40), 'x'.repeat(40)],
  ])('%j is shown as %j and written into file names as %j', (typed, shown, part) => {
    expect(cleanName(typed)).toBe(shown);
    expect(fileNamePart(typed)).toBe(part);
  });
});

describe('a question someone was never asked', () => {
  it('reads "Not asked" for them, not "Not answered"', () => {
    const small = { size: 5, direction: 'clear', delivery: 'agree', pains: ['drift'] };
    const large = { ...small, size: 40, teams: 4 };
    const comparison = compareResults(miniBank, [
      { label: 'A', answers: small },
      { label: 'B', answers: large },
    ]);
    expect(comparison.differences.find((difference) => difference.question === 'teams')?.answers).toEqual([
      { label: 'A', answer: 'Not asked' },
      { label: 'B', answer: '4 teams' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  bankHash,
  buildComparisonMarkdown,
  checkAnswers,
  compareResults,
  escapeMarkdown,
  outcomeById,
  planLine,
} from '../../src/engine';
import { defaultBank } from '../fixtures/default-bank';
import { miniBank } from '../fixtures/mini-bank';
import { personas } from '../fixtures/personas';

const date = new Date('2026-03-04T12:00:00Z');
const pmMinded = { size: 5, direction: 'unclear', delivery: 'agree', pains: ['drift'] };
const poMinded = { size: 5, direction: 'clear', delivery: 'strongly-disagree', pains: ['waiting'] };

describe('buildComparisonMarkdown', () => {
  it('writes the people, every difference and the group’s recommendation (mini bank, no plan)', () => {
    const comparison = compareResults(miniBank, [
      { label: 'Founder', answers: pmMinded },
      { label: 'CTO', answers: poMinded },
    ]);
    expect(buildComparisonMarkdown(miniBank, comparison, { date })).toBe(
      [
        '# Role Fit comparison: different recommendations',
        '',
        'Question set Mini bank (mini 1.0.0), March 4, 2026. 2 people: Founder and CTO.',
        '',
        '## Each person’s result',
        '',
        'Recommendation and dimension scores (0 to 100) for each person:',
        '',
        '| Person | Recommendation | Strategy need | Execution need | Scale and load |',
        '| --- | --- | --- | --- | --- |',
        '| Founder | Hire a PM | 100 | 14 | 0 |',
        '| CTO | Hire a PO | 0 | 86 | 0 |',
        '| **Everyone together** | **Hire one for both** | 50 | 50 | 0 |',
        '',
        '## Where you differ most',
        '',
        'All 3 questions answered differently, the ones that move the scores most first:',
        '',
        '| Question | Founder | CTO |',
        '| --- | --- | --- |',
        '| Direction | Unclear | Clear |',
        '| Pains | Drift | Waiting |',
        '| Delivery | Agree | Strongly disagree |',
        '',
        '## Together',
        '',
        '**Hire one for both.** You got different recommendations on your own answers. This one comes from the average of everyone’s dimension scores, so each person counts the same; talk through the questions above first.',
        '',
        '---',
        '',
        `Made with Role Fit on March 4, 2026 from question set mini version 1.0.0 (content ${bankHash(miniBank)}). The result is advice from the answers, not a verdict.`,
        '',
      ].join('\n'),
    );
  });

  it('says when everyone answered alike', () => {
    const same = compareResults(miniBank, [
      { label: 'A', answers: pmMinded },
      { label: 'B', answers: pmMinded },
    ]);
    const md = buildComparisonMarkdown(miniBank, same, { date });
    expect(md).toContain('## Where you differ most\n\nEveryone gave the same answers.\n');
    expect(md).toContain('**Hire a PM.** Everyone got this recommendation on their own answers too.');
  });

  it('titles one verdict only when everyone got it, and different recommendations as such', () => {
    const title = (people: { label: string; answers: Record<string, unknown> }[]) =>
      buildComparisonMarkdown(miniBank, compareResults(miniBank, people as never), { date }).split('\n')[0];
    expect(
      title([
        { label: 'A', answers: pmMinded },
        { label: 'B', answers: pmMinded },
      ]),
    ).toBe('# Role Fit comparison: Hire a PM');
    expect(
      title([
        { label: 'A', answers: pmMinded },
        { label: 'B', answers: poMinded },
      ]),
    ).toBe('# Role Fit comparison: different recommendations');
  });

  it('lists every difference, not only the first eight, with each person’s plan (default bank)', () => {
    const bank = defaultBank();
    const people = personas.slice(0, 5).map((persona, index) => {
      const checked = checkAnswers(bank, persona.answers);
      return { label: `P${index + 1}`, answers: checked.ok ? checked.answers : {} };
    });
    const comparison = compareResults(bank, people);
    expect(comparison.differences.length).toBeGreaterThan(8);
    const md = buildComparisonMarkdown(bank, comparison, { date });
    expect(md).toContain(`All ${comparison.differences.length} questions answered differently`);
    for (const difference of comparison.differences) expect(md).toContain(`| ${difference.topic} |`);
    expect(md).toContain('| Person | Recommendation | Plan | Strategy need | Execution need | Scale and load |');
    for (const person of comparison.people)
      expect(md).toContain(
        `| ${person.label} | ${outcomeById(bank, person.evaluation.outcome).title} | ${escapeMarkdown(planLine(bank, person.evaluation))} |`,
      );
    expect(md).toContain('| **Everyone together** |');
    expect(md).toContain('| Follows from the answers you settle on |');
  });

  it.each([
    [
      'a link',
      'http://127.0.0.1:5173/role-fit/#c1.mini.x',
      'Open this comparison in Role Fit: <http://127.0.0.1:5173/role-fit/#c1.mini.x>',
    ],
    ['no link', undefined, undefined],
    ['a javascript: address', 'javascript:alert(1)', undefined],
    ['an address that would end the autolink', 'http://127.0.0.1:5173/#c1>[x](javascript:alert(1))', undefined],
  ])('ends with %s', (_, link, line) => {
    const comparison = compareResults(miniBank, [
      { label: 'A', answers: pmMinded },
      { label: 'B', answers: poMinded },
    ]);
    const md = buildComparisonMarkdown(miniBank, comparison, link === undefined ? { date } : { date, link });
    const found = md.split('\n').find((entry) => entry.startsWith('Open this comparison'));
    expect(found).toBe(line);
  });

  it('escapes names so none can make a link, HTML, a heading or a table cell', () => {
    const comparison = compareResults(miniBank, [
      { label: '[click](javascript:alert(1))', answers: pmMinded },
      { label: '<img src=x onerror=alert(1)> | # x', answers: poMinded },
    ]);
    const md = buildComparisonMarkdown(miniBank, comparison, { date });
    expect(md).toContain('| \\[click\\](javascript\\:alert(1)) | Hire a PM |');
    expect(md).toContain(
      '| Question | \\[click\\](javascript\\:alert(1)) | \\<img src=x onerror=alert(1)\\> \\| # x |',
    );
    expect(md).not.toMatch(/(?<!\\)[<[]/);
  });

  it('writes an unknown date for an invalid one', () => {
    const comparison = compareResults(miniBank, [
      { label: 'A', answers: pmMinded },
      { label: 'B', answers: poMinded },
    ]);
    expect(buildComparisonMarkdown(miniBank, comparison, { date: new Date(Number.NaN) })).toContain(
      '(mini 1.0.0), unknown date.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  confidenceLines,
  headline,
  answerLabel,
  buildMarkdownSummary,
  checkAnswers,
  escapeMarkdown,
  evaluate,
  outcomeById,
  ruledOut,
  parseBank,
  type Answers,
  type Bank,
} from '../../src/engine';
import { defaultBank } from '../fixtures/default-bank';
import { miniBankJson } from '../fixtures/mini-bank';
import { personas } from '../fixtures/personas';
import { formatDay } from '../../src/i18n/format';

const date = new Date('2026-03-04T12:00:00Z');

function checked(bank: Bank, input: unknown): Answers {
  const result = checkAnswers(bank, input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.answers;
}

describe('escapeMarkdown', () => {
  it.each([
    ['plain words', 'Plain words, with commas.', 'Plain words, with commas.'],
    ['emphasis and code', '**bold** _it_ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\`'],
    ['a link', '[click](javascript:alert(1))', '\\[click\\](javascript\\:alert(1))'],
    ['an image', '![x](data:image/png,AAA)', '!\\[x\\](data\\:image/png,AAA)'],
    ['HTML', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['a heading and a table cell', '# Title | cell', '\\# Title \\| cell'],
    ['a deeper heading', '### Title', '\\### Title'],
    ['prose in parentheses', 'Two (one per product area) + a lead! #1', 'Two (one per product area) + a lead! #1'],
    ['a plus or quote marker at the start', '+ item', '\\+ item'],
    ['an entity', 'R&amp;D & sales', 'R\\&amp;D & sales'],
    ['strikethrough', '~~gone~~', '\\~\\~gone\\~\\~'],
    ['a bare address', 'see www.example.com', 'see www\\.example.com'],
    ['a scheme in capitals with a space', 'JavaScript :alert', 'JavaScript\\:alert'],
    ['line breaks and control characters', 'one\ntwo\r\n\u0000three', 'one two three'],
    ['a list marker at the start', '- item', '\\- item'],
    ['a numbered list marker', '1. first', '\\1. first'],
    ['a version number', '1.0.0', '1.0.0'],
    ['a backslash', 'a\\b', 'a\\\\b'],
  ])('%s', (_, input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});

describe('buildMarkdownSummary', () => {
  const bank = defaultBank();
  const persona = personas.find((p) => p.id === 'both-regulated-fintech');
  const answers = checked(bank, persona?.answers);
  const evaluation = evaluate(bank, answers);
  const md = buildMarkdownSummary(bank, answers, evaluation, { date });
  const outcome = outcomeById(bank, evaluation.outcome);

  it('opens with the recommendation and how sure it is', () => {
    // The heading is what the plan does: the outcome's title where the plan hires every role it names.
    expect(md.split('\n')[0]).toBe(`# Role Fit result: ${headline(bank, evaluation)}`);
    expect(md).toContain(`**${headline(bank, evaluation)}.**`);
    const sure = confidenceLines(bank, evaluation);
    expect(md).toContain(`How sure: ${sure.word}. ${sure.text}`);
  });

  it.each([
    'Recommendation',
    'Fit scores',
    'Dimension scores',
    'Main reasons',
    'What would change it',
    'What the role does',
    'When to revisit',
    'Hiring plan',
    'Job post starters?',
    'Your answers',
  ])('has a "%s" section', (heading) => {
    expect(md).toMatch(new RegExp(`^## ${heading}$`, 'm'));
  });

  it('tables every fit and dimension score', () => {
    const excluded = ruledOut(bank, evaluation);
    for (const id of evaluation.ranking)
      expect(md).toContain(
        `${outcomeById(bank, id).title}${id === evaluation.outcome ? '**' : ''} | ${excluded.includes(id) ? 'ruled out' : evaluation.fit[id].toFixed(1)} |`,
      );
    for (const dimension of bank.dimensions)
      expect(md).toContain(`| ${dimension.label} | ${(evaluation.dimensions[dimension.id] ?? 0).toFixed(1)} |`);
  });

  it('lists every question with its answer, questions left unanswered, and questions not asked', () => {
    // A shown question left unanswered reads "Not answered".
    const unanswered = ['build'];
    const given = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== 'build'));
    const summary = buildMarkdownSummary(bank, given, evaluate(bank, given), { date });
    // Several established markets, nobody owning the vision or the backlog, two salaries: the
    // follow-ups to those answers are not shown.
    const notAsked = ['new-markets', 'product-managers', 'product-owners', 'budget-salaries'];
    const rows = summary
      .slice(md.indexOf('## Your answers'))
      .split('\n')
      .filter((line) => /^\| \*\*/.test(line));
    expect(rows).toHaveLength(bank.questions.length);
    bank.questions.forEach((question, i) => {
      const answer = given[question.id];
      const expected = unanswered.includes(question.id)
        ? 'Not answered'
        : notAsked.includes(question.id)
          ? 'Not asked (did not apply)'
          : escapeMarkdown(answerLabel(question, answer, 'en'));
      expect(answer === undefined).toBe(unanswered.includes(question.id) || notAsked.includes(question.id));
      expect(rows[i]).toBe(`| **${question.topic}**: ${escapeMarkdown(question.title)} | ${expected} |`);
    });
  });

  it('includes the role’s responsibilities and skills for the job post', () => {
    for (const item of [...outcome.responsibilities, ...outcome.skills])
      expect(md).toContain(`- ${escapeMarkdown(item)}`);
  });

  it('names the bank, its version and the date', () => {
    expect(md).toContain(`question set role-fit version ${bank.version}`);
    expect(md).toContain(`Made with Role Fit on ${formatDay('en', date)} from question set`);
  });

  it('names revisit points when a single change of such an answer flips the result', () => {
    // A small SaaS company in its growth stage: entering a new market would call for a Product Manager.
    const small = personas.find((p) => p.id === 'combined-small-saas')?.answers;
    const combined = checked(bank, { ...small, stage: 'growth' });
    const text = buildMarkdownSummary(bank, combined, evaluate(bank, combined), { date });
    const section = text.slice(text.indexOf('## When to revisit'), text.indexOf('## Job post starter'));
    expect(section).toMatch(/^- .+ \(.+, now .+\): this could lead to .+\.$/m);
  });
});

describe('buildMarkdownSummary with a hostile bank', () => {
  const hostile = structuredClone(miniBankJson) as unknown as {
    title: string;
    questions: { topic: string; options?: { label: string }[] }[];
    outcomes: { title: string; responsibilities: string[] }[];
  };
  const link = '[Claim your prize](javascript:alert(document.cookie))';
  const html = '<img src=x onerror=alert(1)>';
  hostile.title = `${link} ${html}`;
  for (const outcome of hostile.outcomes) {
    outcome.title = link;
    outcome.responsibilities = [`${html}\n# Injected heading`, '![tracker](data:image/png;base64,AAAA)'];
  }
  for (const question of hostile.questions) {
    question.topic = '| broken | table |';
    for (const option of question.options ?? []) option.label = `${html} **${option.label}**`;
  }
  const parsed = parseBank(hostile);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const bank = parsed.bank;
  const answers = checked(bank, { size: 40, teams: 5, direction: 'unclear', delivery: 'disagree', pains: ['drift'] });
  const md = buildMarkdownSummary(bank, answers, evaluate(bank, answers), { date });

  it('yields no live link, image, HTML tag or injected heading', () => {
    expect(md).not.toMatch(/(^|[^\\])\]\(/m);
    expect(md).not.toMatch(/(^|[^\\])<[a-z]/im);
    expect(md).not.toMatch(/(^|[^\\])!\[/m);
    expect(md).not.toMatch(/javascript:|data:/i);
    expect(md).not.toMatch(/^# Injected/m);
  });

  it('keeps the text readable, escaped', () => {
    expect(md).toContain('\\[Claim your prize\\](javascript\\:alert(document.cookie))');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\*\\*Unclear\\*\\*');
  });

  it('keeps every table row to its own cells', () => {
    const answersTable = md.slice(md.indexOf('## Your answers'));
    const rows = answersTable.split('\n').filter((line) => line.startsWith('| **'));
    expect(rows.length).toBe(bank.questions.length);
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(4);
  });
});

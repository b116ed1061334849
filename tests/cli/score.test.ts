import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson } from '../../cli/io';
import { runScore } from '../../cli/score-command';
import { checkAnswers, outcomeById, type OutcomeId } from '../../src/engine';
import { defaultBank } from '../fixtures/default-bank';
import { expectAnswersOutcome, hostileInputs } from '../fixtures/hostile-input';
import { runCli } from './run-cli';

const examples = readdirSync('questions/examples').filter((name) => name.endsWith('.json'));
const scratch = mkdtempSync(join(tmpdir(), 'role-fit-cli-'));

function answersFile(name: string, content: string): string {
  const file = join(scratch, name);
  writeFileSync(file, content);
  return file;
}

describe('npm run score', () => {
  it.each(examples)('recommends what %s is named for', (name) => {
    const run = runCli(runScore, [join('questions/examples', name)]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { outcome: string };
    expect(name.startsWith(`${result.outcome}-`)).toBe(true);
  });

  it('prints a readable summary with --format text', () => {
    const first = examples[0] ?? '';
    const json = JSON.parse(runCli(runScore, [join('questions/examples', first)]).stdout) as {
      outcome: string;
      status: string;
    };
    const run = runCli(runScore, [join('questions/examples', first), '--format', 'text']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Recommendation: .+$/m);
    expect(run.stdout).toContain(`(${json.outcome}, status ${json.status})`);
    expect(run.stdout).toMatch(/^Plan:\n {2}Hire .+ now/m);
    expect(run.stdout).toMatch(/^Coverage: \d+ of \d+ questions answered/m);
  });

  it('prints one line per file with --format line: file, outcome, status and plan', () => {
    const files = examples.map((name) => join('questions/examples', name));
    const run = runCli(runScore, [...files, '--format', 'line']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(files.length);
    lines.forEach((line, i) => {
      const [file, outcome, status, plan] = line.split('\t');
      const json = JSON.parse(runCli(runScore, [files[i] ?? '']).stdout) as { outcome: string; status: string };
      expect([file, outcome, status]).toEqual([files[i], json.outcome, json.status]);
      expect(plan).toMatch(/^now /);
    });
  });

  it('escapes control characters from the input, one line per problem, file name first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'role-fit-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ 'stage\u001b[31m': 'seed', engineers: 'x\ny' }));
    const run = runCli(runScore, [file]);
    expect(run.status).toBe(1);
    expect(run.stderr.includes('\u001b')).toBe(false);
    expect(run.stderr).toContain('\\x1b');
    for (const line of run.stderr.trimEnd().split('\n')) expect(line.startsWith(`${file}: `)).toBe(true);
  });

  it('prints the Markdown summary with --format md, headed by the same recommendation', () => {
    const file = join('questions/examples', examples[0] ?? '');
    const json = JSON.parse(runCli(runScore, [file]).stdout) as { outcome: OutcomeId };
    const run = runCli(runScore, [file, '--format', 'md']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`# Role Fit result: ${outcomeById(defaultBank(), json.outcome).title}`);
    expect(run.stdout).toMatch(/^## Your answers$/m);
    expect(run.stdout).toMatch(/question set role-fit version \d+\.\d+\.\d+/);
  });

  it('exits 2 with usage for an unknown format', () => {
    const run = runCli(runScore, [join('questions/examples', examples[0] ?? ''), '--format', 'pdf']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format json|text|md');
  });

  it.each([
    ['a missing file', () => join(scratch, 'nope.json'), /nope\.json: file not found/],
    ['a file that is not JSON', () => answersFile('image.json', '\u0089PNG\r\n'), /image\.json: not valid JSON/],
    ['an answers list', () => answersFile('list.json', '[]'), /list\.json: -: The answers are not a list of questions/],
    [
      'an unknown question',
      () => answersFile('unknown.json', '{"favourite-colour": "blue"}'),
      /unknown\.json: favourite-colour: There is an answer to “favourite-colour”, which is not a question/,
    ],
    [
      'a wrong answer type',
      () => answersFile('type.json', '{"stage": 5}'),
      /type\.json: stage: The answer to “.+” is not one of its options\.$/m,
    ],
    [
      'an option the question does not have, with the ones it has',
      () => answersFile('option.json', '{"stage": "huge"}'),
      /option\.json: stage: The answer to “.+” names “huge”, which is not one of its options\. \(options: idea, .+\)$/m,
    ],
    [
      'a number written as text',
      () => answersFile('text-number.json', '{"engineers": "12"}'),
      /text-number\.json: engineers: The answer to “.+” is not a number\.$/m,
    ],
    [
      'a file over 1 MB (1,000,000 bytes), in the words the app uses',
      () => answersFile('huge.json', `{"x": "${'a'.repeat(1_000_000)}"}`),
      /^.*huge\.json: the file is larger than 1 MB \(1,000,000 bytes\)$/m,
    ],
    [
      'a file of fewer characters than bytes over the limit, counted in bytes',
      () => answersFile('wide.json', `{"x": "${'é'.repeat(500_000)}"}`),
      /wide\.json: the file is larger than 1 MB \(1,000,000 bytes\)/,
    ],
  ])('exits 1 for %s, naming the file and the problem', (_, file, message) => {
    const run = runCli(runScore, [file()]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('prints one line per problem', () => {
    const file = answersFile('two.json', '{"nope": 1, "also-nope": "x"}');
    const run = runCli(runScore, [file]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('prints one line per problem of every kind, each naming the file and the question', () => {
    const file = answersFile('mixed.json', '{"nope": 1, "stage": 5, "engineers": -3, "complexity": "simple"}');
    const run = runCli(runScore, [file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((line) => line.split(': ').slice(0, 2))).toEqual(
      ['nope', 'stage', 'engineers', 'complexity'].map((question) => [file, question]),
    );
  });

  it('reads any file content to answers or messages, never a crash', () => {
    const bank = defaultBank();
    const expectAnswers = expectAnswersOutcome(bank);
    const file = join(scratch, 'fuzz.json');
    for (const [, arbitrary] of hostileInputs)
      fc.assert(
        fc.property(arbitrary, (input) => {
          writeFileSync(file, typeof input === 'string' ? input : (safeJson(input) ?? ''));
          const read = readJson(file);
          if (read.ok) expectAnswers(checkAnswers(bank, read.value), read.value);
          else expect(read.message).toMatch(/^(not valid JSON \(.+\)|the file is larger than)/s);
        }),
        // Each run writes a file: the decoders get hundreds more runs in tests/engine/fuzz.test.ts.
        { numRuns: 50 },
      );
  });

  it('exits 2 with usage when no file is given', () => {
    const run = runCli(runScore, []);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run score');
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const run = runCli(runScore, [answersFile('bom.json', '\uFEFF{}')]);
    expect(run.status).toBe(0);
  });
});

function safeJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

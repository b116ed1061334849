import { defaultBankJson } from '../fixtures/default-bank';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidateQuestions } from '../../cli/validate-questions-command';
import { runCli } from './run-cli';

const scratch = mkdtempSync(join(tmpdir(), 'role-fit-banks-'));

describe('npm run validate:questions', () => {
  it('passes the default bank and kit in every language', () => {
    const run = runCli(runValidateQuestions, []);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const language of ['en', 'de', 'es'])
      expect(run.stdout).toMatch(
        new RegExp(`role-fit\\.json in ${language}: valid \\(role-fit \\d+\\.\\d+\\.\\d+, \\d+ questions`),
      );
  });

  it('fails on a broken copy with a path-located message', () => {
    const bank = structuredClone(defaultBankJson()) as {
      questions: Record<string, unknown>[];
    };
    const [first] = bank.questions;
    if (first) first.titel = first.title;
    const file = join(scratch, 'broken.json');
    writeFileSync(file, JSON.stringify(bank));
    const run = runCli(runValidateQuestions, [file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}: questions[0]: Unrecognized key: "titel"`);
  });

  it('fails on a file that is not JSON', () => {
    const file = join(scratch, 'not.json');
    writeFileSync(file, 'questions: []');
    const run = runCli(runValidateQuestions, [file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/not\.json: \(file\): not valid JSON/);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScore } from '../../cli/score-command';
import { runValidateQuestions } from '../../cli/validate-questions-command';
import { defaultKitJson } from '../fixtures/default-bank';

const kitJson = defaultKitJson();
import { personaById } from '../fixtures/personas';
import { runCli } from './run-cli';

const scratch = mkdtempSync(join(tmpdir(), 'role-fit-kit-'));

function file(name: string, content: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

/** An outsourced product, 20 engineers, no product person yet: a kit with vendor questions. */
const answers = file('answers.json', { ...personaById('po-cto-runs-backlog').answers, build: 'outsourced' });

describe('npm run score: the hiring kit', () => {
  it('prints the kit as Markdown with --format kit', () => {
    const run = runCli(runScore, [answers, '--format', 'kit']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# Hiring kit/);
    expect(run.stdout).toContain('- [ ] All 20 engineers who build the product, contractors included.');
    expect(run.stdout).toContain('asked because: An outside company builds some or all of your product.');
  });

  it('puts the kit in the JSON, one for each role the plan needs', () => {
    const run = runCli(runScore, [answers]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { plan: { needs: { role: string }[] }; kit: { role: string }[] };
    expect(result.kit.map((kit) => kit.role)).toEqual(result.plan.needs.map((need) => need.role));
    expect(result.kit.length).toBeGreaterThan(0);
  });

  it('gives a tentative result no kit', () => {
    const run = runCli(runScore, [file('few.json', { stage: 'seed' }), '--format', 'kit']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No kit yet: the result is tentative.');
    expect((JSON.parse(runCli(runScore, [file('few2.json', { stage: 'seed' })]).stdout) as { kit: [] }).kit).toEqual(
      [],
    );
  });

  it('refuses a broken kit, with its path, in score and validate:questions', () => {
    const broken = file('hiring-kit.en.json', { ...kitJson, bank: 'other' });
    const score = runCli(runScore, [answers, '--format', 'kit', '--kit', broken]);
    expect(score.status).toBe(1);
    expect(score.stderr).toBe(`${broken}: bank: the kit is for "other", not "role-fit"\n`);
    const validate = runCli(runValidateQuestions, [broken]);
    expect(validate.status).toBe(1);
    expect(validate.stderr).toBe(`${broken}: bank: the kit is for "other", not "role-fit"\n`);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultBankJson } from '../fixtures/default-bank';

const bankJson = defaultBankJson();
import { checkAnswers } from '../../src/engine/scoring/answers';
import { evaluate } from '../../src/engine/scoring/evaluate';
import { formatBankIssues } from '../../src/engine/bank/bank-issues';
import { parseBank } from '../../src/engine/bank/load';
import { outcomeIds, type Bank } from '../../src/engine/bank/schema';
import { calibrationPersonas } from '../fixtures/calibration-personas';
import { personas } from '../fixtures/personas';
import { hiringPersonas } from '../fixtures/hiring-personas';

const examplesDir = fileURLToPath(new URL('../../questions/examples/', import.meta.url));

function loadBank(): Bank {
  const parsed = parseBank(bankJson);
  if (!parsed.ok) throw new Error(formatBankIssues(parsed.issues));
  return parsed.bank;
}

function recommend(bank: Bank, input: unknown) {
  const checked = checkAnswers(bank, input);
  expect(checked.ok ? [] : checked.errors).toEqual([]);
  if (!checked.ok) throw new Error('answers were rejected');
  return evaluate(bank, checked.answers);
}

describe('role-fit question bank', () => {
  it('parses, with every outcome reachable', () => {
    const parsed = parseBank(bankJson);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    expect(parsed.ok).toBe(true);
  });
});

describe('calibration personas', () => {
  const bank = loadBank();

  it('cover every outcome at least four times', () => {
    for (const id of outcomeIds) expect(personas.filter((p) => p.expected === id).length).toBeGreaterThanOrEqual(4);
  });

  it.each(personas.map((p) => [p.id, p] as const))('%s gets its expected outcome', (_id, persona) => {
    expect(recommend(bank, persona.answers).outcome).toBe(persona.expected);
  });
});

describe('calibration personas written from the seed before the scores were seen', () => {
  const bank = loadBank();

  it('number at least 30, spread over the four outcomes and the four budget levels', () => {
    expect(calibrationPersonas.length).toBeGreaterThanOrEqual(30);
    for (const id of outcomeIds)
      expect(calibrationPersonas.filter((p) => p.expected === id).length).toBeGreaterThanOrEqual(6);
    for (const budget of ['part-time', 'one', 'two', 'more'])
      expect(calibrationPersonas.filter((p) => p.answers.budget === budget).length).toBeGreaterThanOrEqual(6);
  });

  it.each(calibrationPersonas.map((p) => [p.name, p] as const))('%s gets its expected outcome', (_name, persona) => {
    expect(recommend(bank, persona.answers).outcome).toBe(persona.expected);
  });
});

describe('hiring personas: outcome, the hire now and the head-count, written from the seed before the scores were seen', () => {
  const bank = loadBank();

  it('number at least 30 and cover every outcome', () => {
    expect(hiringPersonas.length).toBeGreaterThanOrEqual(30);
    for (const id of outcomeIds) expect(hiringPersonas.some((p) => p.expected === id)).toBe(true);
  });

  it.each(hiringPersonas.map((p) => [p.name, p] as const))('%s', (_name, persona) => {
    const result = recommend(bank, persona.answers);
    const hires = result.plan?.hires ?? [];
    expect({
      outcome: result.outcome,
      firstHire: hires.find((hire) => hire.when === 'now')?.role ?? null,
      withinHeadCount: hires.reduce((sum, hire) => sum + hire.count, 0) <= persona.maxNewHires,
    }).toEqual({ outcome: persona.expected, firstHire: persona.firstHire, withinHeadCount: true });
  });
});

describe('example answer files', () => {
  const bank = loadBank();
  const files = readdirSync(examplesDir).filter((name) => name.endsWith('.json'));

  it('include at least two per outcome', () => {
    for (const id of outcomeIds)
      expect(files.filter((name) => name.startsWith(`${id}-`)).length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s matches the outcome its name starts with', (name) => {
    const prefix = outcomeIds.find((id) => name.startsWith(`${id}-`));
    expect(prefix, `${name} should start with one of ${outcomeIds.join(', ')}`).toBeDefined();
    const answers: unknown = JSON.parse(readFileSync(`${examplesDir}${name}`, 'utf8'));
    expect(recommend(bank, answers).outcome).toBe(prefix);
  });
});

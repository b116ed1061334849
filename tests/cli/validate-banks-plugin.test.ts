import { defaultBankJson } from '../fixtures/default-bank';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateQuestionBanks } from '../../scripts/validate-banks-plugin';

/** Runs the plugin's buildStart hook on a folder, as Vite would, and returns what it reported. */
function runPlugin(folder: string): string | undefined {
  const plugin = validateQuestionBanks(folder);
  const hook = plugin.buildStart as (this: { error: (message: string) => never }) => void;
  try {
    hook.call({
      error: (message: string) => {
        throw new Error(message);
      },
    });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the build validates every question bank', () => {
  it('lets a valid bank through', () => {
    const folder = mkdtempSync(join(tmpdir(), 'role-fit-plugin-'));
    writeFileSync(join(folder, 'role-fit.en.json'), JSON.stringify(defaultBankJson()));
    expect(runPlugin(folder)).toBeUndefined();
  });

  it('stops the build with a path-located message', () => {
    const folder = mkdtempSync(join(tmpdir(), 'role-fit-plugin-'));
    const bank = structuredClone(defaultBankJson()) as { questions: { id: string }[] };
    const [first, second] = bank.questions;
    if (first && second) second.id = first.id;
    writeFileSync(join(folder, 'role-fit.en.json'), JSON.stringify(bank));
    const report = runPlugin(folder)?.split('\n') ?? [];
    expect(report[0]).toBe('The question bank is invalid:');
    expect(report).toContain(`${folder}/role-fit.en.json: questions: question id "${first?.id ?? ''}" is used twice`);
  });
});

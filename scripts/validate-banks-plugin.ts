import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadBankFile } from '../cli/io';

/**
 * Validates every question bank before Vite builds or serves the app, and stops with each
 * problem's JSON path. The app bundles the bank as trusted data: this is where it is checked.
 */
export function validateQuestionBanks(folder = 'questions'): Plugin {
  return {
    name: 'role-fit:validate-question-banks',
    buildStart() {
      const files = readdirSync(folder).filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'));
      const problems = files.flatMap((name) => {
        const loaded = loadBankFile(join(folder, name));
        return loaded.ok
          ? []
          : loaded.problems.map((problem) => `${folder}/${name}: ${problem.path}: ${problem.message}`);
      });
      if (problems.length > 0) this.error(`The question bank is invalid:\n${problems.join('\n')}`);
    },
  };
}

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Validates every question bank before Vite builds or serves the app, and stops with each
 * problem's JSON path. The app bundles the bank as trusted data: this is where it is checked.
 * It runs the validate:questions command line, so the Vite config loads no engine code.
 */
export function validateQuestionBanks(folder?: string): Plugin {
  return {
    name: 'role-fit:validate-question-banks',
    buildStart() {
      // By default the default bank and kit in every language; a folder's whole banks when given.
      const files = folder
        ? readdirSync(folder)
            .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
            .map((name) => join(folder, name))
        : [];
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/validate-questions.ts', ...files], {
        encoding: 'utf8',
      });
      if (run.status !== 0) this.error(`The question bank is invalid:\n${run.stderr.trim()}`);
    },
  };
}

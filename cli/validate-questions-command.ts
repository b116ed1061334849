/**
 * npm run validate:questions [files...]
 * Validates question banks (default: every bank in questions/) and prints each problem with
 * its JSON path. Exits 1 on any problem. A hiring kit (`hiring-kit.<locale>.json`) is checked
 * against the default bank instead.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isHiringKitFile, loadHiringKitFile } from './hiring-kit-file';
import { DEFAULT_BANK, loadBankFile, type CliIo } from './io';

function defaultBanks(): string[] {
  return readdirSync('questions')
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .map((name) => join('questions', name));
}

/** Runs `npm run validate:questions` on its arguments, writing to `io`; returns the exit code. */
export function runValidateQuestions(args: readonly string[], io: CliIo): number {
  const files = args.length > 0 ? args : defaultBanks();
  let failed = false;
  for (const file of files) {
    if (isHiringKitFile(file)) {
      const bank = loadBankFile(DEFAULT_BANK);
      const kit = bank.ok ? loadHiringKitFile(file, bank.bank) : bank;
      if (kit.ok) io.stdout.write(`${file}: valid (${kit.kit.id} ${kit.kit.version}, for ${kit.kit.bank})\n`);
      else failed = true;
      for (const problem of kit.ok ? [] : kit.problems)
        io.stderr.write(`${file}: ${problem.path}: ${problem.message}\n`);
      continue;
    }
    const result = loadBankFile(file);
    if (result.ok) {
      io.stdout.write(
        `${file}: valid (${result.bank.id} ${result.bank.version}, ${result.bank.questions.length} questions)\n`,
      );
    } else {
      failed = true;
      for (const problem of result.problems) io.stderr.write(`${file}: ${problem.path}: ${problem.message}\n`);
    }
  }
  if (files.length === 0) {
    io.stderr.write('no question banks found in questions/\n');
    failed = true;
  }
  return failed ? 1 : 0;
}

/**
 * npm run validate:questions [files...]
 * Validates question banks (default: every bank in questions/) and prints each problem with
 * its JSON path. Exits 1 on any problem.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadBankFile } from './io';

function defaultBanks(): string[] {
  return readdirSync('questions')
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .map((name) => join('questions', name));
}

const args = process.argv.slice(2);
const files = args.length > 0 ? args : defaultBanks();
let failed = false;
for (const file of files) {
  const result = loadBankFile(file);
  if (result.ok) {
    console.log(`${file}: valid (${result.bank.id} ${result.bank.version}, ${result.bank.questions.length} questions)`);
  } else {
    failed = true;
    for (const problem of result.problems) console.error(`${file}: ${problem.path}: ${problem.message}`);
  }
}
if (files.length === 0) {
  console.error('no question banks found in questions/');
  failed = true;
}
process.exitCode = failed ? 1 : 0;

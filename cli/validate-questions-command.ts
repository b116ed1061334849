/**
 * npm run validate:questions [files...]
 * With no files: the default bank and hiring kit in every language. Each language's texts
 * (questions/texts/<name>.<language>.json) must have every path English has, no other, and the
 * same {placeholders}; then the bank and kit put together in that language must be valid.
 * With files: each whole question bank, or hiring kit (`hiring-kit.<locale>.json`, checked
 * against the default bank). Prints each problem with its path; exits 1 on any problem.
 */
import { textIssues } from '../src/engine/bank/bank-texts';
import { bankTexts, kitTexts } from '../src/i18n/all-languages';
import { LANGUAGES } from '../src/i18n/languages';
import { isHiringKitFile, loadDefaultKit, loadHiringKitFile } from './hiring-kit-file';
import { loadBankFile, loadDefaultBank, type CliIo } from './io';

/** The default bank and kit in every language; returns whether all of it is valid. */
function validateDefaults(io: CliIo): boolean {
  let failures = 0;
  const report = (file: string, problems: readonly { path: string; message: string }[]) => {
    for (const problem of problems) io.stderr.write(`${file}: ${problem.path}: ${problem.message}\n`);
    failures += problems.length;
  };
  for (const language of LANGUAGES) {
    const texts = `questions/texts/role-fit.${language}.json`;
    const kitFile = `questions/texts/hiring-kit.${language}.json`;
    report(texts, language === 'en' ? [] : textIssues(bankTexts('en'), bankTexts(language)));
    report(kitFile, language === 'en' ? [] : textIssues(kitTexts('en'), kitTexts(language)));
    const bank = loadDefaultBank(language);
    if (!bank.ok) {
      report(`questions/role-fit.json + ${texts}`, bank.problems);
      continue;
    }
    const kit = loadDefaultKit(language, bank.bank);
    report(`questions/hiring-kit.json + ${kitFile}`, kit.ok ? [] : kit.problems);
    if (failures === 0)
      io.stdout.write(
        `questions/role-fit.json in ${language}: valid (${bank.bank.id} ${bank.bank.version}, ${bank.bank.questions.length} questions, hiring kit)\n`,
      );
  }
  return failures === 0;
}

/** Runs `npm run validate:questions` on its arguments, writing to `io`; returns the exit code. */
export function runValidateQuestions(args: readonly string[], io: CliIo): number {
  if (args.length === 0) return validateDefaults(io) ? 0 : 1;
  const files = args;
  let failed = false;
  for (const file of files) {
    if (isHiringKitFile(file)) {
      const bank = loadDefaultBank('en');
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
  return failed ? 1 : 0;
}

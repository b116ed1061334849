/** The `npm run validate:questions` entry point: the command itself is in validate-questions-command.ts. */
import { processIo } from './io';
import { runValidateQuestions } from './validate-questions-command';

process.exitCode = runValidateQuestions(process.argv.slice(2), processIo);

/** The `npm run score` entry point: the command itself is in score-command.ts. */
import { processIo } from './io';
import { runScore } from './score-command';

process.exitCode = runScore(process.argv.slice(2), processIo);

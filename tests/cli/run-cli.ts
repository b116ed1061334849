import { spawnSync } from 'node:child_process';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the command-line scripts the way npm does, with tsx as the loader. */
export function runCli(script: 'score' | 'validate-questions', args: readonly string[]): CliRun {
  const run = spawnSync(process.execPath, ['--import', 'tsx', `cli/${script}.ts`, ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

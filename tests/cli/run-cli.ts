import type { CliIo } from '../../cli/io';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a command-line command in this process, collecting what it writes as a process would. */
export function runCli(command: (args: readonly string[], io: CliIo) => number, args: readonly string[]): CliRun {
  let stdout = '';
  let stderr = '';
  const status = command(args, {
    stdout: { write: (text) => (stdout += text) },
    stderr: { write: (text) => (stderr += text) },
  });
  return { status, stdout, stderr };
}

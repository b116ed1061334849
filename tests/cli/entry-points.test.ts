import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScore } from '../../cli/score-command';
import { runCli } from './run-cli';

// The other CLI tests call the commands in this process; these check the entry point's
// wiring (arguments, streams, exit code) once, in a real process started as npm starts it.
// (tests/cli/validate-banks-plugin.test.ts does the same for validate:questions.)
function spawnScore(args: readonly string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/score.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the npm run score entry point', { timeout: 30_000 }, () => {
  it('prints what the command prints and exits 0', () => {
    const args = ['questions/examples/pm-sales-led-drift.json', '--format', 'text'];
    expect(spawnScore(args)).toEqual(runCli(runScore, args));
  });

  it('exits 1 with the problems on stderr for a bad answers file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'role-fit-entry-')), 'bad.json');
    writeFileSync(file, '{"stage": 5}');
    const run = spawnScore([file]);
    expect(run).toEqual(runCli(runScore, [file]));
    expect(run.status).toBe(1);
  });
});

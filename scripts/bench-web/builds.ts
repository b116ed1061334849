/** Builds both apps for the benchmark into a temporary directory. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');

export interface Builds {
  workDir: string;
  baselineDist: string;
  oursDist: string;
  /** The baseline's first question, as its spec has it. */
  baselineFirstTitle: string;
}

function run(command: string, args: string[], cwd: string) {
  // NODE_ENV other than production would make Vite bundle React's development build.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
}

/** shared/bench-baseline, next to the repository (../shared) or at /work/shared; BENCH_BASELINE_DIR overrides. */
export function findBaseline(): string {
  const candidates = [
    process.env.BENCH_BASELINE_DIR,
    join(repoRoot, '..', 'shared', 'bench-baseline'),
    '/work/shared/bench-baseline',
  ];
  const found = candidates.find((dir) => dir !== undefined && existsSync(join(dir, 'package.json')));
  if (!found) throw new Error('bench-baseline not found: expected ../shared/bench-baseline or set BENCH_BASELINE_DIR.');
  return found;
}

const vite = (dir: string) => join(dir, 'node_modules', 'vite', 'bin', 'vite.js');

export function buildBoth(log: (line: string) => void): Builds {
  const workDir = mkdtempSync(join(tmpdir(), 'role-fit-bench-'));
  const baselineSource = findBaseline();
  const baseline = join(workDir, 'baseline');
  // shared/ may be read-only: build a copy.
  cpSync(baselineSource, baseline, {
    recursive: true,
    filter: (path) => !/(^|\/)(node_modules|dist)(\/|$)/.test(relative(baselineSource, path)),
  });
  log(`baseline: npm ci and vite build in ${baseline}`);
  // NODE_ENV=production would make npm leave out the devDependencies, Vite among them.
  run('npm', ['ci', '--include=dev', '--no-audit', '--no-fund', '--loglevel=error'], baseline);
  run(process.execPath, [vite(baseline), 'build', '--logLevel', 'error'], baseline);

  const oursDist = join(workDir, 'ours');
  log(`ours: vite build into ${oursDist}`);
  run(
    process.execPath,
    [vite(repoRoot), 'build', '--logLevel', 'error', '--outDir', oursDist, '--emptyOutDir'],
    repoRoot,
  );

  const spec = JSON.parse(readFileSync(join(baseline, 'shared', 'spec.json'), 'utf8')) as {
    single: { title: string }[];
  };
  const baselineFirstTitle = spec.single[0]?.title;
  if (!baselineFirstTitle) throw new Error('the baseline spec has no first question');
  return { workDir, baselineDist: join(baseline, 'dist'), oursDist, baselineFirstTitle };
}

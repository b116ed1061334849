/**
 * `npm run audit:advice [count]`: samples random answer sets (100,000 unless told), checks each
 * against the invariants in `scripts/advice/invariants.ts` on one worker thread per core,
 * prints its progress, the outcome and plan mix and each invariant's violations with one
 * counterexample, and exits 1 on any violation.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { defaultBank } from '../tests/fixtures/default-bank';
import { dropHiddenAnswers, evaluate, type Answer, type Answers } from '../src/engine';
import { answerArbitrary } from '../tests/fixtures/answer-arbitrary';
import { invariantNames, violations, type Violation } from './advice/invariants';

interface Tally {
  done: number;
  outcomes: Record<string, number>;
  plans: Record<string, number>;
  violations: Record<string, { count: number; first?: Violation }>;
}

const SEED = 42;

/** Checks sets `from` to `to` of the seeded sample, posting progress every 1,000. */
function check(from: number, to: number, post: (tally: Tally, final: boolean) => void): void {
  const bank = defaultBank();
  const perQuestion = Object.fromEntries(bank.questions.map((q) => [q.id, answerArbitrary(q)]));
  const sets = fc.sample(fc.record(perQuestion, { requiredKeys: [] }), { numRuns: to, seed: SEED }).slice(from);
  const tally: Tally = { done: 0, outcomes: {}, plans: {}, violations: {} };
  for (const raw of sets) {
    const answers: Answers = dropHiddenAnswers(bank, raw as Record<string, Answer>);
    const result = evaluate(bank, answers);
    tally.outcomes[result.outcome] = (tally.outcomes[result.outcome] ?? 0) + 1;
    const plan = (result.plan?.hires ?? [])
      .map((h) => `${h.when} ${h.count}×${h.role}${h.partTime ? ' part-time' : ''}`)
      .join(', ');
    tally.plans[plan] = (tally.plans[plan] ?? 0) + 1;
    for (const v of violations(bank, answers)) {
      const entry = (tally.violations[v.invariant] ??= { count: 0 });
      entry.count++;
      entry.first ??= v;
    }
    if (++tally.done % 1000 === 0) post(tally, false);
  }
  post(tally, true);
}

if (!isMainThread) {
  const { from, to } = workerData as { from: number; to: number };
  check(from, to, (tally, final) => parentPort?.postMessage({ tally, final }));
} else {
  const count = Number(process.argv[2] ?? 100_000);
  const workers = Math.max(1, Math.min(availableParallelism(), 8));
  const started = performance.now();
  const tallies: Tally[] = [];
  await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const from = Math.floor((count * w) / workers);
      const to = Math.floor((count * (w + 1)) / workers);
      const worker = new Worker(new URL('./advice/audit-worker.mjs', import.meta.url), { workerData: { from, to } });
      return new Promise<void>((resolve, reject) => {
        worker.on('message', ({ tally, final }: { tally: Tally; final: boolean }) => {
          tallies[w] = tally;
          const done = tallies.reduce((sum, t) => sum + t.done, 0);
          const seconds = (performance.now() - started) / 1000;
          process.stderr.write(
            `\r${done.toLocaleString('en')} of ${count.toLocaleString('en')} checked, ${seconds.toFixed(0)} s`,
          );
          if (final) resolve();
        });
        worker.on('error', reject);
      });
    }),
  );
  process.stderr.write('\n');
  const sum = (pick: (t: Tally) => Record<string, number>) => {
    const all = new Map<string, number>();
    for (const t of tallies) for (const [k, n] of Object.entries(pick(t))) all.set(k, (all.get(k) ?? 0) + n);
    return all;
  };
  const bank = defaultBank();
  const pct = (n: number) => `${((100 * n) / count).toFixed(1)}%`;
  console.log(
    `${count} random answer sets, bank ${bank.id} ${bank.version}, ${workers} workers, ${((performance.now() - started) / 1000).toFixed(0)} s\n\nOutcomes:`,
  );
  for (const [id, n] of [...sum((t) => t.outcomes)].sort((a, b) => b[1] - a[1]))
    console.log(`  ${id.padEnd(10)} ${pct(n).padStart(6)}`);
  console.log('\nPlans (ten most common):');
  for (const [plan, n] of [...sum((t) => t.plans)].sort((a, b) => b[1] - a[1]).slice(0, 10))
    console.log(`  ${pct(n).padStart(6)}  ${plan || 'no new hire'}`);
  console.log('\nInvariants:');
  let total = 0;
  for (const name of invariantNames) {
    const found = tallies.flatMap((t) => (t.violations[name] ? [t.violations[name]] : []));
    const n = found.reduce((s, v) => s + v.count, 0);
    total += n;
    console.log(`  ${name}: ${n} violation${n === 1 ? '' : 's'}`);
    const first = found.find((v) => v.first)?.first;
    if (first) console.log(`    e.g. ${first.detail}\n    answers ${JSON.stringify(first.answers)}`);
  }
  process.exitCode = total > 0 ? 1 : 0;
}

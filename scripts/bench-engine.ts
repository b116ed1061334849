/**
 * npm run bench:engine: the median time of one full evaluation of the default bank, including
 * the what-would-change search, over 10,000 random answer sets. A script, not a test.
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { evaluate } from '../src/engine';
import { answersArbitrary } from '../tests/fixtures/answer-arbitrary';
import { defaultBank } from '../tests/fixtures/default-bank';

const RUNS = 10_000;
const bank = defaultBank();
const samples = fc.sample(answersArbitrary(bank), { numRuns: RUNS, seed: 20261128 });

// Warm up the JIT so the figures describe steady use, as in a browser session.
for (const answers of samples.slice(0, 500)) evaluate(bank, answers);

const times: number[] = [];
const robustness = new Map<string, number>();
for (const answers of samples) {
  const start = performance.now();
  const result = evaluate(bank, answers);
  times.push(performance.now() - start);
  const key = `${result.robustness.atLeast ? '≥' : ''}${result.robustness.changes}`;
  robustness.set(key, (robustness.get(key) ?? 0) + 1);
}
times.sort((a, b) => a - b);
const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(3);

console.log(`bench:engine  ${bank.id} ${bank.version}, ${bank.questions.length} questions, ${RUNS} random answer sets`);
console.log(`median ${at(0.5)} ms   p90 ${at(0.9)} ms   p99 ${at(0.99)} ms   max ${at(1)} ms`);
console.log(
  `robustness: ${[...robustness.entries()]
    .sort()
    .map(([k, n]) => `${k}: ${n}`)
    .join(', ')}`,
);

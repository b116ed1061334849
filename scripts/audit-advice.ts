/**
 * `npm run audit:advice [count]`: samples random answer sets (100,000 unless told), prints the
 * outcome and plan mix and each invariant's violations with one counterexample, and exits 1
 * on any violation.
 */
import fc from 'fast-check';
import { defaultBank } from '../src/bank';
import { dropHiddenAnswers, type Answer, type Answers } from '../src/engine';
import { answerArbitrary } from '../tests/fixtures/answer-arbitrary';
import { invariantNames, violations, type Violation } from './advice/invariants';

if (!defaultBank.ok) throw new Error('the default question bank does not load');
const bank = defaultBank.bank;
const count = Number(process.argv[2] ?? 100_000);
const perQuestion = Object.fromEntries(bank.questions.map((q) => [q.id, answerArbitrary(q)]));
const sets = fc.sample(fc.record(perQuestion, { requiredKeys: [] }), { numRuns: count, seed: 42 });

const outcomes = new Map<string, number>();
const plans = new Map<string, number>();
const byInvariant = new Map<string, { count: number; first?: Violation }>(invariantNames.map((n) => [n, { count: 0 }]));
const { evaluate } = await import('../src/engine');
for (const raw of sets) {
  const answers: Answers = dropHiddenAnswers(bank, raw as Record<string, Answer>);
  const result = evaluate(bank, answers);
  outcomes.set(result.outcome, (outcomes.get(result.outcome) ?? 0) + 1);
  const plan = (result.plan?.hires ?? [])
    .map((h) => `${h.when} ${h.count}×${h.role}${h.partTime ? ' part-time' : ''}`)
    .join(', ');
  plans.set(plan, (plans.get(plan) ?? 0) + 1);
  for (const v of violations(bank, answers)) {
    const entry = byInvariant.get(v.invariant) ?? { count: 0 };
    entry.count++;
    entry.first ??= v;
    byInvariant.set(v.invariant, entry);
  }
}
const pct = (n: number) => `${((100 * n) / count).toFixed(1)}%`;
console.log(`${count} random answer sets, bank ${bank.id} ${bank.version}\n\nOutcomes:`);
for (const [id, n] of [...outcomes].sort((a, b) => b[1] - a[1]))
  console.log(`  ${id.padEnd(10)} ${pct(n).padStart(6)}`);
console.log('\nPlans (ten most common):');
for (const [plan, n] of [...plans].sort((a, b) => b[1] - a[1]).slice(0, 10))
  console.log(`  ${pct(n).padStart(6)}  ${plan}`);
console.log('\nInvariants:');
let total = 0;
for (const [name, { count: n, first }] of byInvariant) {
  total += n;
  console.log(`  ${name}: ${n} violation${n === 1 ? '' : 's'}`);
  if (first) console.log(`    e.g. ${first.detail}\n    answers ${JSON.stringify(first.answers)}`);
}
process.exitCode = total > 0 ? 1 : 0;

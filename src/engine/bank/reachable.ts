/**
 * Whether a bank's outcomes can each be reached by some answers: a search over the compiled
 * bank that parseBank (./load.ts) runs once the references check out, so an outcome no answers
 * lead to is refused with the bank rather than never shown.
 */
import { NONE, dimensionScores, markVisible, type CompiledBank, type State } from '../scoring/compile';
import { decide, fitScores } from '../scoring/decide';

/** Every choice a question can take in a search: no answer, then each option or band. */
function choicesOf(compiled: CompiledBank, q: number): { choice: number; value: number }[] {
  const question = compiled.questions[q]?.question;
  if (!question) return [];
  const none = { choice: NONE, value: 0 };
  if (question.type === 'number') return [none, ...question.bands.map((band, i) => ({ choice: i, value: band.min }))];
  if (question.type === 'multiple') return [none, ...question.options.map((_, i) => ({ choice: 1 << i, value: 0 }))];
  return [none, ...question.options.map((_, i) => ({ choice: i, value: 0 }))];
}

/**
 * Finds answers that make `target` the recommendation, by coordinate ascent on its lead over
 * the best other outcome from a few fixed starts. Deterministic; true when some answers win.
 */
export function canReach(compiled: CompiledBank, target: number): boolean {
  const count = compiled.questions.length;
  const visible = new Uint8Array(count);
  const dims = new Float64Array(compiled.dimensionIds.length);
  const fits = new Float64Array(compiled.outcomes.length);
  const lead = (state: State): number => {
    markVisible(compiled, state, visible);
    dimensionScores(compiled, state, visible, dims);
    fitScores(compiled, dims, fits);
    if (decide(compiled, dims) === target) return Infinity;
    let other = -Infinity;
    fits.forEach((fit, o) => {
      if (o !== target) other = Math.max(other, fit);
    });
    return (fits[target] ?? 0) - other;
  };
  const starts = [0, 1, 2].map((start) => {
    const state: State = { choice: new Int32Array(count), value: new Float64Array(count) };
    for (let q = 0; q < count; q++) {
      const options = choicesOf(compiled, q);
      const pick = options[start === 0 ? 0 : start === 1 ? 1 : options.length - 1] ?? options[0];
      state.choice[q] = pick?.choice ?? NONE;
      state.value[q] = pick?.value ?? 0;
    }
    return state;
  });
  for (const state of starts) {
    let score = lead(state);
    for (let round = 0; round < 20 && score !== Infinity; round++) {
      let improved = false;
      for (let q = 0; q < count && score !== Infinity; q++) {
        for (const option of choicesOf(compiled, q)) {
          const before = [state.choice[q] ?? NONE, state.value[q] ?? 0] as const;
          state.choice[q] = option.choice;
          state.value[q] = option.value;
          const next = lead(state);
          if (next > score) {
            score = next;
            improved = true;
            if (score === Infinity) break;
          } else {
            state.choice[q] = before[0];
            state.value[q] = before[1];
          }
        }
      }
      if (!improved) break;
    }
    if (score === Infinity) return true;
  }
  return false;
}

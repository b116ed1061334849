import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { RESULT_ONLY_OUTCOME_KEYS } from '../src/engine/bank/bank-hash.ts';
import { isResultText } from '../src/engine/bank/bank-texts.ts';

/**
 * Serves a question bank in two parts, so the first download holds only what the questions
 * need: `bank.json?part=core` is the bank without its plan, conflicts and questions' moves;
 * `bank.json?part=result` is `{ plan, outcomes, conflicts, moves }` (moves by question id),
 * loaded with the result screen. The
 * bank stays one file of data; `src/bank-parts.ts` puts the parts back together.
 */
/** One language's bank texts (questions/texts/<bank>.<language>.json), the part asked for. */
function textsPart(path: string, query: string): Record<string, string> {
  const texts = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  const result = query === 'part=result';
  return Object.fromEntries(Object.entries(texts).filter(([key]) => isResultText(key) === result));
}

export function bankParts(): Plugin {
  return {
    name: 'role-fit:bank-parts',
    enforce: 'pre',
    async resolveId(source, importer) {
      const [path, query] = source.split('?');
      if (!path || (query !== 'part=core' && query !== 'part=result')) return null;
      const resolved = await this.resolve(path, importer, { skipSelf: true });
      return resolved ? `\0${resolved.id}?${query}` : null;
    },
    load(id) {
      if (!id.startsWith('\0')) return null;
      const [path, query] = id.slice(1).split('?');
      if (!path || (query !== 'part=core' && query !== 'part=result')) return null;
      this.addWatchFile(path);
      if (/[\\/]texts[\\/]/.test(path)) return `export default ${JSON.stringify(textsPart(path, query))};`;
      const { plan, outcomes, conflicts, questions, ...rest } = JSON.parse(readFileSync(path, 'utf8')) as {
        plan?: unknown;
        outcomes: Record<string, unknown>[];
        conflicts?: unknown;
        questions: { id: string; moves?: unknown }[];
      };
      // What "What would change it" searches (the conflicts, each question's moves) loads with the result.
      const moves = Object.fromEntries(
        questions.flatMap((question) => (question.moves ? [[question.id, question.moves]] : [])),
      );
      const part =
        query === 'part=core'
          ? {
              ...rest,
              questions: questions.map((question) =>
                Object.fromEntries(Object.entries(question).filter(([key]) => key !== 'moves')),
              ),
              outcomes: outcomes.map((outcome) =>
                Object.fromEntries(
                  Object.entries(outcome).filter(
                    ([key]) => !(RESULT_ONLY_OUTCOME_KEYS as readonly string[]).includes(key),
                  ),
                ),
              ),
            }
          : { plan, outcomes, conflicts, moves };
      return `export default ${JSON.stringify(part)};`;
    },
  };
}

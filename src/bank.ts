/**
 * The default question bank. It is bundled as trusted data: Vite validates every bank with the
 * engine's parseBank before it builds or serves the app (scripts/validate-banks-plugin.ts),
 * and so does `npm test`. Validating again here would put Zod and the reachability search
 * in the first download and on the main thread before the first question shows.
 */
import bankJson from '../questions/role-fit.en.json' with { type: 'json' };
import type { Bank, ParsedBank } from './engine';

export const defaultBank: ParsedBank = { ok: true, bank: bankJson as unknown as Bank };

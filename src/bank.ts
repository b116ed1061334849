/**
 * The default question bank. It is bundled as trusted data: Vite validates every bank with the
 * engine's parseBank before it builds or serves the app (scripts/validate-banks-plugin.ts),
 * and so does `npm test`. Validating again here would put Zod and the reachability search
 * in the first download and on the main thread before the first question shows.
 *
 * The first download holds the bank's core: what the questions need. The plan and the
 * outcomes' long texts load with the result (src/components/full-bank.ts).
 */
import core from '../questions/role-fit.en.json?part=core';
import type { Bank, ParsedBank } from './engine';

export const defaultBank: ParsedBank = { ok: true, bank: core as Bank };

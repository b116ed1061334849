/**
 * The default question bank in each language. It is bundled as trusted data: Vite validates
 * every bank in every language with the engine's parseBank before it builds or serves the
 * app (scripts/validate-banks-plugin.ts), and so does `npm test`. Validating again here
 * would put Zod and the reachability search in the first download.
 *
 * The first download holds the bank's language-neutral core and the current language's core
 * texts (src/i18n/packs.ts). The plan and the outcomes' long texts load with the result
 * (src/components/full-bank.ts).
 */
import core from '../questions/role-fit.json?part=core';
import { localizeBank } from './engine/bank/bank-texts';
import type { Bank } from './engine';
import type { Locale } from './i18n/languages';
import { corePack } from './i18n/registry';

const banks = new Map<string, Bank>();

/** The bank in a language whose core has loaded; the same object each time, so caches hold. */
export function bankFor(locale: Locale): Bank {
  let bank = banks.get(locale);
  if (!bank) banks.set(locale, (bank = localizeBank(core, corePack(locale).bank, locale) as Bank));
  return bank;
}

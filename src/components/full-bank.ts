/**
 * The whole default bank for the screens that score answers: the core the app starts with,
 * and the plan and the outcomes' long texts, which load with those screens
 * (scripts/bank-parts-plugin.ts) in the bank's language (src/i18n/packs.ts). Any other bank
 * is already whole and passes through.
 */
import resultParts from '../../questions/role-fit.json?part=result';
import { withTexts } from '../engine/bank-texts';
import type { Bank } from '../engine';
import { corePack, resultPack } from '../i18n/registry';

const whole = new WeakMap<Bank, Bank>();

/** The bank with its plan and full outcomes; the same object for the same bank, so scoring caches hold. */
export function fullBank(bank: Bank): Bank {
  if (bank.plan || bank.outcomes.some((outcome) => outcome.summary)) return bank;
  let full = whole.get(bank);
  if (!full) {
    const texts = { ...corePack(bank.locale).bank, ...resultPack(bank.locale).bank };
    const parts = withTexts(resultParts, texts) as Pick<Bank, 'plan' | 'outcomes'>;
    full = { ...bank, plan: parts.plan, outcomes: parts.outcomes };
    whole.set(bank, full);
  }
  return full;
}

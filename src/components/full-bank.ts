/**
 * The whole default bank for the screens that score answers: the core the app starts with,
 * with the plan, and the texts only the result reads (the outcomes' long texts, the rules'
 * reasons, when to revisit), which load with those screens (scripts/bank-parts-plugin.ts) in
 * the bank's language (src/i18n/packs.ts). Any other bank is already whole and passes through.
 */
import coreData from '../../questions/role-fit.json?part=core';
import resultData from '../../questions/role-fit.json?part=result';
import { localizeBank } from '../engine/bank/bank-texts';
import type { Bank } from '../engine';
import { corePack, resultPack } from '../i18n/registry';

const whole = new WeakMap<Bank, Bank>();

/** The bank with its plan and every text; the same object for the same bank, so scoring caches hold. */
export function fullBank(bank: Bank): Bank {
  if (bank.plan || bank.outcomes.some((outcome) => outcome.summary)) return bank;
  let full = whole.get(bank);
  if (!full) {
    const { moves, ...rest } = resultData as { moves: Record<string, unknown> };
    const core = coreData as { questions: { id: string }[] };
    const questions = core.questions.map((question) =>
      question.id in moves ? { ...question, moves: moves[question.id] } : question,
    );
    const data = { ...core, ...rest, questions };
    const texts = { ...corePack(bank.locale).bank, ...resultPack(bank.locale).bank };
    full = localizeBank(data, texts, bank.locale) as Bank;
    whole.set(bank, full);
  }
  return full;
}

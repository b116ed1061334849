/**
 * The messages and bank texts of each language that has loaded. The browser loads one
 * language at a time (src/i18n/packs.ts); the command line and the tests load them all
 * (src/i18n/all-languages.ts). Text code reads them by the bank's locale, so the words
 * always match the bank they describe.
 */
import type { Texts } from '../engine/bank/bank-texts';
import type enCore from './messages/en/first';
import type enResult from './messages/en/later';
import { DEFAULT_LANGUAGE, type Locale } from './languages';

export type CoreMessages = typeof enCore;
export type ResultMessages = typeof enResult;

/** What the first screens need in one language: the app's messages and the bank's core texts. */
export interface CorePack {
  messages: CoreMessages;
  bank: Texts;
}

/** What the result needs: its messages, the plan's and outcomes' long texts, the hiring kit's texts. */
export interface ResultPack {
  messages: ResultMessages;
  bank: Texts;
  kit: Texts;
}

const cores = new Map<string, CorePack>();
const results = new Map<string, ResultPack>();

export function addCorePack(locale: Locale, pack: CorePack): void {
  cores.set(locale, pack);
}

export function addResultPack(locale: Locale, pack: ResultPack): void {
  results.set(locale, pack);
}

export function hasResultPack(locale: string): boolean {
  return results.has(locale);
}

/** A pack for the locale, its base language, or English; a bank in another language speaks English. */
function find<T>(packs: Map<string, T>, locale: string, part: string): T {
  const pack = packs.get(locale) ?? packs.get(locale.split('-')[0] ?? '') ?? packs.get(DEFAULT_LANGUAGE);
  if (!pack) throw new Error(`the ${part} messages for "${locale}" have not loaded`);
  return pack;
}

export function corePack(locale: string): CorePack {
  return find(cores, locale, 'core');
}

export function resultPack(locale: string): ResultPack {
  return find(results, locale, 'result');
}

/** The first screens' messages for a locale (a bank's `locale`). */
export function coreMessages(locale: string): CoreMessages {
  return corePack(locale).messages;
}

/** The result's messages for a locale (a bank's `locale`). */
export function resultMessages(locale: string): ResultMessages {
  return resultPack(locale).messages;
}

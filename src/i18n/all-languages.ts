/**
 * Every language's messages and texts, registered at once: for the command line, the build's
 * prerender and the tests, which run in Node and may print any language. The browser never
 * imports this file: it loads one language (src/i18n/packs.ts).
 */
import bankData from '../../questions/role-fit.json' with { type: 'json' };
import kitDe from '../../questions/texts/hiring-kit.de.json' with { type: 'json' };
import kitEn from '../../questions/texts/hiring-kit.en.json' with { type: 'json' };
import kitEs from '../../questions/texts/hiring-kit.es.json' with { type: 'json' };
import textsDe from '../../questions/texts/role-fit.de.json' with { type: 'json' };
import textsEn from '../../questions/texts/role-fit.en.json' with { type: 'json' };
import textsEs from '../../questions/texts/role-fit.es.json' with { type: 'json' };
import { isResultText, localizeBank, type Texts } from '../engine/bank/bank-texts';
import { LANGUAGES, PSEUDO, type Language, type Locale } from './languages';
import deCommandLine from './messages/de/command-line';
import deCore from './messages/de/first';
import deResult from './messages/de/later';
import enCommandLine from './messages/en/command-line';
import enCore from './messages/en/first';
import enResult from './messages/en/later';
import esCommandLine from './messages/es/command-line';
import esCore from './messages/es/first';
import esResult from './messages/es/later';
import { pseudoOf } from './pseudo';
import { addCorePack, addResultPack, type CoreMessages, type ResultMessages } from './registry';

export type CommandLineMessages = typeof enCommandLine;

const words: Record<
  Language,
  { core: CoreMessages; result: ResultMessages; commandLine: CommandLineMessages; bank: Texts; kit: Texts }
> = {
  en: { core: enCore, result: enResult, commandLine: enCommandLine, bank: textsEn, kit: kitEn },
  de: { core: deCore, result: deResult, commandLine: deCommandLine, bank: textsDe, kit: kitDe },
  es: { core: esCore, result: esResult, commandLine: esCommandLine, bank: textsEs, kit: kitEs },
};

/** The command line's own messages (src/i18n/messages/<language>/command-line.ts): never in the browser. */
export function commandLineMessages(locale: Locale): CommandLineMessages {
  return locale === PSEUDO ? pseudoOf(enCommandLine) : words[locale].commandLine;
}

/** The bank texts of a language (or the pseudo-language). */
export function bankTexts(locale: Locale): Texts {
  return locale === PSEUDO ? pseudoOf(words.en.bank) : words[locale].bank;
}

/** The hiring kit texts of a language (or the pseudo-language). */
export function kitTexts(locale: Locale): Texts {
  return locale === PSEUDO ? pseudoOf(words.en.kit) : words[locale].kit;
}

/** The default bank's data with a language's texts, not yet validated. */
export function defaultBankJson(locale: Locale): unknown {
  return localizeBank(bankData, bankTexts(locale), locale);
}

/** The texts of one part of the bank, as the browser loads them (scripts/bank-parts-plugin.ts). */
function part(texts: Texts, result: boolean): Texts {
  return Object.fromEntries(Object.entries(texts).filter(([path]) => isResultText(path) === result));
}

let registered = false;

/** Registers every language, and the pseudo-language, once. */
export function registerAllLanguages(): void {
  if (registered) return;
  registered = true;
  for (const language of LANGUAGES) {
    const { core, result, bank, kit } = words[language];
    addCorePack(language, { messages: core, bank: part(bank, false) });
    addResultPack(language, { messages: result, bank: part(bank, true), kit });
  }
  const pseudo = bankTexts(PSEUDO);
  addCorePack(PSEUDO, { messages: pseudoOf(enCore), bank: part(pseudo, false) });
  addResultPack(PSEUDO, { messages: pseudoOf(enResult), bank: part(pseudo, true), kit: kitTexts(PSEUDO) });
}

registerAllLanguages();

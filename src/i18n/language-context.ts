/**
 * The visit's language for React: which locale shows, and a way to switch. Screens read
 * their words with `useMessages` (the first screens) and `useResultMessages` (the result,
 * which loads its words with it and waits for them under a Suspense boundary).
 */
import { createContext, use, useContext } from 'react';
import { DEFAULT_LANGUAGE, type Locale } from './languages';
import { loadResult } from './packs';
import { coreMessages, hasResultPack, resultMessages, type CoreMessages, type ResultMessages } from './registry';

export interface LanguageState {
  locale: Locale;
  /** Shows the app in another language, keeping the answers and the screen. */
  switchTo(locale: Locale): void;
}

export const LanguageContext = createContext<LanguageState>({ locale: DEFAULT_LANGUAGE, switchTo: () => undefined });

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

export function useLocale(): Locale {
  return useContext(LanguageContext).locale;
}

/** The first screens' messages in the visit's language. */
export function useMessages(): CoreMessages {
  return coreMessages(useLocale());
}

/** The result's messages in the visit's language; suspends while they load. */
export function useResultMessages(): ResultMessages {
  const locale = useLocale();
  return hasResultPack(locale) ? resultMessages(locale) : use(loadResult(locale)).messages;
}

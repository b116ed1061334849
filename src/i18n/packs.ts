/**
 * Loads one language's words in the browser: the core with the page, the result's with the
 * result. Each language is its own pair of chunks, so a visit downloads only its language.
 */
import { addCorePack, addResultPack, hasResultPack, type CorePack, type ResultPack } from './registry';
import type { Locale } from './languages';

const cores: Record<Locale, () => Promise<{ default: CorePack }>> = {
  en: () => import('./packs/en-core'),
  de: () => import('./packs/de-core'),
  es: () => import('./packs/es-core'),
  'en-XA': () => import('./packs/pseudo-core'),
};

const results: Record<Locale, () => Promise<{ default: ResultPack }>> = {
  en: () => import('./packs/en-result'),
  de: () => import('./packs/de-result'),
  es: () => import('./packs/es-result'),
  'en-XA': () => import('./packs/pseudo-result'),
};

const loading = new Map<string, Promise<unknown>>();

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = loading.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load();
    // A failed load (the network went away) may be tried again.
    promise.catch(() => loading.delete(key));
    loading.set(key, promise);
  }
  return promise;
}

/** The first screens' words in this language, registered. */
export function loadCore(locale: Locale): Promise<CorePack> {
  return once(`core:${locale}`, async () => {
    const pack = (await cores[locale]()).default;
    addCorePack(locale, pack);
    return pack;
  });
}

/** The result's words in this language, registered. */
export function loadResult(locale: Locale): Promise<ResultPack> {
  return once(`result:${locale}`, async () => {
    const pack = (await results[locale]()).default;
    addResultPack(locale, pack);
    return pack;
  });
}

export { hasResultPack };

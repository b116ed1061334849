/**
 * The embed's options, as a host page gives them (data-* attributes on the loader's element)
 * and as they reach the embed page (its query). Both sides read them with `readOptions`:
 * anything unknown or malformed falls back to the default, so a host's typo never breaks the
 * embed and no attribute value ever reaches the page as anything but one of these values.
 */

export type Theme = 'light' | 'dark' | 'auto';
export type Start = 'landing' | 'question';
import { LANGUAGES, type Language } from '../i18n/languages';

export interface EmbedOptions {
  theme: Theme;
  /** A `#rrggbb` colour, lower case; null for the app's own accent. */
  accent: string | null;
  /** The host's choice; null for none (or none known): the visitor's own choice or browser decides. */
  lang: Language | null;
  start: Start;
  /** Whether the host asked for the `result` event (`data-emit="result"`). */
  emitResult: boolean;
}

/** The names, as query parameters and (after `data-`) as attributes. */
export const optionNames = ['theme', 'accent', 'lang', 'start', 'emit'] as const;
export type OptionName = (typeof optionNames)[number];

const themes: readonly Theme[] = ['light', 'dark', 'auto'];
const starts: readonly Start[] = ['landing', 'question'];

/** `#rgb` or `#rrggbb` as `#rrggbb`; null for anything else (names, rgb(), url(), ...). */
export function readColour(value: string | null): string | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '')?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? hex.replace(/./g, (digit) => digit + digit) : hex;
  return `#${full.toLowerCase()}`;
}

/** A language tag matched exactly, then by its base (`de-AT` is `de`); null otherwise. */
export function readLanguage(value: string | null): Language | null {
  const tag = value?.trim().toLowerCase() ?? '';
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(tag)) return null;
  const base = tag.split('-')[0];
  return LANGUAGES.find((known) => known === tag || known === base) ?? null;
}

function pick<T extends string>(known: readonly T[], value: string | null, fallback: T): T {
  const wanted = value?.trim().toLowerCase();
  return known.find((option) => option === wanted) ?? fallback;
}

/** The options from a lookup by name (an element's dataset, a URLSearchParams' get). */
export function readOptions(get: (name: OptionName) => string | null | undefined): EmbedOptions {
  const value = (name: OptionName) => get(name) ?? null;
  return {
    theme: pick(themes, value('theme'), 'auto'),
    accent: readColour(value('accent')),
    lang: readLanguage(value('lang')),
    start: pick(starts, value('start'), 'landing'),
    emitResult: (value('emit') ?? '').toLowerCase().split(/\s+/).includes('result'),
  };
}

/** The options as query parameters: only what differs from the defaults. */
export function optionsQuery(options: EmbedOptions): [OptionName, string][] {
  const query: [OptionName, string][] = [];
  if (options.theme !== 'auto') query.push(['theme', options.theme]);
  if (options.accent) query.push(['accent', options.accent]);
  if (options.lang) query.push(['lang', options.lang]);
  if (options.start !== 'landing') query.push(['start', options.start]);
  if (options.emitResult) query.push(['emit', 'result']);
  return query;
}

/**
 * Words with numbers in them, through the browser's Intl: a message's `{name}` placeholders
 * filled in, plural forms chosen by the language's rules, lists joined the language's way.
 */
import type { Locale } from './languages';

/** A message with forms by plural category; `other` is always there. */
export type Plural = { readonly one?: string; readonly other: string } & Readonly<
  Partial<Record<Intl.LDMLPluralRule, string>>
>;

export type Values = Readonly<Record<string, string | number>>;

// Intl objects are slow to make and cheap to use: one of each per locale.
const numbers = new Map<string, Intl.NumberFormat>();
const plurals = new Map<string, Intl.PluralRules>();
const lists = new Map<string, Intl.ListFormat>();
const days = new Map<string, Intl.DateTimeFormat>();

/** A number written the language's way: "1,000" in English, "1.000" in German. */
export function formatNumber(locale: Locale, value: number): string {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return format.format(value);
}

/** The message with each `{name}` replaced by its value; numbers are written the language's way. */
export function fill(locale: Locale, message: string, values: Values = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

/** The form of `forms` the language uses for `count`, filled in; `{count}` is the number. */
export function plural(locale: Locale, forms: Plural, count: number, values: Values = {}): string {
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  const category = rules.select(count);
  return fill(locale, forms[category] ?? forms.other, { count, ...values });
}

/** "a, b and c" the language's way ("a, b y c", "a, b und c"); `or` for alternatives. */
export function formatList(locale: Locale, items: readonly string[], type: 'and' | 'or' = 'and'): string {
  const key = `${locale} ${type}`;
  let format = lists.get(key);
  if (!format)
    lists.set(key, (format = new Intl.ListFormat(locale, { type: type === 'and' ? 'conjunction' : 'disjunction' })));
  return format.format(items);
}

/** A day written in full the language's way: "7 December 2026", "7. Dezember 2026". */
export function formatDay(locale: Locale, date: Date): string {
  let format = days.get(locale);
  if (!format) days.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(date);
}

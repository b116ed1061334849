/**
 * The pseudo-language for tests: every text lengthened by about 40% and marked ⟦…⟧, with its
 * `{placeholders}` kept, so a text that does not come from the messages shows as unmarked,
 * and a layout that breaks with longer words shows at once.
 */
const ACCENTED: Readonly<Record<string, string>> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', A: 'Å', E: 'É', O: 'Ö' };

export function pseudoText(text: string): string {
  // Each word grows by about 40%, as words do in German, so a long word can still wrap.
  const body = text
    .split(/(\{\w+\})/)
    .map((part) =>
      /^\{\w+\}$/.test(part)
        ? part
        : part.replace(
            /[A-Za-z]+/g,
            (word) => word.replace(/[aeiouAEO]/g, (c) => ACCENTED[c] ?? c) + '·'.repeat(Math.ceil(word.length * 0.4)),
          ),
    )
    .join('');
  return `⟦${body}⟧`;
}

/** The same shape with every string made pseudo. */
export function pseudoOf<T>(value: T): T {
  if (typeof value === 'string') return pseudoText(value) as T;
  if (Array.isArray(value)) return value.map(pseudoOf) as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, pseudoOf(item)])) as T;
  return value;
}

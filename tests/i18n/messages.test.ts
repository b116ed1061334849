import { describe, expect, it } from 'vitest';
import { placeholders } from '../../src/engine/bank/bank-texts';
import { parseBank } from '../../src/engine';
import { commandLineMessages, defaultBankJson } from '../../src/i18n/all-languages';
import { LANGUAGES, PSEUDO, type Language, type Locale } from '../../src/i18n/languages';
import { coreMessages, resultMessages } from '../../src/i18n/registry';

/** Every message of a language, by its path: "shell.header.title" → text. */
function flatten(value: unknown, path = '', into: Record<string, string> = {}): Record<string, string> {
  if (typeof value === 'string') into[path] = value;
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) flatten(item, path ? `${path}.${key}` : key, into);
  return into;
}

const messagesOf = (language: Language) => ({
  ...flatten(coreMessages(language), 'core'),
  ...flatten(resultMessages(language), 'result'),
  ...flatten(commandLineMessages(language), 'commandLine'),
});

const english = messagesOf('en');

describe.each(LANGUAGES.filter((language) => language !== 'en'))('the %s messages', (language) => {
  const translated = messagesOf(language);

  it('have every English message and no other', () => {
    expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
  });

  it('keep the placeholders of each English message', () => {
    // A plural form for one may say the number in words ("ein weiterer"): only {count} may go.
    const same = (path: string, text: string) => {
      const wanted = placeholders(text);
      const found = placeholders(translated[path] ?? '');
      if (/\.(zero|one|two)$/.test(path))
        return found.join() === wanted.filter((name) => found.includes(name) || name !== 'count').join();
      return found.join() === wanted.join();
    };
    const differing = Object.entries(english)
      .filter(([path, text]) => !same(path, text))
      .map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it('leave no message empty', () => {
    expect(
      Object.entries(translated).filter(([path, text]) => text.trim() === '' && english[path]?.trim() !== ''),
    ).toEqual([]);
  });
});

describe('the default bank', () => {
  // The pseudo-language lengthens every text by about 40%: the bank's length limits must hold for it too.
  it.each<Locale>([...LANGUAGES, PSEUDO])('is valid in %s', (locale) => {
    const parsed = parseBank(defaultBankJson(locale));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });
});

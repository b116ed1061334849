import { describe, expect, it } from 'vitest';
import { fill, formatList, plural } from '../../src/i18n/format';
import { chooseLanguage } from '../../src/i18n/languages';
import { pseudoText } from '../../src/i18n/pseudo';

describe('chooseLanguage', () => {
  it.each([
    [{ saved: 'es', attribute: 'de', browser: ['en-US'] }, 'es'],
    [{ saved: 'en-XA', browser: ['de'] }, 'en-XA'],
    [{ saved: 'fr', attribute: 'de', browser: ['es'] }, 'de'],
    [{ saved: '<script>', browser: ['es-MX', 'de'] }, 'es'],
    [{ attribute: 'DE-at', browser: ['es'] }, 'de'],
    [{ attribute: 'fr', browser: ['fr-FR', 'de-CH', 'es'] }, 'de'],
    [{ browser: ['de-AT', 'es'] }, 'de'],
    [{ browser: ['pt-BR', 'fr'] }, 'en'],
    [{}, 'en'],
  ])('%j → %s', (sources, expected) => {
    expect(chooseLanguage(sources)).toBe(expected);
  });
});

describe('the formatting helpers', () => {
  it('fill named placeholders, with numbers in the language’s style', () => {
    expect(fill('de', '{count} Entwickler in {teams} Teams', { count: 1200, teams: 3 })).toBe(
      '1.200 Entwickler in 3 Teams',
    );
    expect(fill('en', 'Hello {name}', {})).toBe('Hello {name}');
  });

  it('pick plural forms by the language’s rules', () => {
    const forms = { one: '{count} Frage', other: '{count} Fragen' };
    expect(plural('de', forms, 1)).toBe('1 Frage');
    expect(plural('de', forms, 0)).toBe('0 Fragen');
  });

  it('join lists the language’s way', () => {
    expect(formatList('es', ['a', 'b', 'c'])).toBe('a, b y c');
    expect(formatList('de', ['a', 'b'], 'or')).toBe('a oder b');
  });
});

describe('the pseudo-language', () => {
  it('marks each text, keeps its placeholders and makes it about 40% longer', () => {
    const text = 'You have answered {count} questions in this browser.';
    const pseudo = pseudoText(text);
    expect(pseudo.startsWith('⟦') && pseudo.endsWith('⟧')).toBe(true);
    expect(pseudo).toContain('{count}');
    expect(pseudo.length / text.length).toBeGreaterThan(1.3);
  });
});

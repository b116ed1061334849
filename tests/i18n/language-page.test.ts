import { describe, expect, it } from 'vitest';
import { addressIn, elsewhere, languagePage } from '../../src/i18n/language-page';

const at = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });

describe('elsewhere: where a visit goes instead of the page it reached', () => {
  it.each([
    // A German visit to the English page goes to the German one, keeping the step and the link.
    ['de', 'en', at('/', '?step=review', '#share=abc'), '/de/?step=review#share=abc'],
    ['es', 'en', at('/index.html'), '/es/'],
    ['de', 'es', at('/es/', '?question=size'), '/de/?question=size'],
    // An English visit to another language's page goes to the English one.
    ['en', 'de', at('/de/', '', '#compare=x'), '/#compare=x'],
    // The pseudo-language shows on the English page.
    ['en-XA', 'de', at('/de/'), '/'],
  ])('%s on a page built in %s at %j → %s', (locale, pageLanguage, location, expected) => {
    expect(elsewhere(locale as never, pageLanguage, location)).toBe(expected);
  });

  it.each([
    ['en', 'en', at('/')],
    ['en', 'en', at('/some/route')],
    ['de', 'de', at('/de/', '?step=result')],
    ['es', 'es', at('/es/index.html')],
    ['en-XA', 'en', at('/')],
    // A page whose <html lang> is no language of the app counts as the English one.
    ['en', 'fr', at('/')],
  ])('%s on a page built in %s at %j stays', (locale, pageLanguage, location) => {
    expect(elsewhere(locale as never, pageLanguage, location)).toBeUndefined();
  });

  it('stays where a host answers every address with the English page, so a visit never goes round in circles', () => {
    expect(elsewhere('de', 'en', at('/de/'))).toBeUndefined();
    expect(elsewhere('es', 'en', at('/es/index.html', '', '#share=abc'))).toBeUndefined();
  });
});

describe('the addresses of the language pages', () => {
  it('a switch of language keeps the step and the link on the new language’s page', () => {
    expect(addressIn('es', { search: '?step=review', hash: '#share=abc' })).toBe('/es/?step=review#share=abc');
    expect(addressIn('en', { search: '', hash: '' })).toBe('/');
    expect(addressIn('en-XA', { search: '?step=result', hash: '' })).toBe('/?step=result');
  });

  it('the pseudo-language shows on the English page', () => {
    expect(languagePage('en-XA')).toBe('/');
    expect(languagePage('de')).toBe('/de/');
  });
});

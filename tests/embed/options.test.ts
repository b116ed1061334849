import { describe, expect, test } from 'vitest';
import { optionsQuery, readColour, readLanguage, readOptions, type EmbedOptions } from '../../src/embed/options';

const defaults: EmbedOptions = { theme: 'auto', accent: null, lang: null, start: 'landing', emitResult: false };
const read = (attributes: Record<string, string>) => readOptions((name) => attributes[name]);

describe('readOptions: attributes in, known values out', () => {
  test.each([
    [{}, defaults],
    [{ theme: 'dark' }, { ...defaults, theme: 'dark' }],
    [{ theme: ' LIGHT ' }, { ...defaults, theme: 'light' }],
    [{ theme: 'solarized' }, defaults],
    [{ start: 'question' }, { ...defaults, start: 'question' }],
    [{ start: 'result' }, defaults],
    [{ emit: 'result' }, { ...defaults, emitResult: true }],
    [{ emit: 'ready  RESULT' }, { ...defaults, emitResult: true }],
    [{ emit: 'results' }, defaults],
    [{ accent: '#0A7' }, { ...defaults, accent: '#00aa77' }],
    [{ lang: 'en-GB' }, { ...defaults, lang: 'en' }],
    [{ lang: 'fr' }, defaults],
    [
      { lang: 'de', theme: 'dark', accent: 'red' },
      { ...defaults, lang: 'de', theme: 'dark' },
    ],
  ] as [Record<string, string>, EmbedOptions][])('%j', (attributes, expected) => {
    expect(read(attributes)).toEqual(expected);
  });
});

test.each([
  ['#1a5bb5', '#1a5bb5'],
  ['#ABC', '#aabbcc'],
  [' #123456 ', '#123456'],
  ['red', null],
  ['#12345', null],
  ['#1234567', null],
  ['rgb(0,0,0)', null],
  ['#000;background:url(x)', null],
  ['url(https://example.com/x)', null],
  [null, null],
])('readColour(%j) is %j', (value, expected) => {
  expect(readColour(value)).toBe(expected);
});

test.each([
  ['en', 'en'],
  ['EN-us', 'en'],
  ['de', 'de'],
  ['de-AT', 'de'],
  ['es-419', 'es'],
  ['fr', null],
  ['<script>', null],
  ['e', null],
  ['', null],
  [null, null],
])('readLanguage(%j) is %j: a language Role Fit speaks, or none', (value, expected) => {
  expect(readLanguage(value)).toBe(expected);
});

test('optionsQuery names only what differs from the defaults, and reads back the same', () => {
  expect(optionsQuery(defaults)).toEqual([]);
  const options: EmbedOptions = { theme: 'dark', accent: '#00aa77', lang: 'es', start: 'question', emitResult: true };
  const query = new URLSearchParams(optionsQuery(options));
  expect(query.toString()).toBe('theme=dark&accent=%2300aa77&lang=es&start=question&emit=result');
  expect(readOptions((name) => query.get(name))).toEqual(options);
});

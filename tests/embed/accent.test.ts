import { expect, test } from 'vitest';
import { accentProperties, contrast } from '../../src/embed/accent';

test('contrast is the WCAG ratio', () => {
  expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
  expect(contrast('#777777', '#777777')).toBe(1);
});

test.each([
  ['a dark green on the light scheme, with white text', '#0b6e4f', 'light', '#ffffff'],
  ['a light green on the dark scheme, with dark text', '#7ee2b8', 'dark', '#0b1220'],
])('%s', (_name, accent, scheme, text) => {
  expect(accentProperties(accent, scheme as 'light' | 'dark')).toEqual({
    '--accent': accent,
    '--accent-hover': accent,
    '--focus': accent,
    '--accent-text': text,
  });
});

test.each([
  ['yellow on white', '#ffdd00', 'light'],
  ['navy on the dark scheme', '#0b1f5c', 'dark'],
  ['a mid grey, where no text reaches 4.5:1', '#777777', 'light'],
])('an accent that would not be readable is not used: %s', (_name, accent, scheme) => {
  expect(accentProperties(accent, scheme as 'light' | 'dark')).toBeNull();
});

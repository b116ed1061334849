/**
 * The host's accent colour (`data-accent`), used only where it keeps the page readable: at
 * least 4.5:1 against the scheme's backgrounds, with button text (white or near black) that
 * reaches 4.5:1 on it. Otherwise the scheme keeps the app's own accent.
 */

/** The app's backgrounds per scheme (src/styles/app.css): page, surface, selected option. */
const backgrounds = {
  light: ['#ffffff', '#f4f6f8', '#e3ecf9'],
  dark: ['#121519', '#1c2127', '#1e2b40'],
};
const buttonTexts = ['#ffffff', '#0b1220'];
const MIN_CONTRAST = 4.5;

function luminance(hex: string): number {
  const channel = (at: number) => {
    const value = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The WCAG contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The custom properties that put the accent in the scheme, or null when it would not be readable there. */
export function accentProperties(accent: string, scheme: 'light' | 'dark'): Record<string, string> | null {
  if (backgrounds[scheme].some((background) => contrast(accent, background) < MIN_CONTRAST)) return null;
  const text = buttonTexts.reduce((best, candidate) =>
    contrast(accent, candidate) > contrast(accent, best) ? candidate : best,
  );
  if (contrast(accent, text) < MIN_CONTRAST) return null;
  return { '--accent': accent, '--accent-hover': accent, '--focus': accent, '--accent-text': text };
}

/**
 * The host's theme and accent on the embed page. `light` and `dark` fix the scheme
 * (embed.css); `auto` follows the reader's system, as the app does. The accent is set as
 * custom properties through the CSSOM, which the page's style-src policy allows.
 */
import type { EmbedOptions } from './options';

const names = ['--accent', '--accent-hover', '--focus', '--accent-text'];

export function applyTheme({ theme, accent }: Pick<EmbedOptions, 'theme' | 'accent'>, win: Window = window): void {
  const root = win.document.documentElement;
  if (theme !== 'auto') root.dataset.theme = theme;
  if (!accent) return;
  // Most embeds keep the app's accent: the contrast checks load only for those that do not.
  void import('./accent').then(({ accentProperties }) => {
    const dark = win.matchMedia('(prefers-color-scheme: dark)');
    const paint = () => {
      const scheme = theme === 'auto' ? (dark.matches ? 'dark' : 'light') : theme;
      const properties = accentProperties(accent, scheme);
      for (const name of names) root.style.removeProperty(name);
      for (const [name, value] of Object.entries(properties ?? {})) root.style.setProperty(name, value);
    };
    paint();
    if (theme === 'auto') dark.addEventListener('change', paint);
  });
}

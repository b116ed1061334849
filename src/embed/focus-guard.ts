/**
 * An embed must not take focus (or, with it, scroll the host page) before the person uses it.
 * Each screen's heading takes focus as it appears (components/screen-heading.tsx); in the
 * frame, calls to focus() are ignored until the first pointer press, key press or focus that
 * came from the person (a Tab into the frame), and behave as usual from then on.
 */
const firstUse = ['pointerdown', 'keydown', 'focusin'] as const;

export function holdFocusUntilUsed(win: Window & typeof globalThis = window): void {
  const prototype = win.HTMLElement.prototype;
  const focus = Object.getOwnPropertyDescriptor(prototype, 'focus');
  if (!focus) return;
  Object.defineProperty(prototype, 'focus', { ...focus, value: () => undefined });
  const release = () => {
    Object.defineProperty(prototype, 'focus', focus);
    for (const type of firstUse) win.removeEventListener(type, release, true);
  };
  for (const type of firstUse) win.addEventListener(type, release, true);
}

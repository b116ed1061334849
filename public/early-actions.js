// Role Fit, before the app has loaded: the landing page is plain HTML (prerendered at build).
// A click on Start or Compare is noted on #root, and the app acts on it as it starts
// (src/early-action.ts). Once the app has started it handles clicks itself.
document.addEventListener(
  'click',
  (event) => {
    const root = document.getElementById('root');
    const button = event.target instanceof Element ? event.target.closest('[data-early-action]') : null;
    if (!root || !button || root.hasAttribute('data-started')) return;
    root.dataset.earlyAction = button.getAttribute('data-early-action') ?? '';
  },
  { capture: true },
);

// Role Fit's landing page before the app runs. The build prerenders the page into index.html
// (scripts/prerender-plugin.ts) and preloads the app's script without running it.

// A click on Start or Compare is noted on #root: the app carries it out as it starts
// (src/early-action.ts). Once the app has started it handles clicks itself, and this listener
// removes itself at the next click.
/** @param {MouseEvent} event */
const noteEarlyClick = (event) => {
  const root = document.getElementById('root');
  if (!root || root.hasAttribute('data-started')) {
    document.removeEventListener('click', noteEarlyClick, { capture: true });
    return;
  }
  const button = event.target instanceof Element ? event.target.closest('[data-early-action]') : null;
  if (button) root.dataset.earlyAction = button.getAttribute('data-early-action') ?? '';
};
document.addEventListener('click', noteEarlyClick, { capture: true });

// The app's script runs once the landing page has painted: evaluating it takes about 0.4 s on
// a slow phone, and the page should not wait for that. A frame, then a task after its paint.
const app = document.querySelector('link[rel="modulepreload"][data-app]');
if (app instanceof HTMLLinkElement) {
  requestAnimationFrame(() => {
    setTimeout(() => {
      const script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = '';
      script.src = app.href;
      document.head.append(script);
    }, 0);
  });
}

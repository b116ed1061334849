/**
 * The demo host page (issue 23): a page of another site with Role Fit embedded, under a strict
 * policy of its own: scripts, frames and styles from the app's origin only, nothing inline.
 * `npm start` and `vite preview` serve it at /embed-demo.html (scripts/embed-plugin.ts); the
 * end-to-end tests serve the same page from another origin (tests/e2e/support/embed-host.ts).
 */

/** The host page's Content-Security-Policy: the app's origin for scripts, frames, styles and images, nothing inline. */
export function demoHostPolicy(appOrigin: string): string {
  return [
    "default-src 'none'",
    `script-src ${appOrigin}`,
    `frame-src ${appOrigin}`,
    `style-src ${appOrigin}`,
    `img-src ${appOrigin}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export interface DemoOptions {
  /** The data-* attributes of each embed, as written in the page (trusted: tests and the demo only). */
  embeds?: string[];
  /** Whether to load the demo's example listener (public/embed-demo.js). */
  listener?: boolean;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The demo page's HTML, for the app at `appOrigin` (`http://127.0.0.1:5173`, no trailing slash). */
export function demoHostPage(
  appOrigin: string,
  { embeds = ['data-theme="auto" data-emit="result"'], listener = true }: DemoOptions = {},
): string {
  const app = escapeHtml(appOrigin);
  const blocks = embeds
    .map(
      (attributes, index) => `
      <section aria-labelledby="embed-${index}-title">
        <h2 id="embed-${index}-title">${index === 0 ? 'Which product role should you hire next?' : `Role Fit, embed ${index + 1}`}</h2>
        <div data-role-fit ${attributes}>
          <p><a href="${app}/">Open Role Fit</a> (it shows here once its script has loaded).</p>
        </div>
      </section>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Example Co careers · Role Fit embed demo</title>
    <link rel="stylesheet" href="${app}/embed-demo.css" />
  </head>
  <body>
    <header>
      <a id="host-before" href="#about">Example Co</a>
    </header>
    <main>
      <h1>Hiring at Example Co</h1>
      <p>This page stands for another site: it embeds Role Fit with three lines and listens to its events.</p>
      <label for="host-search">Search the careers page</label>
      <input id="host-search" type="search" />${blocks}
      <section aria-labelledby="events-title">
        <h2 id="events-title">Events from the embed</h2>
        <ol id="rolefit-log"></ol>
      </section>
    </main>
    <footer id="about">
      <p>Example Co is not a real company. <a id="host-after" href="#top">Back to the top</a></p>
    </footer>
    <script src="${app}/embed.js" async></script>${listener ? `\n    <script src="${app}/embed-demo.js" defer></script>` : ''}
  </body>
</html>
`;
}

/**
 * embed.js, the loader a host page includes: `<script src="…/embed.js" async></script>`. It
 * turns every `<div data-role-fit>` into an iframe of this app's embed page, sizes the frame
 * to what the page reports, and re-dispatches the page's messages as DOM events on the
 * element: `rolefit:ready`, `rolefit:resize` and, when `data-emit="result"`, `rolefit:result`.
 * It accepts a message only from the app's origin and from the frame it made for that id.
 * It adds no <style> and no style attribute in markup: sizes are set on the frame through
 * the CSSOM, which a host's `style-src` does not govern. Built as a classic script (IIFE).
 */
import { optionsQuery, readOptions } from './options';
import { readMessage } from './protocol';

/** Space kept for the frame before the page reports its height: about the landing page's. */
const RESERVED_HEIGHT = 720;
const SELECTOR = '[data-role-fit]:not([data-role-fit-id])';

interface Mounted {
  frame: HTMLIFrameElement;
  element: HTMLElement;
  emitResult: boolean;
}

const script = document.currentScript as HTMLScriptElement | null;
const page = new URL(
  'embed.html',
  script?.src ?? document.querySelector<HTMLScriptElement>('script[src*="embed.js"]')?.src,
);
const appOrigin = page.origin;
const mounted = new Map<string, Mounted>();

function mount(element: HTMLElement): void {
  const options = readOptions((name) => element.getAttribute(`data-${name}`));
  const id = `rf-${mounted.size + 1}-${Math.random().toString(36).slice(2, 10)}`;
  element.setAttribute('data-role-fit-id', id);
  const src = new URL(page);
  src.searchParams.set('id', id);
  src.searchParams.set('host', location.origin);
  for (const [name, value] of optionsQuery(options)) src.searchParams.set(name, value);
  const frame = document.createElement('iframe');
  frame.src = src.href;
  frame.title = 'Role Fit: find your next product hire';
  frame.allow = 'clipboard-write';
  frame.loading = 'lazy';
  const { style } = frame;
  style.display = 'block';
  style.width = '100%';
  style.border = '0';
  style.height = `${RESERVED_HEIGHT}px`;
  // Whatever the host put inside (a fallback link) gives way to the frame.
  element.replaceChildren(frame);
  mounted.set(id, { frame, element, emitResult: options.emitResult });
}

function scan(): void {
  document.querySelectorAll<HTMLElement>(SELECTOR).forEach(mount);
}

addEventListener('message', (event) => {
  if (event.origin !== appOrigin) return;
  const message = readMessage(event.data);
  const embed = message && mounted.get(message.id);
  if (!message || !embed || event.source !== embed.frame.contentWindow) return;
  if (message.type === 'resize') embed.frame.style.height = `${message.payload.height}px`;
  if (message.type === 'result' && (!embed.emitResult || !message.payload.shareLink.startsWith(`${appOrigin}/`)))
    return;
  embed.element.dispatchEvent(new CustomEvent(`rolefit:${message.type}`, { bubbles: true, detail: message.payload }));
});

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
else scan();
// Elements added later (a single-page host) are picked up too.
new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });

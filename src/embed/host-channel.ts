/**
 * The embed page's side of the protocol: where it may post, and what it posts. It posts only
 * to the host origin the loader gave it, and only when that origin really is the frame's
 * parent (where the browser can tell: `location.ancestorOrigins`). It listens to nothing: the
 * host's only input is the frame's address, read once by `readOptions`.
 */
import { isEmbedId, message, type MessageType, type Payloads } from './protocol';

export type Post = <T extends MessageType>(type: T, payload: Payloads[T]) => void;

/** `value` as an http(s) origin, exactly as `URL.origin` writes it; null otherwise. */
export function readOrigin(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value ? value : null;
  } catch {
    return null;
  }
}

/**
 * How to reach the host that framed this page, or null when there is none to trust: no
 * loader (a plain iframe), a malformed id or origin, or an origin that is not the parent's.
 */
export function hostChannel(query: URLSearchParams, win: Window = window): Post | null {
  const id = query.get('id');
  const host = readOrigin(query.get('host'));
  if (!isEmbedId(id) || !host || win.parent === win) return null;
  const parentOrigin = (win.location as Partial<Location>).ancestorOrigins?.[0];
  // "null" when the host's referrer policy hides it; postMessage's target origin still holds.
  if (parentOrigin !== undefined && parentOrigin !== 'null' && parentOrigin !== host) return null;
  return (type, payload) => {
    win.parent.postMessage(message(id, type, payload), host);
  };
}

/**
 * Reports the page's height whenever it changes. The page's own box is measured, never the
 * frame's viewport (scrollHeight is at least the viewport: a frame could then only grow).
 */
export function reportHeight(post: Post, doc: Document = document): () => void {
  let last = -1;
  const measure = () => {
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post('resize', { height });
  };
  const observer = new ResizeObserver(measure);
  observer.observe(doc.documentElement);
  observer.observe(doc.body);
  measure();
  return () => {
    observer.disconnect();
  };
}

/**
 * The messages between the embed page and the loader (embed.js), version 1. Every message is
 * `{ source: 'role-fit', version: 1, id, type, payload }`; `id` names the embed on the host page.
 * The embed page only ever posts to the host origin the loader gave it; the loader only takes
 * messages from the app's origin and from the very frame it made for that id. The host sends
 * the embed nothing: its options travel in the frame's address and are read by `readOptions`.
 */

export const SOURCE = 'role-fit';
export const VERSION = 1;

/** One hire of the plan, as the result event carries it (src/engine/scoring/plan.ts says what each field means). */
export interface ResultHire {
  role: string;
  title: string;
  count: number;
  /** When to hire, as the plan words it: `now`, then later steps such as `later`. */
  when: string;
  partTime: boolean;
}

/**
 * All that ever leaves the frame about a result, and only when the host opted in
 * (`data-emit="result"`). The share link holds the answers, as any share link does.
 */
export interface ResultPayload {
  outcome: string;
  status: string;
  hires: ResultHire[];
  shareLink: string;
}

export interface Payloads {
  ready: Record<string, never>;
  resize: { height: number };
  result: ResultPayload;
}

export type MessageType = keyof Payloads;

export interface EmbedMessage<T extends MessageType = MessageType> {
  source: typeof SOURCE;
  version: typeof VERSION;
  id: string;
  type: T;
  payload: Payloads[T];
}

/** Any one of the messages, told apart by `type`. */
export type AnyMessage = { [T in MessageType]: EmbedMessage<T> }[MessageType];

/** An embed id as the loader makes them: a short run of letters, digits and dashes. */
export const isEmbedId = (value: unknown): value is string => typeof value === 'string' && /^[\w-]{1,64}$/.test(value);

/** Heights the loader accepts, in CSS pixels: enough for any screen, never endless. */
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 20_000;

export function message<T extends MessageType>(id: string, type: T, payload: Payloads[T]): EmbedMessage<T> {
  return { source: SOURCE, version: VERSION, id, type, payload };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function readHire(value: unknown): ResultHire | null {
  if (!isRecord(value)) return null;
  const { role, title, count, when, partTime } = value;
  if (typeof role !== 'string' || typeof title !== 'string' || typeof partTime !== 'boolean') return null;
  if (!Number.isSafeInteger(count) || typeof when !== 'string' || !/^[a-z-]{1,20}$/.test(when)) return null;
  return { role, title, count: count as number, when, partTime };
}

function readResult(value: Record<string, unknown>): ResultPayload | null {
  const { outcome, status, hires, shareLink } = value;
  if (typeof outcome !== 'string' || typeof status !== 'string' || typeof shareLink !== 'string') return null;
  if (!Array.isArray(hires)) return null;
  const read = hires.map(readHire);
  return read.every((hire) => hire !== null) ? { outcome, status, hires: read, shareLink } : null;
}

/**
 * `data` as one of our messages, rebuilt from the documented fields only (anything else is
 * dropped); null when it is not one. It says nothing of where the message came from: the
 * loader checks the origin and the frame itself.
 */
export function readMessage(data: unknown): AnyMessage | null {
  if (!isRecord(data)) return null;
  const { source, version, id, type, payload } = data;
  if (source !== SOURCE || version !== VERSION || !isEmbedId(id) || !isRecord(payload)) return null;
  if (type === 'ready') return message(id, type, {});
  if (type === 'resize') {
    const { height } = payload;
    if (typeof height !== 'number' || !Number.isFinite(height)) return null;
    return message(id, type, { height: Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height))) });
  }
  if (type === 'result') {
    const result = readResult(payload);
    return result && message(id, type, result);
  }
  return null;
}

/**
 * Saved progress in localStorage: read and checked on the way in, written on every change.
 * Nothing the user had is silently destroyed: an unreadable value is backed up before it is
 * removed (or left as it is when no backup can be written), and progress saved by a newer
 * Role Fit is never overwritten.
 */
import type { Bank } from '../engine';
import { safeStorage } from './safe-storage';
import { restoreProgress, type SavedProgress } from './saved-progress';

/** Every key this app writes starts with this. */
export const STORAGE_PREFIX = 'role-fit:';
/** Where progress is saved. */
export const STORAGE_KEY = `${STORAGE_PREFIX}v1`;
/** Where unreadable saved data is kept. */
export const BACKUP_KEY = `${STORAGE_PREFIX}unreadable-backup`;
/** The envelope's version: `{ state: SavedProgress, version }`. Version 0 (a development build) had the same shape. */
const STORAGE_VERSION = 1;

/**
 * Whether changes are being saved: 'on'; 'unavailable' (storage blocked or full); 'newer'
 * (a newer Role Fit's progress is kept as it is); 'unreadable' (unreadable progress could not
 * be backed up, so it is kept where it is).
 */
export type Saving = 'on' | 'unavailable' | 'newer' | 'unreadable';

/** What loading found besides progress: unreadable progress 'backed-up', or 'left-in-place'. */
export type RestoreProblem = 'backed-up' | 'left-in-place' | null;

export interface Loaded {
  progress: SavedProgress | null;
  saving: Saving;
  problem: RestoreProblem;
}

export interface ProgressStorage {
  load: () => Loaded;
  /** Saves progress (a fresh start leaves storage empty); returns whether saving works. */
  save: (progress: SavedProgress) => Saving;
  /** Removes everything Role Fit keeps in this browser, a newer version's progress included. */
  clear: () => Saving;
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True for a value written by a later Role Fit: a whole version number above this one's. */
function isNewer(value: unknown): boolean {
  return isRecord(value) && Number.isSafeInteger(value.version) && (value.version as number) > STORAGE_VERSION;
}

/** The progress inside a saved envelope, checked against the bank; undefined when anything is wrong. */
function readEnvelope(bank: Bank, value: unknown): SavedProgress | undefined {
  if (!isRecord(value) || Object.keys(value).length !== 2 || !Object.hasOwn(value, 'state')) return undefined;
  if (value.version !== 0 && value.version !== STORAGE_VERSION) return undefined;
  return restoreProgress(bank, value.state);
}

const isFresh = (progress: SavedProgress): boolean =>
  progress.step === 'landing' && Object.keys(progress.answers).length === 0;

/** `getStorage` is called on each access: reading `window.localStorage` itself may throw. */
export function createProgressStorage(bank: Bank, getStorage: () => Storage): ProgressStorage {
  let failures = 0;
  const storage = safeStorage(getStorage, {
    onUnavailable: () => {
      failures++;
    },
  });
  let saving: Saving = 'on';
  let lastWritten: string | null = null;

  /** Runs storage calls and reports whether all of them worked. */
  const attempt = (calls: () => void): Saving => {
    const before = failures;
    calls();
    return failures === before ? 'on' : 'unavailable';
  };

  return {
    load: () => {
      const before = failures;
      const raw = storage.read(STORAGE_KEY);
      saving = failures === before ? 'on' : 'unavailable';
      if (raw === null) return { progress: null, saving, problem: null };
      const value = parseJson(raw);
      if (isNewer(value)) return { progress: null, saving: (saving = 'newer'), problem: null };
      const progress = readEnvelope(bank, value);
      if (progress) {
        lastWritten = raw;
        return { progress, saving, problem: null };
      }
      // The original goes only once its copy reads back word for word: the notice names where it is.
      if (storage.write(BACKUP_KEY, raw) && storage.read(BACKUP_KEY) === raw) {
        storage.remove(STORAGE_KEY);
        return { progress: null, saving, problem: 'backed-up' };
      }
      return { progress: null, saving: (saving = 'unreadable'), problem: 'left-in-place' };
    },
    save: (progress) => {
      if (saving === 'newer' || saving === 'unreadable') return saving;
      // A newer Role Fit in another tab may have saved since this one loaded.
      if (isNewer(parseJson(storage.read(STORAGE_KEY)))) return (saving = 'newer');
      const text = isFresh(progress) ? null : JSON.stringify({ state: progress, version: STORAGE_VERSION });
      if (text === lastWritten && saving === 'on') return saving;
      saving = attempt(() => {
        if (text === null) storage.remove(STORAGE_KEY);
        else storage.write(STORAGE_KEY, text);
      });
      lastWritten = saving === 'on' ? text : null;
      return saving;
    },
    clear: () => {
      saving = attempt(() => {
        for (const key of storage.keys(STORAGE_PREFIX)) storage.remove(key);
      });
      lastWritten = null;
      return saving;
    },
  };
}

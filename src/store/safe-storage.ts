/**
 * Browser storage that never throws: a blocked or full localStorage turns into a reported
 * failure, so the app keeps working in memory instead of crashing.
 */
export interface StorageReport {
  /** Called when reading or writing failed (storage blocked, quota exceeded...). */
  onUnavailable: () => void;
}

export interface SafeStorage {
  read: (key: string) => string | null;
  write: (key: string, value: string) => boolean;
  remove: (key: string) => void;
  /** Every key that starts with the prefix. */
  keys: (prefix: string) => string[];
}

/** `getStorage` is called on each access: reading `window.localStorage` itself may throw. */
export function safeStorage(getStorage: () => Storage, report: StorageReport): SafeStorage {
  const attempt = <T>(action: (storage: Storage) => T, fallback: T): T => {
    try {
      return action(getStorage());
    } catch {
      report.onUnavailable();
      return fallback;
    }
  };
  return {
    read: (key) => attempt((storage) => storage.getItem(key), null),
    write: (key, value) =>
      attempt((storage) => {
        storage.setItem(key, value);
        return true;
      }, false),
    remove: (key) => {
      attempt((storage) => {
        storage.removeItem(key);
      }, undefined);
    },
    keys: (prefix) =>
      attempt((storage) => {
        const found: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key?.startsWith(prefix)) found.push(key);
        }
        return found;
      }, []),
  };
}

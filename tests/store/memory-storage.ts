/** A Storage held in a Map, shared by several stores the way tabs share localStorage. */
export class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  /** Every write and removal, in order: "set key" or "remove key". */
  readonly log: string[] = [];
  /** Keys whose writes throw, as a full quota does. */
  readonly full = new Set<string>();

  constructor(items: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(items)) this.#items.set(key, value);
  }

  get length(): number {
    return this.#items.size;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.full.has(key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.log.push(`set ${key}`);
    this.#items.set(key, value);
  }

  removeItem(key: string): void {
    this.log.push(`remove ${key}`);
    this.#items.delete(key);
  }

  clear(): void {
    this.#items.clear();
  }

  /** What is stored, as a plain object. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.#items);
  }
}

/** A storage whose every use throws, as a browser that blocks storage does. */
export const blockedStorage = (): Storage => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

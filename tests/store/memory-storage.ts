/** A Storage held in a Map, shared by several stores the way tabs share localStorage. */
export class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  /** Every write and removal, in order: "set key" or "remove key". */
  readonly log: string[] = [];
  /** Keys whose writes throw, as a full quota does. */
  readonly full = new Set<string>();
  /** Keys whose writes return without keeping anything, as a broken storage might. */
  readonly loses = new Set<string>();
  /** The characters of every key and value together that fit, as a browser's quota counts them. */
  quota = Infinity;

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
    if (this.full.has(key) || this.#sizeWith(key, value) > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.log.push(`set ${key}`);
    if (!this.loses.has(key)) this.#items.set(key, value);
  }

  removeItem(key: string): void {
    this.log.push(`remove ${key}`);
    this.#items.delete(key);
  }

  clear(): void {
    this.#items.clear();
  }

  /** What every key and value would count against the quota once this one is set. */
  #sizeWith(key: string, value: string): number {
    let size = key.length + value.length;
    for (const [other, text] of this.#items) if (other !== key) size += other.length + text.length;
    return size;
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

// Answers remembered by string key, within a bound: names and words repeat within and across articles
// (`Lorne` is folded hundreds of times), but a feed of millions of articles must not grow a cache
// without end, so a full cache starts again empty.

export class BoundedCache<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly max = 50_000) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, value);
  }
}

/**
 * Unique ids from bases: the base itself, then `base-2`, `base-3`, … (the smallest suffix free).
 *
 * Each base remembers the last suffix it handed out, so a base taken a thousand times costs a thousand
 * steps, not half a million: `a US official` speaks in hundreds of articles, and each is its own
 * speaker with its own id (`a-us-official`, `a-us-official-2`, …). Ids are only ever added, so the
 * smallest free suffix never goes down and the counter can start from the last one.
 */
export class UniqueIds {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();

  take(base: string): string {
    let id = base;
    if (this.used.has(id)) {
      let n = this.next.get(base) ?? 2;
      while (this.used.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      this.next.set(base, n + 1);
    }
    this.used.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.used.has(id);
  }

  /** Marks an id taken without asking for it (ids that come from elsewhere). */
  add(id: string): void {
    this.used.add(id);
  }
}

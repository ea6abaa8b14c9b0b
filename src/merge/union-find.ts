// Disjoint sets over 0..n-1, for clustering speakers and statements; the smaller index is the root,
// so a cluster's id follows its earliest member.
export class UnionFind {
  private readonly parent: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[i] !== r) {
      const next = this.parent[i];
      this.parent[i] = r;
      i = next;
    }
    return r;
  }

  union(a: number, b: number): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }

  /** The members of each set, by root, in index order. */
  groups<T>(items: T[]): T[][] {
    const byRoot = new Map<number, T[]>();
    items.forEach((item, i) => {
      const root = this.find(i);
      const g = byRoot.get(root);
      if (g) g.push(item);
      else byRoot.set(root, [item]);
    });
    return [...byRoot.values()];
  }
}

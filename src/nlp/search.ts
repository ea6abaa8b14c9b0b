/**
 * The first index in [0, n) for which `before(i)` is false, where `before` is true on a prefix of the
 * range and false after it: one binary search for every sorted list in the stages (tokens by offset,
 * mentions by token, speakers by token, mention positions).
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

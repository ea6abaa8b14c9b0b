// One array shape whatever V8 tier runs the code that builds it.
//
// V8's Array.prototype.map returns a PACKED array when it runs as a builtin but a HOLEY one when
// TurboFan inlines it. So a layer built with `map` (`quotes`, `found`, a name's `form`) changes shape
// once the function that builds it is optimised, and every optimised function that reads it meets an
// array of a map it never saw: it deoptimises and is compiled again. On a 10 MB corpus that made
// `attribute` compile 5 times and `findEntities` 3 times in every worker (70–110 ms each), for
// `quotes.forEach` and `found[k]`. A loop that pushes builds the same PACKED array in every tier.

/** `list.map(fn)`, as a PACKED array in interpreted and optimised code alike (see above). */
export function mapArray<T, U>(list: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(fn(list[i], i));
  return out;
}

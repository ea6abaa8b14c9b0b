// Span, Doc and the Layers registry.
//
// The article text never changes. Every stage reads the layers before it and adds one new layer of
// plain JSON annotations located by [start, end) UTF-16 offsets into that text.

/** A located piece of the article text: `text.slice(start, end) === span.text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A half-open range without its text, for internal layers where copying the text would be waste. */
export interface Range {
  start: number;
  end: number;
}

/**
 * A range whose annotation holds nothing but strings, numbers and booleans besides it (a token): the
 * runner checks its range like any other and does not walk into it for more spans. A stage makes such
 * annotations with a class that extends this one; any other object is walked whole. Two million tokens
 * per 10 MB, walked key by key, were 5% of the analysis.
 */
export class FlatRange implements Range {
  // `declare`: plain assignments in the constructor, not class fields defined first and assigned after.
  declare start: number;
  declare end: number;
  constructor(start: number, end: number) {
    this.start = start;
    this.end = end;
  }
}

/**
 * The registry of layers, by name and type. The built-in layers are declared in layers.ts; a user's
 * stage adds its own the same way, by interface augmentation:
 *
 *     declare module 'whosaid/…/core/doc.js' { interface Layers { social: SocialQuote[] } }
 *
 * so that built-in stages and a user's extractor are typed the same way.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging (layers.ts, a user's stage)
export interface Layers {}

export type LayerName = keyof Layers & string;

export interface Doc {
  /** Article id: the file name without its extension. */
  id: string;
  /** The article text as decoded from its file (BOM removed, line endings untouched). */
  text: string;
  /** Layers added so far, by name. */
  layers: Partial<Layers>;
}

export function createDoc(id: string, text: string): Doc {
  return { id, text, layers: {} };
}

/** The span of `text` between `start` and `end`, with its text. */
export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Reads a layer that a stage declared in `requires`; throws a clear error when it is missing. */
export function layer<N extends LayerName>(doc: Doc, name: N): Layers[N] {
  const value = doc.layers[name];
  if (value === undefined) throw new Error(`layer "${name}" is missing: add the stage that provides it earlier in the pipeline`);
  return value as Layers[N];
}

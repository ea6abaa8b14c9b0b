// The one full parse of every article: wink-nlp's tokenizer, POS tagger and sentence splitter.
// The model is loaded once per process (per worker thread) on first use.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | null = null;

export function wink(): Wink {
  if (!nlp) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** wink's tokens as parallel arrays: no object per token, since a parse allocates for every word. */
export interface RawTokens {
  values: string[];
  pos: string[];
  /** Index of the wink sentence each token belongs to. */
  sentence: Int32Array;
}

/** Tokens of `text` with POS tags and wink's sentence index, in order. */
export function winkTokens(text: string): RawTokens {
  const w = wink();
  const its = w.its;
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  const sentence = new Int32Array(values.length);
  let s = 0;
  doc.sentences().each((one: { out(f: unknown): unknown }) => {
    const [first, last] = one.out(its.span) as unknown as [number, number];
    sentence.fill(s, first, Math.min(last + 1, values.length));
    s++;
  });
  return { values, pos, sentence };
}

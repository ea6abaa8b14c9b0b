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

export interface RawToken {
  value: string;
  pos: string;
  precedingSpaces: string;
  /** Index of the wink sentence the token belongs to. */
  sentence: number;
}

/** Tokens of `text` with POS tags and wink's sentence index, in order. */
export function winkTokens(text: string): RawToken[] {
  const w = wink();
  const its = w.its;
  const doc = w.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const out: RawToken[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = { value: values[i], pos: pos[i], precedingSpaces: spaces[i], sentence: 0 };
  let s = 0;
  doc.sentences().each((sentence: { out(f: unknown): unknown }) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    for (let i = first; i <= last && i < out.length; i++) out[i].sentence = s;
    s++;
  });
  return out;
}

// Sentences: wink's sentences, cut again at paragraph ends (a headline line is its own sentence), and
// joined again where wink cut before a lower-case word: `Tom Vale (R-Tex.) said on Monday` is one
// sentence, whatever the abbreviation's full stop inside the bracket looked like; and where it cut after a full
// stop with no space after it (`R-N.Y.`).

import { layer } from '../core/doc.js';
import type { Sentence } from '../core/layers.js';
import { builtInStage } from '../core/stage.js';
import { isTitleDot } from '../nlp/lexicon.js';

const LOWER = /\p{Ll}/u;

export const sentences = () =>
  builtInStage({
    name: 'sentences',
    options: {},
    requires: ['tokens', 'paragraphs'],
    provides: 'sentences',
    run(doc) {
      const toks = layer(doc, 'tokens');
      const paras = layer(doc, 'paragraphs');
      const out: Sentence[] = [];
      let p = 0;
      let cur: Sentence | null = null;
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        if (t.pos === 'SPACE') continue;
        while (p < paras.length && paras[p].end <= t.start) p++;
        if (p >= paras.length) break;
        if (t.start < paras[p].start) continue;
        const prev = cur ? toks[cur.tokenEnd - 1] : null;
        // (`Rep. Ann Roe, R-N.Y., said`: a full stop with no space after it ends no sentence, where wink cut after `N.`)
        const glued = prev?.end === t.start;
        // (`then-Sen. Ann Roe said`: a title's dot, split from it by the tokenizer, ends no sentence before a name)
        const title = !!cur && isTitleDot(toks, cur.tokenEnd - 1) && t.pos === 'PROPN';
        const startsNew =
          !cur || cur.paragraph !== p || (prev!.sentence !== t.sentence && !LOWER.test(doc.text[t.start]) && !glued && !title);
        if (startsNew) {
          cur = { start: t.start, end: t.end, paragraph: p, tokenStart: i, tokenEnd: i + 1 };
          out.push(cur);
        } else if (cur) {
          cur.end = t.end;
          cur.tokenEnd = i + 1;
        }
      }
      return out;
    },
  });

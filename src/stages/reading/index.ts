// The reading stage: one reading of the article (reading.ts) that coreference and attribution both
// require, made once, so that the second reads the answers the first memoised (`isSpeechVerb` of a
// token near a quote). An internal layer: never written to the record.
import { layer } from '../../core/doc.js';
import { builtInStage } from '../../core/stage.js';
import { readingOf } from './reading.js';

export const reading = () =>
  builtInStage({
    name: 'reading',
    options: {},
    requires: ['tokens', 'sentences', 'paragraphs', 'quotes', 'entities'],
    provides: 'reading',
    run(doc) {
      return readingOf(doc.text, {
        tokens: layer(doc, 'tokens'),
        sentences: layer(doc, 'sentences'),
        paragraphs: layer(doc, 'paragraphs'),
        quotes: layer(doc, 'quotes'),
        entities: layer(doc, 'entities'),
      });
    },
  });

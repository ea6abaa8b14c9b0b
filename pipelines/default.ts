// The default whosaid pipeline: each stage reads the layers before it and adds one of its own.
import { definePipeline } from '../src/pipeline.js';
import { paragraphs } from '../src/stages/paragraphs.js';
import { tokens } from '../src/stages/tokens.js';
import { sentences } from '../src/stages/sentences.js';
import { quotes } from '../src/stages/quotes.js';
import { entities } from '../src/stages/entities.js';
import { attribution } from '../src/stages/attribution.js';

export default definePipeline('default', [
  paragraphs(), // lines, boilerplate ("See also …", comment forms) and headlines marked
  tokens(), // the one wink-nlp parse: tokens, POS, wink's sentences
  sentences(), // wink's sentences cut again at paragraph ends
  quotes(), // quotation-mark scanner over the raw text
  entities(), // people and organisations, titles stripped, short forms and typos linked
  attribution(), // sieves: who said each quote, with cue and confidence
]);

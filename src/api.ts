// The programmatic API: build a pipeline, analyse one article, merge many. No file system, no Node
// built-ins: it runs wherever the wink model runs, a browser bundle included.
import { definePipeline, runPipeline, type Pipeline } from './pipeline.js';
import type { Stage } from './stage.js';
import { toRecord, type ArticleRecord } from './article.js';
import { paragraphs } from './stages/paragraphs.js';
import { tokens } from './stages/tokens.js';
import { sentences } from './stages/sentences.js';
import { quotes } from './stages/quotes.js';
import { entities } from './stages/entities.js';
import { coreference } from './stages/coreference.js';
import { attribution } from './stages/attribution.js';
import { sha256Hex } from './util/sha256.js';

/** The stages of the default pipeline, in order; each reads the layers before it. */
export function defaultStages(): Stage[] {
  return [
    paragraphs(), // lines, boilerplate ("See also …", comment forms) and headlines marked
    quotes(), // quotation-mark scanner over the raw text
    tokens(), // wink-nlp's parse (tokens, POS, sentences) of the paragraphs with a quote or speech word
    sentences(), // wink's sentences cut again at paragraph ends
    entities(), // people and organisations, titles stripped, short forms and typos linked
    coreference(), // what each pronoun and description refers to, in text order
    attribution(), // sieves: who said each quote, with cue and confidence; quote or not
  ] as Stage[];
}

export interface PipelineOptions {
  /** Shown in each record's `article.pipeline` (default `default`, or `custom` when stages are added). */
  name?: string;
  /** Stages run after the default ones: `createPipeline({ add: [socialMedia()] })`. */
  add?: Stage[];
  /** Replaces the default stages altogether. */
  stages?: Stage[];
}

/** A checked pipeline: a stage whose input comes later, or a layer made twice, throws here. */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const stages = [...(options.stages ?? defaultStages()), ...(options.add ?? [])];
  return definePipeline(options.name ?? (options.add?.length || options.stages ? 'custom' : 'default'), stages);
}

export interface ArticleInput {
  id: string;
  text: string;
  /** Where the text came from, for the record (default `<id>`). */
  source?: string;
}

/**
 * Analyses one article and returns its record as the CLI writes it (shared/spec/OUTPUT.md). Never
 * throws on bad text: a stage that fails becomes a fatal entry in `warnings`.
 */
export function runArticle(pipeline: Pipeline, input: ArticleInput): ArticleRecord {
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  const run = runPipeline(pipeline, input.id, text);
  return toRecord(run, { source: input.source ?? input.id, sha256: sha256Hex(input.text), pipeline: pipeline.name });
}

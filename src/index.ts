// The public API of `whosaid`: re-exports only, and nothing that needs Node (no fs, no workers), so a
// browser bundle can use it. The corpus runner, which reads and writes files, is `whosaid/node`.
//
//   import { createPipeline, runArticle, merge } from 'whosaid';
//   const pipeline = createPipeline();
//   const record = runArticle(pipeline, { id: 'a1', text: '“We made progress,” said Antony Blinken.' });
//   const corpus = merge([record]);
export { createPipeline, runArticle, defaultStages } from './api.js';
export type { PipelineOptions, ArticleInput } from './api.js';
export { merge } from './merge/index.js';
export type { Merged } from './merge/index.js';
export type { MergedSpeaker } from './merge/speakers.js';
export type { MergedStatement } from './merge/statements.js';
export type { ArticleRecord, ArticleQuote } from './article.js';
export { toRecord } from './article.js';
export type { Span, Range, Doc, Layers, LayerName } from './doc.js';
export { createDoc, layer, span } from './doc.js';
export type { Stage } from './stage.js';
export { defineStage } from './stage.js';
export type { Pipeline, RunResult } from './pipeline.js';
export { definePipeline, runPipeline, runStage } from './pipeline.js';
export type { Message, Report } from './message.js';
export { paragraphs } from './stages/paragraphs.js';
export { tokens } from './stages/tokens.js';
export { sentences } from './stages/sentences.js';
export { quotes, scanQuotes } from './stages/quotes.js';
export { entities } from './stages/entities.js';
export { attribution, SIEVE_CONFIDENCE } from './stages/attribution.js';
export type { AttributionOptions } from './stages/attribution.js';
export { coreference } from './stages/coreference.js';
export { defaultSieves } from './attribution/sieves/index.js';
export type { Sieve, Found } from './attribution/sieves/sieve.js';
export type { Reading, Referent } from './attribution/reading.js';

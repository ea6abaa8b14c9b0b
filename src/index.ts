export type { Reading, Referent } from './core/layers.js';
// The public API of `whosaid`: re-exports only, and nothing that needs Node (no fs, no workers), so a
// browser bundle can use it. The corpus runner, which reads and writes files, is `whosaid/node`.
//
//   import { createPipeline, analyseArticle, merge } from 'whosaid';
//   const pipeline = createPipeline();
//   const record = analyseArticle(pipeline, { id: 'a1', text: '“We made progress,” said Antony Blinken.' });
//   const corpus = merge([record]);
export { createPipeline, analyseArticle, defaultStages } from './api.js';
export type { PipelineOptions, ArticleInput } from './api.js';
export { merge } from './merge/index.js';
export type { Merged } from './merge/index.js';
export type { MergedSpeaker } from './merge/speakers.js';
export type { MergedStatement } from './merge/statements.js';
export type { ArticleRecord, ArticleQuote } from './core/record.js';
export { toRecord } from './core/record.js';
export type { Span, Range, Doc, Layers, LayerName } from './core/doc.js';
export { LAYERS } from './core/layers.js';
export type { LayerInfo, LayerOutput } from './core/layers.js';
export { createDoc, layer, span } from './core/doc.js';
export type { Stage } from './core/stage.js';
export { defineStage } from './core/stage.js';
export type { Pipeline, RunResult } from './core/pipeline.js';
export { definePipeline, runPipeline, runStage } from './core/pipeline.js';
export type { Message, Report } from './core/message.js';
export { paragraphs } from './stages/paragraphs.js';
export { tokens } from './stages/tokens.js';
export { sentences } from './stages/sentences.js';
export { quotes, scanQuotes } from './stages/quotes.js';
export { entities } from './stages/entities/index.js';
export { attribution } from './stages/attribution/index.js';
export type { AttributionOptions } from './stages/attribution/index.js';
export { reading } from './stages/reading/index.js';
export { coreference } from './stages/coreference.js';
export { defaultSieves } from './stages/attribution/sieves/index.js';
export type { Sieve, Found } from './stages/attribution/sieves/sieve.js';

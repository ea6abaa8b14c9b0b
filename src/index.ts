export type { ArticleInput, PipelineOptions } from './api.js';
// The public API of `whosaid`: re-exports only, and nothing that needs Node (no fs, no workers), so a
// browser bundle can use it. The corpus runner, which reads and writes files, is `whosaid/node`.
//
//   import { createPipeline, analyseArticle, merge } from 'whosaid';
//   const pipeline = createPipeline();
//   const record = analyseArticle(pipeline, { id: 'a1', text: '“We made progress,” said Anton Lorne.' });
//   const corpus = merge([record]);
export { analyseArticle, createPipeline, defaultStages } from './api.js';
export type { Doc, LayerName, Layers, Range, Span } from './core/doc.js';
export { createDoc, layer, span } from './core/doc.js';
export type { LayerInfo, LayerOutput, Reading, Referent } from './core/layers.js';
export { LAYERS } from './core/layers.js';
export type { Message, Report } from './core/message.js';
export type { Pipeline, RunResult } from './core/pipeline.js';
export { definePipeline, runPipeline, runStage } from './core/pipeline.js';
export type { ArticleQuote, ArticleRecord } from './core/record.js';
export { toRecord } from './core/record.js';
export type { Stage } from './core/stage.js';
export { defineStage } from './core/stage.js';
export type { Merged } from './merge/index.js';
export { merge } from './merge/index.js';
export type { MergedSpeaker } from './merge/speakers.js';
export type { MergedStatement } from './merge/statements.js';
export type { AttributionOptions } from './stages/attribution/index.js';
export { attribution } from './stages/attribution/index.js';
export { defaultSieves } from './stages/attribution/sieves/index.js';
export type { Found, Sieve } from './stages/attribution/sieves/sieve.js';
export { coreference } from './stages/coreference/index.js';
export { entities } from './stages/entities/index.js';
export { paragraphs } from './stages/paragraphs.js';
export { quotes, scanQuotes } from './stages/quotes.js';
export { reading } from './stages/reading/index.js';
export { sentences } from './stages/sentences.js';
export { tokens } from './stages/tokens/index.js';

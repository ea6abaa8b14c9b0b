// The programmatic API: build a pipeline, analyse one article, merge many. No file system, no Node
// built-ins: it runs wherever the wink model runs, a browser bundle included.

import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { defaultConfig, pipelineFromConfig } from './config.js';
import { configOf, definePipeline, type Pipeline, runPipeline } from './core/pipeline.js';
import { type ArticleRecord, toRecord } from './core/record.js';
import type { Stage } from './core/stage.js';

/** The stages of the default pipeline, in order (LAYERS in core/layers.ts says what each makes). */
export function defaultStages(): Stage[] {
  return pipelineFromConfig(defaultConfig()).stages as Stage[];
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
export function analyseArticle(pipeline: Pipeline, input: ArticleInput): ArticleRecord {
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  const run = runPipeline(pipeline, input.id, text);
  return toRecord(run, {
    source: input.source ?? input.id,
    sha256: bytesToHex(sha256(utf8ToBytes(input.text))),
    pipeline: pipeline.name,
    config: configOf(pipeline),
  });
}

// Pipelines as data: the stage list, each stage's options and the sieve list, as a JSON config that
// `whosaid --pipeline my.json` runs and every record shows (`article.config`), the way spaCy's config
// names its components. A stage of the user's own code is a module (`--pipeline my-pipeline.ts`).
//
//   { "name": "wire", "stages": ["paragraphs", { "stage": "quotes", "options": { "singles": false } }, …] }

import { LAYERS } from './core/layers.js';
import { definePipeline, type Pipeline } from './core/pipeline.js';
import type { Stage } from './core/stage.js';
import { attribution } from './stages/attribution/index.js';
import { defaultSieves } from './stages/attribution/sieves/index.js';
import { coreference } from './stages/coreference/index.js';
import { entities } from './stages/entities/index.js';
import { paragraphs } from './stages/paragraphs.js';
import { quotes } from './stages/quotes.js';
import { reading } from './stages/reading/index.js';
import { sentences } from './stages/sentences.js';
import { tokens } from './stages/tokens/index.js';

/** One stage of a config: its name, or its name and options. */
export type StageConfig = string | { stage: string; options?: Record<string, unknown> };

export interface PipelineConfig {
  /** Shown in each record's `article.pipeline`. */
  name: string;
  stages: StageConfig[];
}

type Options = Record<string, unknown>;

/** Each option of each built-in stage: its check, and how the stage takes it. */
const FACTORIES: Record<string, { options: Record<string, (v: unknown) => boolean>; make: (o: Options) => Stage }> = {
  paragraphs: {
    options: { boilerplate: (v) => Array.isArray(v) && v.every((p) => typeof p === 'string' && isPattern(p)) },
    // Patterns of the user's sources, read case-insensitively as the built-in ones are: `^Photo:`.
    make: (o) => paragraphs({ boilerplate: ((o.boilerplate as string[] | undefined) ?? []).map((p) => new RegExp(p, 'i')) }),
  },
  quotes: { options: { singles: (v) => typeof v === 'boolean' }, make: (o) => quotes({ singles: o.singles as boolean | undefined }) },
  tokens: {
    options: { parse: (v) => v === 'quotes' || v === 'all' },
    make: (o) => tokens({ parse: o.parse as 'quotes' | 'all' | undefined }),
  },
  sentences: { options: {}, make: () => sentences() },
  entities: { options: { gender: (v) => typeof v === 'boolean' }, make: (o) => entities({ gender: o.gender as boolean | undefined }) },
  reading: { options: {}, make: () => reading() },
  coreference: { options: {}, make: () => coreference() },
  attribution: {
    options: { sieves: (v) => Array.isArray(v) && v.every((s) => typeof s === 'string'), indirect: (v) => typeof v === 'boolean' },
    make: (o) =>
      attribution({
        ...(o.sieves === undefined ? {} : { sieves: (o.sieves as string[]).map(sieveNamed) }),
        ...(o.indirect === false ? { indirect: false } : {}),
      }),
  },
};

const isPattern = (p: string) => {
  try {
    new RegExp(p);
    return true;
  } catch {
    return false;
  }
};

function sieveNamed(name: string) {
  const sieve = defaultSieves().find((s) => s.name === name);
  if (!sieve)
    throw new Error(
      `no sieve "${name}": the sieves are ${defaultSieves()
        .map((s) => s.name)
        .join(', ')}`,
    );
  return sieve;
}

/** The default pipeline as data. */
export function defaultConfig(): PipelineConfig {
  return { name: 'default', stages: Object.keys(LAYERS) };
}

/**
 * Builds the pipeline a config describes. A stage, an option or a sieve it does not know throws, naming
 * the ones it knows: a typo in a config fails at start, not as a silently different pipeline.
 */
export function pipelineFromConfig(config: unknown): Pipeline {
  if (config === null || typeof config !== 'object' || !Array.isArray((config as PipelineConfig).stages)) {
    throw new Error('a pipeline config is an object with "stages": a list of stage names or { "stage", "options" }');
  }
  const { name = 'custom', stages } = config as Partial<PipelineConfig>;
  if (typeof name !== 'string') throw new Error('the config\'s "name" is not a string');
  return definePipeline(name, (stages as unknown[]).map(stageFromConfig));
}

function stageFromConfig(entry: unknown): Stage {
  const { stage, options = {} } = (typeof entry === 'string' ? { stage: entry } : (entry ?? {})) as { stage?: unknown; options?: unknown };
  const factory = typeof stage === 'string' && Object.hasOwn(FACTORIES, stage) ? FACTORIES[stage] : undefined;
  if (!factory) throw new Error(`no stage ${JSON.stringify(stage)}: the stages are ${Object.keys(FACTORIES).join(', ')}`);
  if (options === null || typeof options !== 'object') throw new Error(`stage "${stage}": "options" is not an object`);
  for (const [key, value] of Object.entries(options)) {
    const check = Object.hasOwn(factory.options, key) ? factory.options[key] : undefined;
    if (!check)
      throw new Error(
        `stage "${stage}" has no option "${key}"${Object.keys(factory.options).length ? ` (it has ${Object.keys(factory.options).join(', ')})` : ''}`,
      );
    if (!check(value)) throw new Error(`stage "${stage}": option "${key}" cannot be ${JSON.stringify(value)}`);
  }
  return factory.make(options as Options);
}

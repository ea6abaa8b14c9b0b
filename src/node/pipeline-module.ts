// Loads the pipeline a run names: a module whose default export is a pipeline (`--pipeline my.ts`), or
// a JSON config of built-in stages and options (`--pipeline my.json`, src/config.ts). The main thread
// and every worker load it the same way.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pipelineFromConfig } from '../config.js';
import type { Pipeline } from '../core/pipeline.js';

/** The pipeline at `url`; throws one sentence that says what is wrong with it. */
export async function loadPipeline(url: string): Promise<Pipeline> {
  const file = url.startsWith('file:') ? fileURLToPath(url) : url;
  if (file.endsWith('.json')) {
    let config: unknown;
    try {
      config = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`the pipeline config ${file} is not readable JSON: ${(error as Error).message}`);
    }
    try {
      return pipelineFromConfig(config);
    } catch (error) {
      throw new Error(`the pipeline config ${file}: ${(error as Error).message}`);
    }
  }
  let module: { default?: unknown };
  try {
    module = await import(url);
  } catch (error) {
    throw new Error(`the pipeline module ${file} cannot be loaded: ${String((error as Error).message).split('\n')[0]}`);
  }
  if (!isPipeline(module.default)) {
    throw new Error(
      `the pipeline module ${file} does not export a pipeline as its default (createPipeline() or definePipeline() makes one)`,
    );
  }
  return module.default;
}

const isPipeline = (value: unknown): value is Pipeline =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Pipeline).name === 'string' &&
  Array.isArray((value as Pipeline).stages) &&
  (value as Pipeline).stages.every(
    (s) => typeof s === 'object' && s !== null && typeof s.run === 'function' && typeof s.provides === 'string',
  );

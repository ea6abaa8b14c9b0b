import type { Doc, LayerName, Layers } from './doc.js';
import type { Report } from './message.js';

/**
 * A stage reads the layers it requires and returns the one layer it provides. It is made by a factory
 * that takes its options once (`quotes({ marks })`), the way unified plugins are.
 */
export interface Stage<Name extends LayerName = LayerName> {
  /** Stamps every message the stage reports. */
  name: string;
  /** Layers it reads. */
  requires: LayerName[];
  /** The one layer it returns. */
  provides: Name;
  run(doc: Doc, report: Report): Layers[Name];
}

/** Helps TypeScript infer the layer type of a stage literal. */
export function defineStage<Name extends LayerName>(stage: Stage<Name>): Stage<Name> {
  return stage;
}

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
  /**
   * The options it was made with, as data (`{ singles: true }`): what a pipeline config holds and each
   * record's `article.config` shows. Set by the built-in factories; a user's stage may set its own.
   */
  options?: Readonly<Record<string, unknown>>;
  run(doc: Doc, report: Report): Layers[Name];
}

/** Helps TypeScript infer the layer type of a stage literal. */
export function defineStage<Name extends LayerName>(stage: Stage<Name>): Stage<Name> {
  return stage;
}

const builtIn = new WeakSet<Stage>();

/**
 * defineStage for the stages this package ships. Their layers are not walked and frozen after each run
 * (runPipeline): the tests hold them to the span invariant (test/property.test.ts walks every layer they
 * return) and none writes into an earlier layer. A pipeline with any other stage has every layer checked and
 * frozen, its built-in ones too, since a user's stage could write into them.
 */
export function builtInStage<Name extends LayerName>(stage: Stage<Name>): Stage<Name> {
  builtIn.add(stage as Stage);
  return stage;
}

/** Only stages this package made with builtInStage: a user's copy of one (`{ ...tokens() }`) is checked. */
export const isBuiltIn = (stage: Stage): boolean => builtIn.has(stage);

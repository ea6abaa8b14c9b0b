import { createDoc, type Doc, FlatRange, type LayerName } from './doc.js';
import { type Message, MessageLog } from './message.js';
import { isBuiltIn, type Stage } from './stage.js';

export interface Pipeline {
  name: string;
  stages: readonly Stage[];
}

/**
 * Checks, when the pipeline is defined, that every stage's required layers are provided by an earlier
 * stage and that no layer is provided twice: a mistake in the order fails at start-up, not on the
 * thousandth article.
 */
export function definePipeline(name: string, stages: readonly Stage[]): Pipeline {
  const provided = new Map<LayerName, string>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!provided.has(need)) {
        const later = stages.find((s) => s.provides === need);
        throw new Error(
          later
            ? `pipeline "${name}": stage "${stage.name}" requires layer "${need}", which stage "${later.name}" provides only later`
            : `pipeline "${name}": stage "${stage.name}" requires layer "${need}", which no stage provides`,
        );
      }
    }
    const before = provided.get(stage.provides);
    if (before) throw new Error(`pipeline "${name}": layer "${stage.provides}" is provided twice (by "${before}" and "${stage.name}")`);
    provided.set(stage.provides, stage.name);
  }
  return { name, stages };
}

/** A stage as a record shows it: its name and options, and `custom` for a stage of the user's own code. */
export interface StageRecord {
  stage: string;
  options?: Readonly<Record<string, unknown>>;
  custom?: true;
}

const configs = new WeakMap<Pipeline, { name: string; stages: StageRecord[] }>();

/**
 * What a pipeline runs, as data (each record's `article.config`); a stage of the user's code is `custom`.
 * Made once per pipeline: every article of a run asks.
 */
export function configOf(pipeline: Pipeline): { name: string; stages: StageRecord[] } {
  let config = configs.get(pipeline);
  if (!config) configs.set(pipeline, (config = describe(pipeline)));
  return config;
}

function describe(pipeline: Pipeline): { name: string; stages: StageRecord[] } {
  return {
    name: pipeline.name,
    stages: pipeline.stages.map((s) =>
      isBuiltIn(s) ? { stage: s.name, options: s.options } : { stage: s.name, custom: true, ...(s.options ? { options: s.options } : {}) },
    ),
  };
}

export interface RunResult {
  doc: Doc;
  messages: Message[];
  /** True when a stage failed: later stages that needed its layer did not run. */
  failed: boolean;
}

/**
 * Runs one stage and checks what it returns: every span inside the text, start ≤ end, and `text` equal to
 * the source slice when the span carries one; nothing JSON cannot write (a BigInt, a cycle); a value, not
 * a promise (stages are synchronous). A stage that breaks this is a bug; it fails loudly for this article
 * only. The layer is then frozen: a later stage that writes into it (`doc.layers.quotes[0].start = 3`)
 * fails there, instead of corrupting spans that were checked already. `check: false` (runPipeline, for a
 * pipeline of built-in stages only) skips the walk: about 4% of an article's analysis.
 */
export function runStage(doc: Doc, stage: Stage, log: MessageLog, check = true): void {
  const value: unknown = stage.run(doc, log.reporter(stage.name));
  if (value !== null && typeof value === 'object' && typeof (value as { then?: unknown }).then === 'function') {
    // A promise would be written as `{}`, its rejection unhandled: stages run synchronously.
    void Promise.resolve(value as PromiseLike<unknown>).then(undefined, () => {});
    throw new Error(`stage "${stage.name}" returned a promise: a stage returns its layer synchronously`);
  }
  if (typeof value === 'bigint') throw new Error(`stage "${stage.name}" returned a BigInt, which JSON cannot hold`);
  const bad = check ? findBadSpan(doc.text, value, true) : null;
  if (bad) throw new Error(`stage "${stage.name}" returned ${/^\[/.test(bad) ? 'an invalid span: ' : ''}${bad}`);
  (doc.layers as Record<string, unknown>)[stage.provides] = value;
}

export function runPipeline(pipeline: Pipeline, id: string, text: string): RunResult {
  const doc = createDoc(id, text);
  const log = new MessageLog();
  let failed = false;
  // A user's stage anywhere: every layer is checked and frozen, so that it cannot corrupt one before it.
  const check = !pipeline.stages.every(isBuiltIn);
  for (const stage of pipeline.stages) {
    if (stage.requires.some((need) => doc.layers[need] === undefined)) continue; // its input failed
    try {
      runStage(doc, stage, log, check);
    } catch (error) {
      failed = true;
      log.fatal(stage.name, 'stage-failed', `stage "${stage.name}" failed: ${(error as Error).message}`);
    }
  }
  return { doc, messages: log.messages, failed };
}

/** Layers nest a few levels (attribution → speaker → mention); one nested this deep is a cycle. */
const MAX_DEPTH = 64;

/**
 * Walks a layer and returns a description of the first span that breaks the invariant, or of a value
 * JSON cannot write (a BigInt, a structure nested past MAX_DEPTH: a cycle), or null. With `freeze`, each
 * object and array walked is frozen on the way.
 */
export function findBadSpan(text: string, value: unknown, freeze = false): string | null {
  const stack: unknown[] = [value];
  const depths: number[] = [0];
  while (stack.length) {
    const v = stack.pop();
    const depth = depths.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > MAX_DEPTH) return `a structure nested more than ${MAX_DEPTH} levels deep (a cycle?), which JSON cannot write`;
    // Typed arrays cannot be frozen and hold numbers only.
    if (ArrayBuffer.isView(v)) continue;
    if (freeze) Object.freeze(v);
    if (Array.isArray(v)) {
      for (const item of v) {
        // Nothing inside a FlatRange but primitives (a token): its range is checked where it is met,
        // and its fields are not walked (a thousand tokens an article, not pushed and popped each).
        if (item instanceof FlatRange) {
          if (freeze) Object.freeze(item);
          if (outside(item.start, item.end, text.length)) return outsideText(item.start, item.end, text);
        } else if (item !== null && typeof item === 'object') {
          stack.push(item);
          depths.push(depth + 1);
        } else if (typeof item === 'bigint') return 'a BigInt, which JSON cannot hold';
      }
      continue;
    }
    if (v instanceof FlatRange) {
      if (outside(v.start, v.end, text.length)) return outsideText(v.start, v.end, text);
      continue;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      const { start, end } = o as { start: number; end: number };
      if (outside(start, end, text.length)) return outsideText(start, end, text);
      // Compared in place (no slice made): every mention and quote of every article is checked.
      if (typeof o.text === 'string' && !(o.text.length === end - start && text.startsWith(o.text, start))) {
        return `[${start}, ${end}) says ${JSON.stringify(o.text)} but the text has ${JSON.stringify(text.slice(start, end))}`;
      }
    }
    for (const key in o) {
      const child = o[key];
      if (child !== null && typeof child === 'object') {
        stack.push(child);
        depths.push(depth + 1);
      } else if (typeof child === 'bigint') return `a BigInt (at "${key}"), which JSON cannot hold`;
    }
  }
  return null;
}

const outsideText = (start: number, end: number, text: string) => `[${start}, ${end}) is outside the text of length ${text.length}`;
const outside = (start: number, end: number, length: number) =>
  !(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length);

// Merge: the corpus as a whole, from the article records alone (it never parses text again).

import { QuoteHashes } from './hashing.js';
import type { MergeRecord } from './input.js';
import { countSources, type Sources } from './sources.js';
import { type MergedSpeaker, mergeSpeakers, type SpeakerIds } from './speakers.js';
import { type MergedStatement, mergeStatements } from './statements.js';

export { type MergeQuote, type MergeRecord, mergeInput } from './input.js';
export { QuoteHashes };

export interface Merged {
  articles: string[];
  speakers: MergedSpeaker[];
  statements: MergedStatement[];
  /** The ids whose record is not `articles/<id>.json` (an id that is no safe file name), and their file. */
  files?: Record<string, string>;
  /** Who gets quoted: speakers by kind and gender, overall, by outlet and by month. */
  sources: Sources;
}

/** `hashes`: the quotes' hashes, when a run prepared them as its records arrived (see runCorpus). */
export function merge(records: MergeRecord[], hashes?: QuoteHashes): Merged {
  return mergeWithIds(records, hashes).merged;
}

/** The merge, and each article's corpus-wide speaker ids by its own entity ids (article → entity → speaker). */
export function mergeWithIds(records: MergeRecord[], hashes?: QuoteHashes): { merged: Merged; idOf: SpeakerIds } {
  const sorted = [...records].sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
  const { speakers, idOf } = mergeSpeakers(sorted);
  const statements = mergeStatements(sorted, (article, entity) => idOf.get(article)?.get(entity) ?? null, hashes);
  const sources = countSources(sorted, speakers, idOf);
  return { merged: { articles: sorted.map((r) => r.article.id), speakers, statements, sources }, idOf };
}

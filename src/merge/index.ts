// Merge: the corpus as a whole, from the article records alone (it never parses text again).
import type { ArticleRecord } from '../article.js';
import { mergeSpeakers, type MergedSpeaker } from './speakers.js';
import { mergeStatements, prepareStatements, type MergedStatement } from './statements.js';

export { prepareStatements };

export interface Merged {
  articles: string[];
  speakers: MergedSpeaker[];
  statements: MergedStatement[];
}

export function merge(records: ArticleRecord[]): Merged {
  const sorted = [...records].sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
  const { speakers, idOf } = mergeSpeakers(sorted);
  const statements = mergeStatements(sorted, (article, entity) => idOf.get(article)?.get(entity) ?? null);
  return { articles: sorted.map((r) => r.article.id), speakers, statements };
}

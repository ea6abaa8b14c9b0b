// What the merge reads of an article record: a corpus run keeps this for every article until the merge,
// not the whole record (warnings, mention offsets, confidences), so the thread that merges holds a
// fraction of the corpus however many articles it has.
import type { GenderFields } from '../core/layers.js';
import type { ArticleRecord } from '../core/record.js';

export interface MergeQuote {
  id: string;
  text: string;
  start: number;
  end: number;
  speaker: { entity: string; via: string } | null;
  cue: { start: number } | null;
}

export interface MergeRecord {
  article: { id: string };
  quotes: MergeQuote[];
  /** The entities that speak, each mention's text once (`Lorne`, `Mr. Lorne`, `he`). */
  entities: Array<GenderFields & { id: string; name: string; kind: string; mentions: Array<{ text: string }> }>;
  /** Every person and organisation the article names, speaking or not: what the merge votes on. */
  names?: Array<{ name: string; kind: string }>;
  /** Where and when the input says it was published, for the sources counts. */
  meta?: { outlet?: unknown; date?: unknown };
}

/** The ids of the entities a record's quotes are attributed to: one pass over the quotes. */
export function speakingEntities(record: Pick<MergeRecord, 'quotes'>): Set<string> {
  const speaking = new Set<string>();
  for (const q of record.quotes) if (q.speaker) speaking.add(q.speaker.entity);
  return speaking;
}

/** The part of a record the merge reads; a whole ArticleRecord is a MergeRecord too. */
export function mergeInput(record: ArticleRecord): MergeRecord {
  const speaking = speakingEntities(record);
  const out: MergeRecord = {
    article: { id: record.article.id },
    quotes: record.quotes.map((q) => ({
      id: q.id,
      text: q.text,
      start: q.start,
      end: q.end,
      speaker: q.speaker ? { entity: q.speaker.entity, via: q.speaker.via } : null,
      cue: q.cue ? { start: q.cue.start } : null,
    })),
    entities: record.entities
      .filter((e) => speaking.has(e.id))
      .map((e) => ({
        id: e.id,
        name: e.name,
        kind: e.kind,
        ...(e.gender !== undefined ? { gender: e.gender, genderEvidence: e.genderEvidence ?? null } : {}),
        mentions: [...new Set(e.mentions.map((m) => m.text))].map((text) => ({ text })),
      })),
  };
  if (record.names) out.names = record.names.map((n) => ({ name: n.name, kind: n.kind }));
  if (record.meta?.outlet !== undefined || record.meta?.date !== undefined)
    out.meta = { outlet: record.meta.outlet, date: record.meta.date };
  return out;
}

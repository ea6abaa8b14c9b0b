// Who gets quoted: the speakers of the corpus counted by kind and, for people, by gender, overall and
// for each outlet and month the input names (meta.outlet, meta.date) — what a source audit reads.
import type { MergeRecord } from './input.js';
import type { MergedSpeaker, SpeakerIds } from './speakers.js';

/** Speakers quoted in a set of articles: people by gender, organisations, anonymous sources, and their quotes. */
export interface SourceCounts {
  people: number;
  women: number;
  men: number;
  /** People whose gender the text does not say without contradiction. */
  genderUnknown: number;
  organisations: number;
  anonymous: number;
  quotes: number;
  /** Women among the people whose gender is known, 0–1; null with none known. */
  shareWomen: number | null;
}

export interface Sources {
  overall: SourceCounts;
  byOutlet: Record<string, SourceCounts>;
  /** By month of `meta.date` (`2024-07`). */
  byMonth: Record<string, SourceCounts>;
}

/** Counts each speaker once per set it is quoted in (an outlet, a month), and every quote. */
export function countSources(records: MergeRecord[], speakers: MergedSpeaker[], idOf: SpeakerIds): Sources {
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const sets = new Map<string, { speakers: Set<string>; quotes: number }>();
  const add = (key: string, id: string) => {
    let set = sets.get(key);
    if (!set) sets.set(key, (set = { speakers: new Set(), quotes: 0 }));
    set.speakers.add(id);
    set.quotes++;
  };
  for (const r of records) {
    const outlet = typeof r.meta?.outlet === 'string' && r.meta.outlet.trim() ? r.meta.outlet.trim() : null;
    const month = typeof r.meta?.date === 'string' && /^\d{4}-\d{2}/.test(r.meta.date) ? r.meta.date.slice(0, 7) : null;
    for (const q of r.quotes) {
      const id = q.speaker ? idOf.get(r.article.id)?.get(q.speaker.entity) : undefined;
      if (!id) continue;
      add('all', id);
      if (outlet) add(`outlet\u0000${outlet}`, id);
      if (month) add(`month\u0000${month}`, id);
    }
  }
  const counts = (key: string): SourceCounts => {
    const set = sets.get(key) ?? { speakers: new Set<string>(), quotes: 0 };
    const c = {
      people: 0,
      women: 0,
      men: 0,
      genderUnknown: 0,
      organisations: 0,
      anonymous: 0,
      quotes: set.quotes,
      shareWomen: null as number | null,
    };
    for (const id of set.speakers) {
      const s = byId.get(id);
      if (s?.kind === 'person') {
        c.people++;
        if (s.gender === 'female') c.women++;
        else if (s.gender === 'male') c.men++;
        else c.genderUnknown++;
      } else if (s?.kind === 'organisation') c.organisations++;
      else c.anonymous++;
    }
    c.shareWomen = c.women + c.men ? Number((c.women / (c.women + c.men)).toFixed(3)) : null;
    return c;
  };
  const keyed = (prefix: string) =>
    Object.fromEntries(
      [...sets.keys()]
        .filter((k) => k.startsWith(`${prefix}\u0000`))
        .sort()
        .map((k) => [k.slice(prefix.length + 1), counts(k)]),
    );
  return { overall: counts('all'), byOutlet: keyed('outlet'), byMonth: keyed('month') };
}

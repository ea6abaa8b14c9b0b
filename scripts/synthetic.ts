// Synthetic article records for merge benchmarks: many speakers with spelling variants, utterances
// reported by several articles in part, whole or reworded, and plenty of distinct statements.
import type { ArticleQuote, ArticleRecord } from '../src/core/record.js';

const FIRST = [
  'Anna',
  'Ben',
  'Carla',
  'David',
  'Elena',
  'Farid',
  'Grace',
  'Hugo',
  'Ines',
  'Jonas',
  'Kofi',
  'Lena',
  'Marco',
  'Nadia',
  'Omar',
  'Paula',
  'Quentin',
  'Rosa',
  'Sami',
  'Tara',
];
const LAST = [
  'Abbott',
  'Bergman',
  'Castillo',
  'Dimitrov',
  'Eriksen',
  'Fonseca',
  'Garrido',
  'Hoffmann',
  'Ivanova',
  'Jaramillo',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Novak',
  'Okafor',
  'Petrov',
  'Quiroga',
  'Rasmussen',
  'Sorensen',
  'Takahashi',
];
const WORDS =
  'economy growth inflation budget deficit taxes schools hospitals roads bridges climate energy prices wages jobs housing rents farmers exports imports tariffs borders security police courts reform election voters parliament council region city villages rivers forests water health vaccines doctors nurses teachers students families children pensions savings banks markets investors shares profits losses workers unions strikes talks treaty allies neighbours trade ports airports railways buses trains'.split(
    ' ',
  );

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `quotes` quotes in articles of 10 quotes; each utterance is reported about 3 times. Articles follow
 * stories, as news does: each article quotes the ten people of one story, so a misspelt name stands
 * beside the same neighbours as its correct spelling (what the merge's context guard looks for).
 */
export function syntheticRecords(quotes: number, seed = 1): ArticleRecord[] {
  const r = rng(seed);
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)];
  const speakers = Math.max(20, Math.floor(quotes / 50));
  const utterances = Math.max(1, Math.floor(quotes / 3));
  const perSpeaker = Math.max(1, Math.floor(utterances / speakers));
  const stories = Math.ceil(speakers / 10);
  let story = 0;
  const names = Array.from(
    { length: speakers },
    (_, i) =>
      `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 400 ? ` ${LAST[i % 17]}-${Math.floor(i / 400)}` : ''}`,
  );
  const records: ArticleRecord[] = [];
  let article: ArticleRecord | null = null;
  for (let i = 0; i < quotes; i++) {
    if (!article || article.quotes.length >= 10) {
      article = {
        article: { id: `a${records.length}`, source: '', sha256: '', length: 0 },
        quotes: [],
        entities: [],
        warnings: [],
        names: [],
      };
      records.push(article);
      story = Math.floor(r() * stories);
    }
    const who = (story * 10 + Math.floor(r() * 10)) % speakers;
    const u = who + speakers * Math.floor(r() * perSpeaker);
    const ur = rng(u + 7);
    const words = Array.from({ length: 12 + Math.floor(ur() * 12) }, () => WORDS[Math.floor(ur() * WORDS.length)]);
    let text = words.join(' ');
    const v = r();
    if (v < 0.3)
      text = words.slice(0, Math.ceil(words.length / 2)).join(' '); // in part
    else if (v < 0.5) text = words.map((w, k) => (k === 3 ? pick(WORDS) : w)).join(' '); // reworded
    let name = names[who];
    if (r() < 0.05) name = name.replace(/[aeiou]/, 'y'); // a typo
    const entity = name.toLowerCase().replace(/[^a-z]+/g, '-');
    if (!article.entities.some((e) => e.id === entity)) {
      article.entities.push({ id: entity, name, kind: 'person', mentions: [] });
      article.names!.push({ name, kind: 'person', mentions: 1 });
    }
    const start = article.quotes.length * 200;
    const q: ArticleQuote = {
      id: `q${article.quotes.length + 1}`,
      text,
      start,
      end: start + text.length,
      speaker: { name, entity, mention: null, via: 'cue-after' },
      cue: null,
      confidence: 0.9,
    };
    article.quotes.push(q);
  }
  return records;
}

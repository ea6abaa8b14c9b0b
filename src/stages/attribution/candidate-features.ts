// The ranker's features that do not read the article: the words that head a relay, titles that fit a
// description, and each source's own copy of the features that count most (CandidateReader.features).
import { WORDS } from '../../nlp/words.js';

/** Where a candidate came from first: the phrase a sieve found, or one of the candidate reader's own. */
export type Source = 'name' | 'pronoun' | 'definite' | 'indefinite' | 'inherit' | 'previous' | 'near' | 'antecedent' | 'top';

/** Words that head a relay, not a speaker: `the email`, `a statement`, `the website`. */
export const RELAY = new Set([...WORDS.writingNouns, ...WORDS.documentNouns, 'website', 'site', 'post', 'page', 'headline']);

/** Candidates no sieve's phrase gives: a name near a quote no sieve answers, the speaker before, the article's most named. */
export const GUESSES = new Set<Source>(['near', 'previous', 'top']);

/** Features also read per source of the candidate (CandidateReader.features). */
const SOURCE_FLAGS = [
  'previous',
  'genderAgrees',
  'antecedentSubject',
  'topPerson',
  'sameParagraph',
  'namedInside',
  'nearestSubject',
  'nearestAfterAdp',
  'nearestOwner',
];
const SOURCE_SCALES = ['speaksElsewhere', 'mentions', 'distance', 'antecedentGap'];

/** The crossed features' names of each source, made once (every candidate of every quote reads them). */
const CROSSED = new Map<Source, { flags: string[]; scales: string[]; ranks: string[] }>();
function crossedKeys(source: Source): { flags: string[]; scales: string[]; ranks: string[] } {
  let keys = CROSSED.get(source);
  if (!keys) {
    keys = {
      flags: SOURCE_FLAGS.map((k) => `${k}&source:${source}`),
      scales: SOURCE_SCALES.map((k) => `${k}&source:${source}`),
      ranks: [0, 1, 2].map((r) => `${source}Rank=${r}`),
    };
    CROSSED.set(source, keys);
  }
  return keys;
}

/** Does a title before a name fit a description's head (`Sen.` and `senator`, `Governor` and `governor`)? */
export function titleFits(title: string, head: string): boolean {
  const t = title.toLowerCase().replace(/\.$/, '');
  return t === head || (t.length >= 3 && head.startsWith(t));
}

/**
 * Each reading's own weight for what counts most (a linear model cannot otherwise tell a previous
 * speaker proposed by a pronoun from one proposed as a nearby name): `previous&source:pronoun`,
 * `distance&source:antecedent`, `pronounRank=1`. Measured by 5-fold CV on PolNeAR train: all 87.2 → 87.5.
 */
export function crossBySource(f: Record<string, number>, source: Source, rank: number | undefined): void {
  const crossed = crossedKeys(source);
  SOURCE_FLAGS.forEach((k, j) => {
    if (f[k]) f[crossed.flags[j]] = 1;
  });
  SOURCE_SCALES.forEach((k, j) => {
    if (f[k] !== undefined) f[crossed.scales[j]] = f[k];
  });
  if (rank !== undefined) f[crossed.ranks[Math.min(rank, 2)]] = 1;
}

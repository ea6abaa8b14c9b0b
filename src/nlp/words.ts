// The word lists the rules read, as data: words.json holds each list with what it is for. Every entry is
// general news usage, never a name or phrase of one article.
import data from './words.json' with { type: 'json' };

type Lists = { [K in Exclude<keyof typeof data, '_about'>]: readonly string[] };

/** Each list's words, by its key in words.json. */
export const WORDS = Object.fromEntries(
  Object.entries(data).flatMap(([key, list]) => (typeof list === 'object' ? [[key, list.words]] : [])),
) as unknown as Lists;

/** A pattern that matches one whole word of `words` (lower case), then `suffix`: `wordPattern(['democrat'], 's?')` matches `democrats`. */
export function wordPattern(words: readonly string[], suffix = ''): RegExp {
  return new RegExp(`^(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})${suffix}$`);
}

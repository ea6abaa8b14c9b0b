// The gender of a person from the text: a given name, a title or role word, and the pronouns near its mentions.
import type { ReportedGender, Token } from '../../core/layers.js';
import { partitionPoint } from '../../nlp/search.js';
import { WORDS } from '../../nlp/words.js';

// (`spokesman`, `chairman`: still used of women in much copy, so they tell nothing.)
export const MALE_TITLES = new Set<string>(WORDS.maleWords);
export const FEMALE_TITLES = new Set<string>(WORDS.femaleWords);

/**
 * A person's gender: a gendered title first (`Mr. Kelly`, `Congresswoman Jordan`); then a given name only
 * one sex bears in the name lists (`Katrina`), since the pronouns after a name may be someone else's
 * (`… an endorsement of Katrina Roe. He said …` in an article about her husband); then what the article's
 * own pronouns say when they say it clearly, since names both sexes bear mislead (`Sen. Lindsey Tarrant …
 * He continued`); else the given name. Three pronouns of one sex and none of the other outweigh the name.
 */
export function genderOf(
  byName: 'm' | 'f' | null,
  titles: string[],
  evidence: { m: number; f: number },
  strictName: 'm' | 'f' | null = null,
): 'm' | 'f' | null {
  if (titles.some((t) => MALE_TITLES.has(t))) return 'm';
  if (titles.some((t) => FEMALE_TITLES.has(t))) return 'f';
  // (`Adel Quorn said he … He … he …`: a name the lists give one sex, borne by the other in its own
  // language, yields to pronouns that leave no doubt)
  const clear = overwhelming(evidence);
  if (strictName && clear && clear !== strictName) return clear;
  return strictName ?? pronounsSay(evidence) ?? byName;
}

/** Pronouns that leave no doubt: three or more of one sex, none of the other. */
function overwhelming(evidence: { m: number; f: number }): 'm' | 'f' | null {
  if (evidence.m >= 3 && evidence.f === 0) return 'm';
  if (evidence.f >= 3 && evidence.m === 0) return 'f';
  return null;
}

/** The sex gendered titles say (`Mr.`, `Congresswoman`, `widow`), null for none or both. */
export function sexOfTitles(titles: readonly string[]): 'm' | 'f' | null {
  const male = titles.some((t) => MALE_TITLES.has(t));
  return male === titles.some((t) => FEMALE_TITLES.has(t)) ? null : male ? 'm' : 'f';
}

/** What a person's pronouns say when they say it clearly: two or more, three times the other. */
function pronounsSay(evidence: { m: number; f: number }): 'm' | 'f' | null {
  if (evidence.m >= 2 && evidence.m >= 3 * evidence.f) return 'm';
  if (evidence.f >= 2 && evidence.f >= 3 * evidence.m) return 'f';
  return null;
}

/** The sex a pronoun names: `he`, `his`, `him`, `himself` → m; `she`, `her`, `hers`, `herself` → f. */
export function pronounSex(word: string): 'm' | 'f' | null {
  if (/^(?:he|his|him|himself)$/.test(word)) return 'm';
  if (/^(?:she|her|hers|herself)$/.test(word)) return 'f';
  return null;
}

/**
 * The gender the output reports: only what the text says without contradiction. A gendered title or role
 * word (`Ms. Roe`, `the congressman`), unless the person's pronouns say the other clearly; else the
 * pronouns when they say it clearly (two or more, three times the other); else a given name that only
 * one sex bears in the name lists (`Katrina`; not `Jordan`, `Kim`), unless any pronoun says the other.
 * Null otherwise: `Dr. Lee`, two titles at odds, a name used for both sexes.
 */
export function reportedGender(byName: 'm' | 'f' | null, titles: string[], evidence: { m: number; f: number }): ReportedGender | null {
  const male = titles.some((t) => MALE_TITLES.has(t));
  const female = titles.some((t) => FEMALE_TITLES.has(t));
  const byPronoun = pronounsSay(evidence);
  const of = (g: 'm' | 'f') => (g === 'm' ? 'male' : 'female');
  if (male !== female) {
    const g = male ? 'm' : 'f';
    return byPronoun && byPronoun !== g ? null : { gender: of(g), evidence: 'title' };
  }
  if (male && female) return null;
  if (byPronoun) return { gender: of(byPronoun), evidence: 'pronoun' };
  if (byName && !(byName === 'm' ? evidence.f : evidence.m)) return { gender: of(byName), evidence: 'name' };
  return null;
}

/**
 * Pronouns that open the sentence after a mention, or follow the mention in its own sentence as a
 * subject or possessor: `Tarrant spoke. He said …`, `Tarrant said his plan …`. Counted per person, so
 * that a clear majority can set the gender (genderOf).
 */
export function pronounEvidence(toks: Token[], at: number[]): { m: number; f: number } {
  const out = { m: 0, f: 0 };
  const count = (w: string) => {
    const sex = pronounSex(w);
    if (sex) out[sex]++;
  };
  for (const offset of at) {
    const i = partitionPoint(toks.length, (k) => toks[k].start < offset);
    const sentence = toks[i]?.sentence ?? 0;
    // `Tarrant said his party …`, `Vandermolt has been establishing himself as …`: a possessive, object or
    // reflexive a few words after the name, in its sentence.
    // Only after a name no verb comes before, its clause's subject: in `Ann Roe sued Tom Vale over her
    // wages`, `her` is hers, not his.
    let subject = true;
    for (let k = i - 1; subject && k >= 0 && toks[k].sentence === sentence; k--) if (toks[k].pos === 'VERB') subject = false;
    for (let j = i + 1; subject && j < Math.min(toks.length, i + 8) && toks[j].sentence === sentence; j++)
      if (/^(?:his|her|him|himself|herself)$/.test(toks[j].lower)) count(toks[j].lower);
    // `Tarrant spoke. He said …`: the pronoun that opens the next sentence.
    let j = i;
    while (j < toks.length && toks[j].sentence === sentence) j++;
    while (j < toks.length && toks[j].pos === 'SPACE') j++;
    if (toks[j] && /^(?:he|she)$/.test(toks[j].lower)) count(toks[j].lower);
  }
  return out;
}

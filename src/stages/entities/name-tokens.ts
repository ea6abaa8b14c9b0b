// Token tests for names: which tokens can be words of a name, which open a sentence, which speak next.
import type { Token } from '../../core/layers.js';
import { COUNTRY_CODE, DEMONYM, NOUNISH_SPEECH, SPEECH_VERBS } from '../../nlp/lexicon.js';
import { WORDS } from '../../nlp/words.js';

/** Country codes and demonyms that open a title: `US Secretary …`, `Chinese President …`. */
/** `US`, `U.K.`, or a demonym the tagger calls an adjective (`Chinese`, `Israeli`), not `Su` or `Ali`. */
export function isNationality(t: Token): boolean {
  return COUNTRY_CODE.test(t.lower) || DEMONYM.test(t.lower);
}
export const CONNECTORS = new Set<string>(WORDS.nameConnectors);
/** Lower-case particles inside personal names: `Ludwig van Beethoven`, `Osama bin Laden`. */
export const NAME_PARTICLES = new Set<string>(WORDS.nameParticles);

export const isWordToken = (t: Token) => t.pos !== 'PUNCT' && t.pos !== 'SPACE' && t.pos !== 'SYM' && t.pos !== 'NUM';
export const isCapital = (text: string, t: Token) => {
  const c = text.charCodeAt(t.start);
  return c >= 65 && c <= 90 ? true : c < 128 ? false : /^\p{Lu}/u.test(text[t.start]);
};
/** `Sino-US`, `China-US`, `Lorne-Tavi`: two names joined into an adjective, not a name. */
export const isCompound = (text: string, t: Token) => t.lower.includes('-') && /^\p{Lu}[\p{L}.]*-\p{Lu}/u.test(text.slice(t.start, t.end));

/** Is token i the first word of its sentence (after any opening quote or bracket)? */
export function sentenceInitial(toks: Token[], i: number): boolean {
  // Only the token before it decides.
  const j = i - 1;
  if (j < 0) return true;
  const t = toks[j];
  if (t.pos === 'SPACE') return true;
  if (t.pos === 'PUNCT') {
    // A straight mark after a comma closes a quote: `"…," Ann Roe said` is mid-sentence.
    if ((t.lower === '"' || t.lower === "'") && j > 0 && toks[j - 1].end === t.start && /^[,!?—–-]$/.test(toks[j - 1].lower)) return false;
    return /^[.!?:;“"‘'([—–-]+$/.test(t.lower);
  }
  return t.sentence !== toks[i].sentence;
}

/**
 * Can token i be a word of a name? wink tags most names PROPN; capitalised words it tags otherwise count
 * inside a sentence (`said Drew Thompson`: Drew/VERB) but not as a sentence's first word
 * (`Describing the relationship …`), unless a proper noun follows (`Drew Thompson said`).
 */
export function isNameToken(text: string, toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!t || !isWordToken(t) || !isCapital(text, t) || isCompound(text, t)) return false;
  if (t.pos === 'PROPN') return true;
  // `Li Na` (Na/PART), `Kim Ho` (Ho/INTJ): a capitalised particle right after a proper noun is a name word.
  if ((t.pos === 'PART' || t.pos === 'INTJ' || t.pos === 'X') && toks[i - 1]?.pos === 'PROPN' && toks[i - 1].end + 1 === t.start)
    return true;
  // `“…,” Will Okafor said`: a capitalised auxiliary inside a sentence, right before a proper noun, is a given name.
  if (t.pos === 'AUX' && toks[i + 1]?.pos === 'PROPN' && toks[i + 1].start === t.end + 1 && !sentenceInitial(toks, i)) return true;
  if (
    t.pos === 'DET' ||
    t.pos === 'PRON' ||
    t.pos === 'ADP' ||
    t.pos === 'CCONJ' ||
    t.pos === 'SCONJ' ||
    t.pos === 'AUX' ||
    t.pos === 'PART' ||
    t.pos === 'INTJ' ||
    t.pos === 'ADV'
  )
    return false;
  if (!sentenceInitial(toks, i)) return true;
  const next = toks[i + 1];
  // `Bolt said there remains …`: a sentence's first word right before a past speech verb is its speaker.
  if (next && SPEECH_VERBS.has(next.lower) && /(?:ed|said|told|wrote|says)$/.test(next.lower)) return true;
  if (next && next.pos === 'PROPN' && text.charCodeAt(next.start - 1) === 32) return true;
  // (`Quell’s campaign said`: a first word with a possessive is a possessor, whatever the tagger made of it;
  // one that names no one the article names in full is dropped later, `Today’s vote`)
  if (next && next.lower === "'s" && next.start === t.end) return true;
  // `Jean-Luc Amaury, the foreign minister, …`: a hyphenated given name opening the sentence.
  const after = toks[i + 2];
  return (
    !!next &&
    !!after &&
    next.lower === '-' &&
    next.start === t.end &&
    after.start === next.end &&
    isCapital(text, after) &&
    toks[i + 3]?.pos === 'PROPN' &&
    text.charCodeAt(toks[i + 3].start - 1) === 32
  );
}

/** `Bolt said`, `Bolt told`, `Bolt, who …, said` is too far: the word right after is a speech verb. */
export function speaksNext(toks: Token[], end: number): boolean {
  const t = toks[end];
  if (!t) return false;
  if (SPEECH_VERBS.has(t.lower) && /(?:ed|said|told|wrote|says|tells|adds|explains)$/.test(t.lower)) return true;
  // `“…,” Dorsey notes.`: a speech word that is mostly a noun, as the last word of its clause.
  return NOUNISH_SPEECH.has(t.lower) && /s$/.test(t.lower) && /^[.,;]$/.test(toks[end + 1]?.lower ?? '');
}

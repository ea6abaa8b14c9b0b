import type { Referent } from '../../../core/layers.js';
import { WRITINGS } from '../../../nlp/lexicon.js';
import { modifiesNoun } from '../adjuncts.js';
import { conjunctionBefore } from '../clauses.js';
import { finiteCueBefore, passiveAgent, type Sieve } from './sieve.js';

/** Days, months and times of day: `early Friday`, `last week`. */
const TIME_WORD =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|night|week|weekend|month|year|today|tonight|yesterday|tomorrow)$/;

/** `a statement saying`, `a letter calling`: nouns that speak for whoever issued them. */

/**
 * cue-before: the nearest speech verb before the quote in its sentence, and its subject.
 * Lorne responded that the two countries “have an obligation …”
 * … which the State Department called “productive.”   Su told the secretary, adding that the “two sides …”
 */
export const cueBefore: Sieve = {
  name: 'cue-before',
  confidence: 0.86,
  find(ctx, k, found) {
    const {
      toks,
      windows,
      isSpeechVerb,
      npLeft,
      npRight,
      skipFillersLeft,
      subjectOf,
      isCloseMark,
      sentenceSubject,
      isParticipleClause,
      addresseeAfter,
    } = ctx;
    const { openTok, preStart } = windows[k];
    let relative = -1;
    for (let v = openTok - 1; v >= preStart; v--) {
      if (!isSpeechVerb(v)) continue;
      // `Network executives were calling “every 15 minutes”`, `called for “…”`: `call` names something only with
      // an object (`called the talks “productive”`); `were calling` right before the quote is a phone call.
      // (`which the ministry called “productive”` names: its object came first.)
      if (
        /^call(?:s|ed|ing)?$/.test(toks[v].lower) &&
        ((toks[v].lower === 'calling' && v + 1 === openTok && toks[v - 1]?.lower !== ',') || toks[v + 1].lower === 'for')
      )
        continue;
      // `Marlo will continue to be “…”`: `continue to` is no speech.
      if (/^continu/.test(toks[v].lower) && toks[v + 1]?.lower === 'to') continue;
      // (`said in a statement posted online that the firm “…”`: the statement was posted; the cue is before it)
      if (modifiesNoun(toks, v, preStart)) continue;
      // `Marlo was asked by moderator Ruth Moss whether …`: a passive names its speaker after `by`.
      const agent = passiveAgent(ctx, v, openTok);
      if (agent) return { ref: agent, verb: v, cueEnd: v + 1, via: 'cue-before' };
      // `Hale told a student who asked whether the fees would rise that “nothing is settled …”`: a speech
      // verb in a relative clause gives way to a main one before it; kept only when there is none.
      if (/^(?:who|which)$/.test(toks[v - 1]?.lower ?? '') && relative < 0) {
        relative = v;
        continue;
      }
      let subj: Referent | null = null;
      let verb = v;
      // `Hale issued a statement saying that …`: a writing before an -ing verb speaks for the clause's subject.
      // (`… two posts late Sunday saying that …`: a time before the participle is no subject.)
      let left = /ing$/.test(toks[v].lower) ? npLeft(skipFillersLeft(v, preStart), preStart) : null;
      if (left && TIME_WORD.test(toks[left.end - 1].lower)) left = null;
      const writing = left?.kind === 'description' && WRITINGS.has(left.head ?? '');
      if (isParticipleClause(v) || (/ing$/.test(toks[v].lower) && (!left || writing))) {
        // `…, adding that …` / `…, calling their talks “productive”`: the subject of the clause's main verb.
        const finite = finiteCueBefore(ctx, v, preStart);
        if (finite) ({ subj, verb } = finite);
        // (`Quill … drew laughter upon saying, “…”`: a participle after a preposition too)
        if (!subj && (isParticipleClause(v) || writing || /^(?:upon|after|before|by|while|when|in)$/.test(toks[v - 1]?.lower ?? '')))
          subj = sentenceSubject(preStart, v);
        // `After saying her foot was “so swollen …,” she was taken …`: a participle clause that opens the
        // sentence speaks for the subject of the clause after it.
        if (!subj && v - preStart <= 2) {
          let a = windows[k].closeTok;
          while (a < windows[k].postEnd && /^[,”"’]$/.test(toks[a].lower)) a++;
          const comma = toks[a - 1]?.lower === ',' || /,\s*$/.test(ctx.quotes[k].text);
          const r = comma ? ctx.npRight(a, windows[k].sentenceEnd) : null;
          if (r && r.kind !== 'description') subj = r;
        }
        // `Hale sent two posts late Sunday saying that …`: a participle with no phrase of its
        // own before it speaks for the sentence's subject.
        if (!subj && !left) subj = sentenceSubject(preStart, v);
        if (!subj) {
          // `… Su told the US secretary of state, adding that …` where the main verb follows a quote.
          const prev = k > 0 ? found[k - 1] : null;
          if (prev && windows[k - 1].closeTok <= v && windows[k - 1].closeTok >= preStart) {
            return { ref: prev.ref, verb: v, cueEnd: v + 1, via: 'cue-before' };
          }
        }
      } else {
        subj = subjectOf(v, preStart);
        if (!subj && (v === preStart || toks[v - 1].lower === ',' || isCloseMark(v - 1))) subj = npRight(v + 1, openTok);
        // (`Vale declined to comment but said that “…”`: a verb joined by `and` or `but`, the sentence's subject)
        const conjunction = subj ? -1 : conjunctionBefore(ctx, v, preStart);
        if (conjunction > preStart) subj = sentenceSubject(preStart, conjunction);
      }
      if (!subj) continue; // `the plan, announced Monday, was …`: a verb with no speaker; look further left
      if (subj) return { ref: subj, verb, cueEnd: verb + 1, via: 'cue-before', addressee: addresseeAfter(verb, openTok) };
      return null;
    }
    if (relative >= 0) {
      const subj = subjectOf(relative, preStart);
      if (subj) return { ref: subj, verb: relative, cueEnd: relative + 1, via: 'cue-before' };
    }
    return null;
  },
};

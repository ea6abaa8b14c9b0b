// The reading of an article that attribution and coreference share: which quote each token is in, the
// sentence and paragraph of each token, the article's name mentions by token, and the phrase readers
// (noun phrases left and right of a token, the subject of a speech verb, the windows around each quote).
// Built once per article by the reading stage (index.ts), a layer of its own that both stages require;
// every helper answers in token indices.

import type { Entity, Mention, QuoteWindow, Reading, ReadingInput, Referent, Token } from '../../core/layers.js';
import {
  ADDRESSEE_VERBS,
  isGroupWord,
  NOUNISH_SPEECH,
  ORG_NOUNS,
  PARTICLE_VERBS,
  PERSON_NOUNS,
  PLACE_ABBREVIATION,
  PRONOUNS,
  SPEECH_VERBS,
  TITLE_ABBREVIATION,
  TITLES,
  VERB_FILLERS,
  WRITING_NOUNS,
} from '../../nlp/lexicon.js';
import { foldName, fullNamesBySurname } from '../../nlp/names.js';
import { partitionPoint } from '../../nlp/search.js';
import { WORDS, wordPattern } from '../../nlp/words.js';

export const SENTENCE_END = new Set(['.', '!', '?']);
/** Weekdays, months and times: `“…,” Thursday said` is a misread date, not a speaker. */
const NOT_A_SPEAKER = wordPattern(WORDS.datesNotSpeakers, '\\.?');
/**
 * What a word can be to speechVerbOf, in one lookup (it is asked of every token near a quote): the
 * particles that make a particle verb speak (`pointed` → `out`), else SPEECH (`said`, `told`), else
 * NOUNISH (`comment`: speech only when tagged a verb).
 */
const SPEECH = 1;
const NOUNISH = 2;
const SPEECH_KIND = new Map<string, number | readonly string[]>();
for (const w of NOUNISH_SPEECH) SPEECH_KIND.set(w, NOUNISH);
for (const w of SPEECH_VERBS) SPEECH_KIND.set(w, SPEECH);
for (const [w, particles] of Object.entries(PARTICLE_VERBS)) SPEECH_KIND.set(w, particles);
const MAX_WINDOW = 100;
/** Verbs that name what the quote is called: `called their talks “productive”`, `dubbed it “a disaster”`. */
export const NAMING_VERBS = new Set<string>(WORDS.namingVerbs);

export function readingOf(text: string, input: ReadingInput): Reading {
  const { tokens: toks, sentences, paragraphs, quotes } = input;
  const mentions = input.entities.mentions;
  const entityById = new Map(input.entities.entities.map((e) => [e.id, e]));
  const tokenText = (i: number) => text.slice(toks[i].start, toks[i].end);

  // Which quote each token lies in (marks included), -1 outside every quote.
  const inQuote = new Int32Array(toks.length).fill(-1);
  {
    let t = 0;
    quotes.forEach((q, k) => {
      const from = q.open.start;
      const to = q.close ? q.close.end : q.end;
      while (t < toks.length && toks[t].end <= from) t++;
      for (let j = t; j < toks.length && toks[j].start < to; j++) inQuote[j] = k;
    });
  }
  const mentionAt = new Map<number, Mention>(); // by tokenEnd
  const mentionFrom = new Map<number, Mention>(); // by tokenStart
  for (const m of mentions) {
    mentionAt.set(m.tokenEnd, m);
    mentionFrom.set(m.tokenStart, m);
  }
  // The sentence of each token.
  const sentenceOfToken = new Int32Array(toks.length).fill(-1);
  sentences.forEach((s, k) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) sentenceOfToken[i] = k;
  });
  const paragraphOfToken = (i: number) => (sentenceOfToken[i] >= 0 ? sentences[sentenceOfToken[i]].paragraph : -1);

  /**
   * Does token i end a sentence? Not the dot of an abbreviation inside a clause: `Mitch McConnell, R-Ky.,
   * said`, `Rep. John Mica (R-Fla.) said`, `(D-N.Y.)` (a dot with a comma, a bracket or a letter right after it).
   */
  const isEnd = (i: number): boolean => {
    if (!SENTENCE_END.has(toks[i].lower)) return false;
    // `said the Rev. Peter Wherry`, `Sen. Ann Roe` split as `Rev` `.`: a title's dot.
    if (toks[i].lower === '.' && i > 0 && toks[i - 1].end === toks[i].start && TITLE_ABBREVIATION.test(toks[i - 1].lower)) return false;
    const next = toks[i + 1];
    return !(toks[i].lower === '.' && next && next.start === toks[i].end && /^[,)\p{L}\d]/u.test(next.lower));
  };

  // Asked of most tokens several times (every window, every subject search): answered once each.
  const speechVerbAt = new Int8Array(toks.length).fill(-1);
  const isSpeechVerb = (i: number): boolean => {
    if (i < 0 || i >= toks.length) return false;
    let v = speechVerbAt[i];
    if (v < 0) v = speechVerbAt[i] = speechVerbOf(i) ? 1 : 0;
    return v === 1;
  };
  const speechVerbOf = (i: number): boolean => {
    const t = toks[i];
    if (!t || inQuote[i] >= 0) return false;
    const w = t.lower;
    const kind = SPEECH_KIND.get(w);
    if (kind === undefined) return false;
    if (typeof kind !== 'number') return !!toks[i + 1] && kind.includes(toks[i + 1].lower);
    // Past forms (`said`, `told`, `stressed`) are speech whatever the tagger thinks (it calls some ADJ);
    // base and -s forms need its VERB tag: `the recall was`, `a warning`, `his answers`.
    // `Murphy, the head of Right to Rise USA, Tweeted on Friday`: capitalised mid-sentence after a comma too.
    if (kind === SPEECH)
      return (
        t.pos === 'VERB' ||
        t.pos === 'AUX' ||
        (/(?:ed|said|told|wrote|spoke|went)$/.test(w) && (!/^\p{Lu}/u.test(tokenText(i)) || toks[i - 1]?.lower === ','))
      );
    // `The New York Post reports that …`: a noun-looking form before `that` is the verb.
    return t.pos === 'VERB' || (/s$/.test(w) && toks[i + 1]?.lower === 'that' && i > 0 && isNpToken(i - 1));
  };
  /** Skips words that stand between a speaker and the verb: `also`, `was reported as`, `, who …,`. */
  const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
  const isNpToken = (i: number): boolean => {
    const t = toks[i];
    if (!t || inQuote[i] >= 0) return false;
    if (NP_POS.has(t.pos)) return true;
    if (t.lower === "'s" || t.lower === "'") return true;
    if (t.lower === '-' && toks[i - 1]?.end === t.start && toks[i + 1]?.start === t.end) return true;
    return false;
  };

  /** Reads a phrase's referent from its token range [a, b): a name mention ending at b, a pronoun, a description. */
  const referent = (a: number, b: number): Referent | null => {
    if (b <= a) return null;
    // `Vann R. Newkirk II`: a generation suffix after the name.
    const m = mentionAt.get(b) ?? (/^(?:jr|sr|ii|iii|iv)\.?$/.test(toks[b - 1].lower) ? mentionAt.get(b - 1) : undefined);
    if (m && m.tokenStart >= a - 3) return { kind: 'name', start: Math.min(a, m.tokenStart), end: b, mention: m };
    const last = toks[b - 1];
    if (b - a === 1 && last.pos === 'PRON' && PRONOUNS[last.lower]) return { kind: 'pronoun', start: a, end: b };
    // `the 56-year-old` is tokenised 56 - year - old: its head is `year-old`.
    const head = last.lower === 'old' && toks[b - 2]?.lower === '-' && toks[b - 3]?.lower === 'year' ? 'year-old' : last.lower;
    // `a New Hampshire Republican`, `one Iowa Democrat`: a party word heads a description of a person.
    if (
      PERSON_NOUNS.has(head) ||
      ORG_NOUNS.has(head) ||
      WRITING_NOUNS.has(head) ||
      (isGroupWord(head) && b - a >= 2 && /^(?:a|an|one|the|another|two|three|several|some|many)$/.test(toks[a].lower))
    ) {
      const first = toks[a].lower;
      return { kind: 'description', start: a, end: b, head, definite: first === 'the' || first === 'this' || first === 'that' };
    }
    // `Beijing said`, `China said`: a place that speaks is its government.
    // Not `Thursday said`, `the Republican said`, `D.C.`: a date, a group word or a state is no speaker.
    if (
      b - a <= 3 &&
      last.pos === 'PROPN' &&
      !toks
        .slice(a, b)
        .some((t) => t.pos === 'NUM' || NOT_A_SPEAKER.test(t.lower) || isGroupWord(t.lower) || PLACE_ABBREVIATION.test(t.lower))
    )
      return { kind: 'name', start: a, end: b };
    return null;
  };

  /** The noun phrase that ends right before token `end` (exclusive), read leftwards. */
  const npLeft = (end: number, floor: number): Referent | null => {
    let a = end;
    if (a - 1 >= floor && toks[a - 1].pos === 'PRON') return referent(a - 1, a);
    const m = mentionAt.get(end);
    if (m && m.tokenStart >= floor) a = m.tokenStart;
    while (a - 1 >= floor && isNpToken(a - 1)) a--;
    // Include a leading determiner: `the official`, `a senior official`, `one US official`.
    if (
      a - 1 >= floor &&
      (toks[a - 1].pos === 'DET' ||
        /^(?:one|two|three|several|many|some|another|other|most|my|his|her|their|our|its|your)$/.test(toks[a - 1].lower)) &&
      inQuote[a - 1] < 0
    )
      a--;
    if (a === end) return null;
    return referent(a, end);
  };

  /** The noun phrase that starts at token `start`, read rightwards (for `said Wu Xinbo, a professor`). */
  const npRight = (start: number, ceil: number): Referent | null => {
    let b = start;
    if (b < ceil && toks[b].pos === 'PRON' && PRONOUNS[toks[b].lower]) return referent(b, b + 1);
    if (b < ceil && (toks[b].pos === 'DET' || /^(?:one|two|several|my|his|her|their|our|its|your)$/.test(toks[b].lower))) b++;
    // `transport chief Alan Burke`: role words the tagger may misread (transport/VERB) before a name.
    // `Florida-based Republican strategist Al Cardenas`, `master of ceremonies Asab Al-Tabchi`: up to six
    // such words, hyphens and `of` included.
    for (let k = b; k < Math.min(ceil, b + 6); k++) {
      const m = mentionFrom.get(k);
      if (m && m.tokenEnd <= ceil) {
        if (
          toks
            .slice(b, k)
            .every(
              (t, j) =>
                inQuote[b + j] < 0 &&
                (/^\p{Ll}[\p{L}-]*$/u.test(t.lower) || t.lower === '-') &&
                (t.pos === 'NOUN' ||
                  t.pos === 'ADJ' ||
                  t.pos === 'PROPN' ||
                  t.pos === 'VERB' ||
                  t.pos === 'NUM' ||
                  t.lower === '-' ||
                  (t.lower === 'of' && j > 0)) &&
                !isSpeechVerb(b + j),
            )
        )
          b = k;
        break;
      }
    }
    // (`a top party strategist said Cole …`: a speech verb ends the phrase before the name; `Of Baker,
    // Lund said`: `of` is inside a role, never its first word)
    // `one unaligned Florida Republican strategist`: a participle the tagger calls a verb, after a determiner.
    if (b === start + 1 && b < ceil && toks[b].pos === 'VERB' && /ed$/.test(toks[b].lower) && isNpToken(b + 1)) b++;
    while (b < ceil && (isNpToken(b) || (mentionFrom.has(b) && mentionFrom.get(b)!.tokenEnd <= ceil))) {
      // `Conway notes.`: after a name, a speech word that ends the clause is its verb, not part of the phrase.
      if (b > start && mentionAt.has(b) && NOUNISH_SPEECH.has(toks[b].lower) && /^[.,;]$/.test(toks[b + 1]?.lower ?? '')) break;
      const m = mentionFrom.get(b);
      b = m && m.tokenEnd > b ? m.tokenEnd : b + 1;
    }
    // `the US secretary of state`: a title's complement.
    if (b < ceil && toks[b].lower === 'of' && TITLES.has(toks[b - 1]?.lower ?? '') && isNpToken(b + 1)) b += 2;
    if (b === start) return null;
    let r = referent(start, b);
    // `a person close to the Clintons`: the head noun before words that modify it.
    for (let e = b - 1; !r && e > start; e--) {
      r = referent(start, e);
      // (`Pike lobbies for a higher wage`: a name, then a verb the tagger read as a plural noun)
      const verbAfterName =
        r?.kind === 'name' &&
        !!r.mention &&
        e === b - 1 &&
        /^\p{Ll}+s$/u.test(toks[e].lower) &&
        !PERSON_NOUNS.has(toks[e].lower) &&
        !ORG_NOUNS.has(toks[e].lower);
      if (r && r.kind !== 'description' && !verbAfterName) r = null;
    }
    if (r?.kind === 'description') r.nameEnd = modifierEnd(r.end, ceil);
    return r;
  };

  /**
   * Where a description's one prepositional modifier ends, for its name: `one longtime adviser to Bill
   * Clinton`, `a spokesman for committee Democrats`, `a person close to the Clintons`. A relative clause
   * or an apposition is not taken (`a strategist, speaking on condition of anonymity`).
   */
  const modifierEnd = (head: number, ceil: number): number => {
    let k = head;
    if (/^(?:close|familiar|loyal|near|involved|associated|connected|aligned|allied|tied)$/.test(toks[k]?.lower ?? '')) k++;
    if (k >= ceil || inQuote[k] >= 0 || !/^(?:of|to|for|at|from|with|on|in)$/.test(toks[k].lower)) return head;
    let j = k + 1;
    while (j < ceil && inQuote[j] < 0 && (isNpToken(j) || toks[j].pos === 'DET' || /^(?:both|all)$/.test(toks[j].lower))) j++;
    return j > k + 1 && toks[j - 1].pos !== 'DET' ? j : head;
  };

  /** Past a bracket after a name: `Rep. John Mica (R-Fla.) said` → the index of `said`. */
  const skipBracket = (i: number, ceil: number): number => {
    if (toks[i]?.lower !== '(') return i;
    for (let j = i + 1; j < Math.min(ceil, i + 10); j++) if (toks[j].lower === ')') return j + 1;
    return i;
  };

  /** Skips fillers leftwards from the token before a verb: `Blinken also said`, `Qin was reported as saying`. */
  const skipFillersLeft = (i: number, floor: number): number => {
    let j = i;
    while (
      j - 1 >= floor &&
      inQuote[j - 1] < 0 &&
      (VERB_FILLERS.has(toks[j - 1].lower) || /^(?:as|quoted|reported|cited|went|on|to)$/.test(toks[j - 1].lower))
    ) {
      if (toks[j - 1].lower === 'to' && toks[j - 2]?.lower === 'according') break;
      j--;
    }
    return j;
  };

  /**
   * The subject of the speech verb at `v`: the noun phrase to its left, past fillers and an apposition
   * (`Hugh Hill, a doctor who treats farmers, said` → Hugh Hill).
   */
  const subjectOf = (v: number, floor: number): Referent | null => {
    let j = skipFillersLeft(v, floor);
    // `Harry M. Reid (D-Nev.) told reporters`: past a bracket after the name.
    if (j - 1 >= floor && toks[j - 1].lower === ')') {
      for (let o = j - 2; o >= Math.max(floor, j - 12); o--) {
        if (toks[o].lower === '(') {
          j = o;
          break;
        }
      }
    }
    if (j - 1 >= floor && toks[j - 1].lower === ',') {
      // Apposition: the leftmost phrase of the clause that is followed by a comma.
      const commaAt = j - 1;
      let best: Referent | null = null;
      for (let k = commaAt - 1; k >= floor - 1 && commaAt - k < 60; k--) {
        if (k >= floor && inQuote[k] >= 0) break;
        if (k >= floor && isEnd(k)) break;
        const boundary = k < floor || toks[k].lower === ',' || toks[k].lower === ':' || isCloseMark(k);
        if (!boundary) continue;
        // `But Sen. Durbin, …, said`: past a conjunction or adverb that opens the clause.
        const from = k + 1 < commaAt && (toks[k + 1].pos === 'CCONJ' || toks[k + 1].pos === 'ADV') ? k + 2 : k + 1;
        const r = npRight(from, commaAt);
        // a name, a pronoun or an indefinite description (`a doctor`) can open an apposition chain, a
        // bracket after it allowed (`Sen. Richard J. Durbin (D-Ill.), noting …, said`)
        // (`Another critic, Laurence H. Tribe, likened …`: the name in the chain, before a description)
        // (`The senator, a Democrat from Ohio, said`: the leftmost description when no name is in the chain)
        if (r && toks[skipBracket(r.nameEnd ?? r.end, commaAt + 1)]?.lower === ',' && !(best?.kind === 'name' && r.kind === 'description'))
          best = r;
        if (k < floor) break;
      }
      return best;
    }
    // `Ward brought up the bombing and later said, “…”`: a verb joined to an earlier one by `and`
    // shares that verb's subject, not the object before `and` (the bombing).
    // (`Trump attacked Cruz and said`: Trump, though a person stands before `and`)
    // (`speeches and promises to shake things up`: not a noun, nor a verb of intent before `to`)
    if (j - 1 > floor && toks[j - 1].lower === 'and' && inQuote[j - 1] < 0 && toks[v].pos === 'VERB' && toks[v + 1]?.lower !== 'to') {
      const r = sentenceSubject(floor, j - 1);
      if (r && r.kind !== 'description') return r;
    }
    const direct = npLeft(j, floor);
    if (direct?.kind === 'name' && direct.mention && entityById.get(direct.mention.entity)?.kind === 'person') {
      // `Cruz and Trump have slammed …`: the first of two people named together.
      if (toks[direct.start - 1]?.lower === 'and') {
        const first = npLeft(direct.start - 1, floor);
        if (first?.kind === 'name' && first.mention && entityById.get(first.mention.entity)?.kind === 'person') return first;
      }
      return direct;
    }
    if (direct?.kind === 'pronoun') return direct;
    // `a White House official who spoke anonymously to discuss strategy said`: the phrase before `who`.
    for (let k = j - 1; k >= Math.max(floor, j - 14); k--) {
      if (inQuote[k] >= 0 || toks[k].lower === ',' || isEnd(k)) break;
      // (`the Associated Press report, which notes, …`: a writing's too)
      if (toks[k].lower !== 'who' && toks[k].lower !== 'which') continue;
      // (`an endorsement from Ann Roe, who declared …`: past the comma of a clause that adds to a name,
      // when `who` is the verb's own subject; not `talks with Wang, which the ministry called …`)
      const r = npLeft(toks[k - 1]?.lower === ',' && k - 1 > floor && k === j - 1 ? k - 1 : k, floor);
      if (r && r.kind !== 'pronoun') return r;
      break;
    }
    // `a spokeswoman for the police said`, `two officials familiar with the talks said`: a person
    // described before a post-modifier is the speaker, not the last noun of the modifier.
    const from = direct ? direct.start : j;
    for (let k = from - 1; k >= Math.max(floor, from - 8); k--) {
      const t = toks[k];
      // (`Another intelligence source speaking to Fox News said`: a participle that modifies it, too)
      if (
        inQuote[k] >= 0 ||
        t.lower === ',' ||
        (t.pos === 'VERB' && !/^(?:speaking|talking|writing|involved|familiar|close)$/.test(t.lower)) ||
        t.pos === 'AUX' ||
        isEnd(k)
      )
        break;
      if (!/^(?:for|of|at|with|from|to|in|on|close|familiar|involved|aware|speaking|talking|writing)$/.test(t.lower)) continue;
      const head = npLeft(k, floor);
      // Named with its prepositional modifier (`a spokeswoman for the police`), not with a clause
      // (`another source speaking to Fox News` is `another source`).
      if (head && head.kind === 'description' && PERSON_NOUNS.has(head.head ?? '')) {
        // `Sam Lau, the communications director for the party said`: the name the description follows.
        if (toks[head.start - 1]?.lower === ',') {
          const named = npLeft(head.start - 1, floor);
          if (named?.kind === 'name' && named.mention && entityById.get(named.mention.entity)?.kind === 'person') return named;
        }
        return /ing$/.test(t.lower) ? head : { ...head, end: j, head: head.head };
      }
    }
    return direct;
  };

  const isCloseMark = (i: number): boolean => {
    const q = inQuote[i];
    return q >= 0 && !!quotes[q].close && toks[i].start >= quotes[q].close!.start;
  };

  /**
   * The subject of a sentence: the first phrase at its start or after a leading adverbial
   * (`On Sunday, Mr Brinken met Qin …, describing both sides as “candid”` → Mr Brinken).
   */
  const sentenceSubject = (from: number, to: number): Referent | null => {
    for (let k = from; k < to; k++) {
      if (k !== from && toks[k - 1].lower !== ',') continue;
      if (inQuote[k] >= 0) continue;
      // `And then the senator went on the attack, saying …`: past conjunctions and adverbs that open the clause.
      let s = k;
      // (`When told …, Bush said`: not past `when`, whose clause has no subject to give)
      while (s < to && s - k < 3 && (toks[s].pos === 'CCONJ' || /^(?:then|also|still|now|so|yet|even|later)$/.test(toks[s].lower))) s++;
      const r = npRight(s, to);
      // (`Hours later, Ray Dunn …`: a capitalised word no entity names, before `later`, is a time adverbial)
      if (r && !(r.kind === 'name' && !r.mention && /^(?:later|earlier|ago|after|before)$/.test(toks[r.end]?.lower ?? ''))) return r;
    }
    return null;
  };

  /** Is the verb a participle after a comma, whose subject is the clause's (`…, adding that`)? */
  const isParticipleClause = (v: number): boolean => /ing$/.test(toks[v].lower) && toks[v - 1]?.lower === ',';

  const addresseeAfter = (v: number, ceil: number): { start: number; end: number } | undefined => {
    if (!ADDRESSEE_VERBS.has(toks[v].lower)) return undefined;
    const r = npRight(v + 1, ceil);
    if (!r) return undefined;
    return { start: r.start, end: r.end };
  };

  // Windows around each quote: from the start of its sentence (or the last sentence end) to the open
  // mark, and from the close mark to the next sentence end, the next quote or the paragraph end.
  const windows = quotes.map((q, k) => {
    const para = paragraphs[q.paragraph];
    // lowerBound itself, not a helper made in each call of attribute: a callback TurboFan inlined such a
    // helper into met the next article's new one and was thrown away (`wrong call target`).
    const openTok = lowerBound(toks, q.open.start);
    const closeTok = lowerBound(toks, q.close ? q.close.end : q.end);
    let preStart = openTok;
    // Windows are bounded: a cue 100 tokens from its quote is no cue, and a text that is one endless
    // "sentence" (150,000 quote marks, no full stop) must stay linear.
    while (preStart - 1 >= 0 && toks[preStart - 1].start >= para.start && openTok - preStart < MAX_WINDOW) {
      if (inQuote[preStart - 1] < 0 && isEnd(preStart - 1)) break;
      if (inQuote[preStart - 1] >= 0 && inQuote[preStart - 1] !== k && endsSentence(quotes[inQuote[preStart - 1]].text) && k > 0) break;
      preStart--;
    }
    let postEnd = closeTok;
    // `“… for a long time.” Political analyst David Bositis said …`: a quote that ends with a full stop,
    // followed by a capital, ended its sentence; what follows is another sentence's (`“Go!” Trump said`
    // and `“… time.” he said` keep their cue).
    const ended = /\.\s*$/.test(q.text) && closeTok < toks.length && /^\p{Lu}/u.test(tokenText(closeTok)) && !isSpeechVerb(closeTok);
    while (!ended && postEnd < toks.length && toks[postEnd].end <= para.end && postEnd - closeTok < MAX_WINDOW) {
      if (inQuote[postEnd] >= 0 && inQuote[postEnd] !== k) break;
      postEnd++;
      if (isEnd(postEnd - 1)) break;
    }
    // The rest of the sentence past any later quotes, for a cue far after: `was “direct” and made
    // progress “on several fronts”, a senior official told reporters`.
    let sentenceEnd = postEnd;
    while (
      !ended &&
      sentenceEnd < toks.length &&
      toks[sentenceEnd].end <= para.end &&
      sentenceEnd - closeTok < MAX_WINDOW &&
      !(inQuote[sentenceEnd - 1] < 0 && isEnd(sentenceEnd - 1))
    )
      sentenceEnd++;
    return { openTok, closeTok, preStart, postEnd, sentenceEnd };
  });

  /** `the ministry`, `the letter`: a head noun of an organisation or a writing, not of a person. */
  const isOrgHead = (head: string): boolean => (ORG_NOUNS.has(head) || WRITING_NOUNS.has(head)) && !PERSON_NOUNS.has(head);
  const mentionsBefore = (tok: number): number => partitionPoint(mentions.length, (i) => mentions[i].tokenStart < tok);

  /** A name phrase's text, a possessive's `’s` left out: `Dean’s` → `Dean`. */
  const nameText = (ref: Referent): string => text.slice(toks[ref.start].start, toks[ref.end - 1].end).replace(/[’']s$/, '');
  let bySurname: Map<string, Entity | null> | null = null;
  /**
   * For one word the entities stage did not read as a name (`“…,” Dean said`, `Dean` being also a
   * title): the one person the article names in full with that surname (`Ray Dean`); null when none or
   * several, or for a phrase of more words.
   */
  const personBySurname = (ref: Referent): Entity | null => {
    if (ref.mention || ref.end - ref.start !== 1) return null;
    return (bySurname ??= fullNamesBySurname(entityById.values())).get(foldName(nameText(ref))) ?? null;
  };

  return {
    personBySurname,
    nameText,
    text,
    toks,
    sentences,
    paragraphs,
    quotes,
    mentions,
    entityById,
    inQuote,
    mentionAt,
    mentionFrom,
    sentenceOfToken,
    windows: windows as QuoteWindow[],
    tokenText,
    paragraphOfToken,
    isEnd,
    isSpeechVerb,
    isNpToken,
    referent,
    npLeft,
    npRight,
    modifierEnd,
    skipBracket,
    skipFillersLeft,
    subjectOf,
    isCloseMark,
    sentenceSubject,
    isParticipleClause,
    addresseeAfter,
    mentionsBefore,
    isOrgHead,
    input,
  };
}

export const endsSentence = (s: string) => /[.!?]$/.test(s.trim());

/** Index of the first token whose end is after `offset`. */
export const lowerBound = (toks: Token[], offset: number): number => partitionPoint(toks.length, (i) => toks[i].end <= offset);

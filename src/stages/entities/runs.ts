// Name runs: maximal runs of name tokens, split where two names meet; headlines and datelines left out.
import type { Paragraph, Token } from '../../core/layers.js';
import { isFirstName, isTitleDot, ORG_HEADS, SPEECH_VERBS, TITLES } from '../../nlp/lexicon.js';
import { partitionPoint } from '../../nlp/search.js';
import { WORDS } from '../../nlp/words.js';
import { CONNECTORS, isCapital, isNameToken, isWordToken, NAME_PARTICLES, sentenceInitial, speaksNext } from './name-tokens.js';

export interface Run {
  start: number; // token index
  end: number; // exclusive
  /** Token index of a possessor run right before, `China’s` in `China’s Foreign Ministry`. */
  possessorStart: number | null;
}

/** Maximal runs of name tokens, joined by connectors (`Ministry of Foreign Affairs`) and hyphens (`Fu-kuo`). */
export function nameRuns(text: string, toks: Token[]): Run[] {
  const runs: Run[] = [];
  // (read only if a run opens with a hyphenated pair: most articles have none)
  let surnames: Set<string> | null = null;
  let i = 0;
  while (i < toks.length) {
    if (!isNameToken(text, toks, i)) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    for (;;) {
      const t = toks[end];
      if (!t) break;
      // `the Rev. Peter Kilbane`: a title's dot may have ended wink's sentence, not the name.
      const afterTitle = TITLES.has(toks[end - 1].lower) && toks[end - 1].lower.endsWith('.');
      if (isTitleDot(toks, end) && isNameToken(text, toks, end + 1)) {
        end += 2; // `Rev` `.` `Peter`: the title's dot, split off by the tokenizer
      } else if (
        isNameToken(text, toks, end) &&
        toks[end - 1].end + 1 >= t.start &&
        (t.sentence === toks[end - 1].sentence || afterTitle || toks[end - 1].lower === '.')
      ) {
        end++;
      } else if (
        t.lower === '-' &&
        t.start === toks[end - 1].end &&
        toks[end + 1] &&
        toks[end + 1].start === t.end &&
        isWordToken(toks[end + 1])
      ) {
        // `Liu Fu-kuo`, `Simon Cameron-Moore` join; `US-China` (ties) is an adjective made of two names,
        // unless a name follows: `Jean-Luc Amaury`.
        const given =
          toks[end + 2] &&
          text.charCodeAt(toks[end + 2].start - 1) === 32 &&
          toks[end + 2].pos === 'PROPN' &&
          isCapital(text, toks[end + 2]);
        // (`said Quell-Varga`, `Quell-Varga told`: beside a speech verb the pair is someone's name)
        const surname =
          (surnames ??= hyphenatedSurnames(text, toks)).has(`${toks[end - 1].lower}-${toks[end + 1].lower}`) ||
          SPEECH_VERBS.has(toks[start - 1]?.lower ?? '') ||
          speaksNext(toks, end + 2);
        if (end - start === 1 && isCapital(text, toks[end + 1]) && !given && !surname) {
          end = -1;
          break;
        }
        end += 2;
      } else if (CONNECTORS.has(t.lower) && t.lower !== 'and' && t.lower !== '&' && !isCapital(text, t)) {
        // `Ministry of Foreign Affairs`, `Center for American Studies`, `Office of the Central Committee`
        let k = end + 1;
        if (toks[k]?.lower === 'the') k++;
        // (`Jan van der Berg`, `Marta de la Vorn`: two particles in a row)
        else if (NAME_PARTICLES.has(t.lower) && NAME_PARTICLES.has(toks[k]?.lower ?? '') && !isCapital(text, toks[k])) k++;
        if (
          isNameToken(text, toks, k) &&
          (NAME_PARTICLES.has(t.lower) || ORG_HEADS.has(toks[end - 1].lower) || TITLES.has(toks[end - 1].lower))
        )
          end = k + 1;
        else break;
      } else break;
    }
    if (end < 0) {
      i += 3;
      continue;
    }
    let possessorStart: number | null = null;
    const apos = toks[start - 1];
    if (apos && (apos.lower === "'s" || apos.lower === "'") && start >= 2 && isNameToken(text, toks, start - 2)) {
      let p = start - 2;
      while (p > 0 && isNameToken(text, toks, p - 1)) p--;
      possessorStart = p;
    }
    runs.push({ start, end, possessorStart });
    i = end;
  }
  return runs;
}

/**
 * Hyphenated names the article gives after another name (`Jane Smith-Jones` → `smith-jones`): alone later
 * (`“…,” said Smith-Jones`) such a pair is her surname, not an adjective made of two names (`US-China ties`).
 */
function hyphenatedSurnames(text: string, toks: Token[]): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k + 2 < toks.length; k++) {
    const [before, a, dash, b] = [toks[k - 1], toks[k], toks[k + 1], toks[k + 2]];
    if (dash.lower !== '-' || dash.start !== a.end || b.start !== dash.end || !isCapital(text, a) || !isCapital(text, b)) continue;
    if (before.end < a.start && before.pos === 'PROPN' && isCapital(text, before) && !TITLES.has(before.lower))
      out.add(`${a.lower}-${b.lower}`);
  }
  return out;
}

/**
 * A headline in title case (`Ann Roe Goes After Tom Hale On Taxes`) glues names to its other
 * capitalised words: its runs are no names. A line without final punctuation whose words are all capitalised
 * but the small ones is one (`“Safety first, always” — Commissioner Ruth Vale` is not); `By Jane Roe` or a one-name caption has too few words to tell and is read as usual.
 */
export function headlineTest(text: string, paragraphs: readonly Paragraph[]): (offset: number) => boolean {
  const heads = paragraphs.filter((p, k) => {
    // The first line is a title even when it ends with a full stop (`Preston and Vasko Slam Critics.`).
    if (!p.heading && k > 0) return false;
    const words = text
      .slice(p.start, p.end)
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w) && !HEADLINE_SMALL_WORDS.has(w.toLowerCase()));
    if (words.length < 4) return false;
    const caps = words.filter((w) => /^[\p{Lu}\d“"‘']/u.test(w)).length;
    return caps / words.length >= 0.9;
  });
  if (!heads.length) return () => false;
  return (offset) => {
    const i = partitionPoint(heads.length, (k) => heads[k].end <= offset);
    return i < heads.length && heads[i].start <= offset;
  };
}

/** Words a title-case headline leaves in lower case: `Roe Goes After Hale on Taxes`. */
export const HEADLINE_SMALL_WORDS = new Set<string>(WORDS.headlineSmallWords);

/** `PORT ELLEN - Ten years ago …`, `WASHINGTON, Sept. 9 —`: a capitals-only place opening a paragraph. */
export function isDateline(text: string, toks: Token[], run: Run): boolean {
  const first = toks[run.start];
  if (first.start > 0 && text[first.start - 1] !== '\n') return false;
  for (let k = run.start; k < run.end; k++) if (/\p{Ll}/u.test(text.slice(toks[k].start, toks[k].end))) return false;
  const next = toks[run.end];
  return !!next && /^[,—–-]$/.test(next.lower) && text.slice(toks[run.start].start, toks[run.end - 1].end).length > 3;
}

/**
 * One run can hold two names the text puts side by side: `the Washington Post Hale said` is an
 * organisation, then a person; `Said Ellis: “…”` opens with a speech verb, not a name.
 */
export function splitRun(text: string, toks: Token[], run: Run): Run[] {
  let start = run.start;
  if (run.end - start > 1 && SPEECH_VERBS.has(toks[start].lower) && sentenceInitial(toks, start)) start++;
  // `(See Ostrander’s full timeline …)`: a sentence's first word that the tagger does not call a proper noun and
  // that is no given name is an ordinary word before a name (`Drew Thompson said` keeps Drew).
  if (run.end - start > 1 && toks[start].pos !== 'PROPN' && sentenceInitial(toks, start) && !isFirstName(toks[start].lower)) start++;
  // `-based Matt Kowalczyk` (of `Texas-based`): a name never starts with a hyphen or a lower-case word.
  while (start < run.end - 1 && !/^[\p{Lu}\d]/u.test(text.slice(toks[start].start, toks[start].end))) start++;
  for (let k = start + 1; k < run.end; k++) {
    const w = toks[k].lower;
    // `Glen Barker Says Hale …` (a headline): a capitalised speech verb ends one name and starts another;
    // `Dana Cole Described Her Years …`: last in the run, it ends the name.
    if (SPEECH_VERBS.has(w) && /(?:s|ed)$/.test(w)) {
      return [
        { start, end: k, possessorStart: run.possessorStart },
        ...splitRun(text, toks, { start: k + 1, end: run.end, possessorStart: null }),
      ].filter((r) => r.end > r.start);
    }
    // `Washington Post Hale`, `Foreign Ministry Spokesman Feng`: an organisation's last word mid-run.
    if (k === run.end - 1 || !NEWS_HEADS.has(w) || !/^\p{Lu}/u.test(text.slice(toks[k + 1].start, toks[k + 1].end))) continue;
    if (CONNECTORS.has(toks[k + 1].lower)) continue;
    return [
      { start, end: k + 1, possessorStart: run.possessorStart },
      { start: k + 1, end: run.end, possessorStart: null },
    ];
  }
  return start === run.start ? [run] : [{ ...run, start }];
}
/** Last words of outlets and bodies that a person's name may follow in one run. */
export const NEWS_HEADS = new Set<string>(WORDS.newsHeads);

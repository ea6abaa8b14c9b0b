// Property tests over random news-like text: quote marks of every kind, names, titles, speech verbs,
// pronouns, emoji, odd spaces and line ends, thrown together in any order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import defaultPipeline from '../pipelines/default.js';
import { findBadSpan, runPipeline } from '../src/core/pipeline.js';
import { type ArticleRecord, toRecord } from '../src/core/record.js';

const pieces = [
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '„',
  '‹',
  '›',
  '`',
  '—',
  '–',
  ':',
  ',',
  '.',
  '?',
  '!',
  ' ',
  ' ',
  ' ',
  '\u00a0',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  'said',
  'says',
  'told reporters',
  'added',
  'according to',
  'he said',
  'she said',
  'they said',
  'it said',
  'warned',
  'asked',
  'Anton Lorne',
  'Lorne',
  'Mr. Lorne',
  'Mr Lorme',
  'Feng Jun',
  'Feng',
  'Dr. Ana Lopez',
  'President Su Lan',
  'the minister',
  'a senior official',
  'the State Department',
  'Harbourwire',
  'U.S.',
  'AP',
  'the company',
  'We will',
  'talks',
  'were useful',
  'the economy',
  'is strong',
  'Monday',
  'in Beijing',
  'I',
  'you',
  'it',
  '😀',
  '🏆',
  '𝒳',
  'é',
  'ß',
  '\u0301',
  '\ufffd',
  '\u2028',
  '\ufeff',
];
const noise = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((xs) => xs.join(' '));
const word = fc.constantFrom(
  'We',
  'will',
  'talks',
  'were',
  'useful',
  'the',
  'economy',
  'is',
  'strong',
  'not',
  'ready',
  'and',
  'I',
  '🏆',
  'U.S.',
  'Beijing',
);
const name = fc.constantFrom(
  'Anton Lorne',
  'Mr. Lorne',
  'Feng Jun',
  'Dr. Ana Lopez',
  'he',
  'she',
  'the minister',
  'a senior official',
  'the State Department',
  'Harbourwire',
);
const verb = fc.constantFrom('said', 'told reporters', 'added', 'warned', 'says');
const marks = fc.constantFrom(['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['«', '»'], ['„', '“'], ['“', ''], ['', '”']);
/** A quoted sentence in one of the shapes news uses, with the speaker before, inside or after it. */
const quoted = fc
  .tuple(marks, fc.array(word, { minLength: 1, maxLength: 12 }), name, verb, fc.integer({ min: 0, max: 3 }))
  .map(([[o, c], ws, who, v, shape]) => {
    const q = ws.join(' ');
    if (shape === 0) return `${o}${q},${c} ${who} ${v}.`;
    if (shape === 1) return `${who} ${v}: ${o}${q}.${c}`;
    if (shape === 2) return `${o}${q},${c} ${v} ${who}. ${o}${q}.${c}`;
    return `${who} ${v} ${o}${q}${c} — ${o}${q}.${c}`;
  });
const newsLike = fc
  .array(fc.oneof(quoted, quoted, noise), { maxLength: 12 })
  .chain((parts) => fc.constantFrom(' ', '\n\n', '\r\n', '\n').map((sep) => parts.join(sep)));

/** Every span of a record, with the place it was found. */
function spans(rec: ArticleRecord): Array<{ where: string; start: number; end: number; text: string }> {
  const out: Array<{ where: string; start: number; end: number; text: string }> = [];
  for (const q of rec.quotes) {
    out.push({ where: `quote ${q.id}`, ...q });
    if (q.cue) out.push({ where: `cue of ${q.id}`, ...q.cue });
    if (q.speaker?.mention) out.push({ where: `speaker of ${q.id}`, ...q.speaker.mention });
    if (q.speaker?.addressee) out.push({ where: `addressee of ${q.id}`, ...q.speaker.addressee });
  }
  for (const e of rec.entities) for (const m of e.mentions) out.push({ where: `mention of ${e.id}`, ...m });
  return out;
}

describe('property: any text', () => {
  it('never throws, never fails a stage, and every span written is its slice of the text', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        const run = runPipeline(defaultPipeline, 'p', text);
        expect(run.failed, run.messages.map((m) => m.message).join('; ')).toBe(false);
        // The built-in stages' layers are not walked at run time (isBuiltIn): every one is walked here.
        for (const [name, layer] of Object.entries(run.doc.layers)) expect(findBadSpan(text, layer), name).toBeNull();
        const rec = toRecord(run, { source: 'p.txt', sha256: '' });
        for (const s of spans(rec)) {
          expect(s.start, s.where).toBeGreaterThanOrEqual(0);
          expect(s.end, s.where).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end), s.where).toBe(s.text);
        }
        for (const w of rec.warnings) expect(w.start >= 0 && w.start <= w.end && w.end <= text.length, w.message).toBe(true);
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });

  it('grows linearly: sixteen times the text takes nowhere near 256 times as long', () => {
    // A growth-order check, not a speed target: a quadratic step would be ~256× at 16× the input; the
    // bound of 48× leaves a wide margin for a noisy machine. The fastest of five runs is compared.
    const base = fc.sample(newsLike, { numRuns: 40, seed: 7 }).join('\n\n');
    const fastest = (text: string) => {
      let best = Infinity;
      for (let k = 0; k < 5; k++) {
        const t = performance.now();
        runPipeline(defaultPipeline, 'p', text);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    fastest(base); // warm up the model and the JIT
    const small = fastest(base);
    const large = fastest(Array.from({ length: 16 }, () => base).join('\n\n'));
    expect(large / small).toBeLessThan(48);
  });
});

// Turns a pipeline run into the article record of the output contract (shared/spec/OUTPUT.md).
import type { Span } from './doc.js';
import { type Entity, type GenderFields, layerOutput, type SpeakerRef } from './layers.js';
import type { Message } from './message.js';
import type { RunResult, StageRecord } from './pipeline.js';

export type PipelineRecordConfig = { name: string; stages: StageRecord[] };

export interface ArticleQuote {
  id: string;
  text: string;
  start: number;
  end: number;
  speaker:
    | (SpeakerRef & {
        /** The speaker's id in merged.json: filled in by a corpus run once it has merged, else null. */
        corpusId?: string | null;
      })
    | null;
  cue: Span | null;
  confidence: number;
  /** `direct`: an utterance of its own between marks; `partial`: quoted words inside the reporter's sentence. */
  type?: 'direct' | 'partial' | 'indirect';
  /** Set when this quote goes on from the previous one (next paragraph of the same speech). */
  continues?: string;
}

export interface ArticleRecord {
  article: {
    id: string;
    source: string;
    sha256: string;
    length: number;
    pipeline?: string;
    /** The stages and options the article ran with (configOf). */
    config?: PipelineRecordConfig;
    file?: string;
  };
  quotes: ArticleQuote[];
  entities: Array<
    /** For a person, its gender fields: null where the text does not say it without contradiction. */
    Pick<Entity, 'id' | 'name' | 'kind'> & GenderFields & { mentions: Span[] }
  >;
  warnings: Array<{ code: string; start: number; end: number; message: string; stage: string; severity: string }>;
  /** Every person and organisation the article names, speaking or not: what the merge votes on. */
  names?: Array<{ name: string; kind: string; mentions: number }>;
  /** The layers of stages added to the default pipeline, by layer name (a free key of the contract). */
  extensions?: Record<string, unknown>;
  /** What the input says of the article: a feed's fields beside id and text, or a text file's headline as `title`. */
  meta?: Record<string, unknown>;
}

/** The layers the default pipeline makes; any other layer is a user's stage and goes to `extensions`. */

export function toRecord(
  run: RunResult,
  meta: { source: string; sha256: string; pipeline?: string; config?: PipelineRecordConfig },
  extra: Message[] = [],
): ArticleRecord {
  const { doc } = run;
  const quotes = doc.layers.quotes ?? [];
  const attribution = doc.layers.attribution;
  const out: ArticleQuote[] = [];
  if (attribution) {
    const byId = new Map(quotes.map((q) => [q.id, q]));
    let prevKept: ArticleQuote | null = null;
    for (const a of attribution.attributions) {
      if (!a.isQuote) continue;
      const q = byId.get(a.quote)!;
      const rec: ArticleQuote = {
        id: q.id,
        text: q.text,
        start: q.start,
        end: q.end,
        type: quoteType(doc.text, q.open.start),
        // `corpusId`: the speaker's id in merged.json, filled in once a corpus run has merged (io/speaker-links).
        speaker: a.speaker ? { ...a.speaker, corpusId: null } : null,
        cue: a.cue,
        confidence: a.confidence,
      };
      if (q.continued && prevKept) rec.continues = prevKept.id;
      out.push(rec);
      prevKept = rec;
    }
    // Reported speech without marks, among the quotes in text order (`r1`, `r2`, … : ids of their own).
    const indirect = attribution.indirect ?? [];
    indirect.forEach((r, k) => {
      out.push({
        id: `r${k + 1}`,
        text: r.text,
        start: r.start,
        end: r.end,
        type: 'indirect',
        speaker: r.speaker ? { ...r.speaker, corpusId: null } : null,
        cue: r.cue,
        confidence: r.confidence,
      });
    });
    if (indirect.length) out.sort((a, b) => a.start - b.start || a.end - b.end);
  }
  const entities = (attribution?.speakers ?? []).map((e) => ({
    id: e.id,
    name: e.name,
    kind: e.kind,
    ...(e.kind === 'person' ? { gender: e.reportedGender?.gender ?? null, genderEvidence: e.reportedGender?.evidence ?? null } : {}),
    mentions: e.mentions,
  }));
  const warnings = [...extra, ...run.messages].map((m) => ({
    code: m.code,
    start: m.start,
    end: m.end,
    message: m.message,
    stage: m.stage,
    severity: m.severity,
  }));
  const names = (doc.layers.entities?.entities ?? [])
    .filter((e) => e.kind === 'person' || e.kind === 'organisation')
    .map((e) => ({ name: e.name, kind: e.kind, mentions: e.mentions.length }));
  const extensions = Object.fromEntries(
    Object.entries(doc.layers).filter(([name, value]) => layerOutput(name) === 'extensions' && value !== undefined),
  );
  return {
    article: {
      id: doc.id,
      source: meta.source,
      sha256: meta.sha256,
      length: doc.text.length,
      ...(meta.pipeline ? { pipeline: meta.pipeline } : {}),
      ...(meta.config ? { config: meta.config } : {}),
    },
    quotes: out,
    entities,
    warnings,
    names,
    ...(Object.keys(extensions).length ? { extensions } : {}),
  };
}

/**
 * `direct` when the marks hold an utterance of their own: they open a line or follow a cue's punctuation
 * (`“…,” she said`, `he said: “…”`, `she added, “…”`); `partial` when the quoted words go on the
 * reporter's own clause (`called the plan “a real step forward”`, `said the talks “went well”`).
 */
export function quoteType(text: string, open: number): 'direct' | 'partial' {
  let i = open - 1;
  while (i >= 0 && text[i] !== '\n' && /\s/.test(text[i])) i--;
  return i >= 0 && /[\p{L}\p{N}]/u.test(text[i]) ? 'partial' : 'direct';
}

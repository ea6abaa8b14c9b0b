// runCorpus with worker threads gives the records and merge that the same run in this thread gives:
// records cross from a worker as the JSON of their file (ArticleOutcome.json), not as cloned objects,
// and only in a run that keeps them; otherwise only what the merge reads (ArticleOutcome.merge) crosses.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeInput } from '../src/merge/input.js';
import { type ArticleOutcome, runCorpus } from '../src/node/runner.js';
import { root } from './cli.js';

const corpus = path.join(root, 'corpus');

async function run(workers: number, keepRecords = true) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `whosaid-runner-${workers}-`));
  const results = new Map<string, ArticleOutcome>();
  const summary = await runCorpus({ corpus, out, workers, force: true, keepRecords, onArticle: (id, r) => results.set(id, r) });
  return { out, results, summary };
}

/** A record as a worker made it: the corpus-wide ids a run writes into its files after the merge left out. */
const beforeMerge = (json: string) => JSON.parse(json, (key, value) => (key === 'corpusId' ? undefined : value));

describe('runCorpus', () => {
  it('gives the same records and merge with worker threads as in this thread, and each result carries its file', async () => {
    const [inThread, threaded] = await Promise.all([run(0), run(2)]);
    const byId = (rs: typeof inThread.summary.records) => [...rs!].sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
    expect(threaded.summary.records!.length).toBe(fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).length);
    expect(byId(threaded.summary.records)).toEqual(byId(inThread.summary.records));
    expect(threaded.summary.merged).toEqual(inThread.summary.merged);
    for (const { out, results } of [inThread, threaded]) {
      for (const [id, r] of results) {
        const file = fs.readFileSync(path.join(out, 'articles', `${id}.json`), 'utf8');
        expect(beforeMerge(r.json!)).toEqual(beforeMerge(file));
        expect(JSON.parse(r.json!)).toEqual(r.record);
        expect(r.merge).toEqual(mergeInput(r.record!));
      }
    }
  }, 60_000);

  it('keeps only what the merge reads without keepRecords, and merges the same', async () => {
    const [kept, slim] = await Promise.all([run(2), run(2, false)]);
    expect(slim.summary.records).toBeUndefined();
    expect(slim.summary.merged).toEqual(kept.summary.merged);
    expect(slim.summary.quotes).toBe(kept.summary.quotes);
    expect(slim.summary.warnings).toBe(kept.summary.warnings);
    for (const [id, r] of slim.results) {
      expect(r.record).toBeUndefined();
      expect(r.json).toBeUndefined();
      const file = beforeMerge(fs.readFileSync(path.join(slim.out, 'articles', `${id}.json`), 'utf8'));
      expect(r.merge).toEqual(mergeInput(file));
      // Warnings and mention offsets stay in the file: the merge does not read them.
      expect(JSON.stringify(r.merge).length).toBeLessThan(JSON.stringify(file).length);
    }
  }, 60_000);

  it('hands back the file it skipped as it found it, on a rerun without --force', async () => {
    const first = await run(1);
    const results = new Map<string, ArticleOutcome>();
    await runCorpus({ corpus, out: first.out, workers: 1, force: false, keepRecords: true, onArticle: (id, r) => results.set(id, r) });
    expect(results.size).toBe(first.results.size);
    for (const [id, r] of results) {
      expect(r.skipped).toBe(true);
      expect(r.json).toBe(fs.readFileSync(path.join(first.out, 'articles', `${id}.json`), 'utf8'));
      expect(beforeMerge(r.json!)).toEqual(beforeMerge(JSON.stringify(first.results.get(id)!.record)));
    }
  }, 60_000);

  it('writes into each article file the corpus-wide id of every speaker, as merged.json has it', async () => {
    const { out, summary } = await run(0, false);
    const speakers = new Set(summary.merged.speakers.map((s) => s.id));
    const statementOf = new Map<string, string | null>();
    for (const st of summary.merged.statements) for (const q of st.quotes) statementOf.set(`${q.article}#${q.quote}`, st.speaker);
    let agree = 0;
    let speaking = 0;
    for (const f of fs.readdirSync(path.join(out, 'articles'))) {
      const text = fs.readFileSync(path.join(out, 'articles', f), 'utf8');
      const rec = JSON.parse(text);
      for (const q of rec.quotes) {
        if (!q.speaker) continue;
        speaking++;
        expect(speakers.has(q.speaker.corpusId)).toBe(true);
        if (statementOf.get(`${rec.article.id}#${q.id}`) === q.speaker.corpusId) agree++;
      }
    }
    expect(speaking).toBeGreaterThan(50);
    // A statement's speaker is its quotes' majority: nearly every quote agrees with it.
    expect(agree / speaking).toBeGreaterThan(0.9);
  }, 60_000);
});

describe('runCorpus reads a corpus as it goes', () => {
  it('holds a bounded number of articles read and not yet done, whatever the corpus size', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-runner-stream-'));
    let pulled = 0;
    let done = 0;
    let most = 0;
    async function* feed() {
      for (let i = 0; i < 120; i++) {
        pulled++;
        most = Math.max(most, pulled - done);
        yield { id: `a${i}`, source: `feed:${i}`, text: `“We will win,” Ann Cole said on day ${i}.` };
      }
    }
    const summary = await runCorpus({ corpus: feed(), out, workers: 1, force: true, onArticle: () => done++ });
    expect(summary.articles).toBe(120);
    expect(done).toBe(120);
    // One worker: four in flight and as many waiting; a run that queued the whole feed would hold 120.
    expect(most).toBeLessThanOrEqual(9);
    expect(most).toBeGreaterThan(1);
  }, 60_000);
});

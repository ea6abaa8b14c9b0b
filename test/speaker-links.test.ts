// The corpus-wide speaker id of each quote, written into its article file once the corpus is merged.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillSlots, findSlots, padSlots, SLOT } from '../src/node/io/speaker-links.js';
import { corpusFolder, TWO } from './helpers.js';

describe('speaker-id slots', () => {
  it('are filled in place, the file valid JSON throughout, and an id too long for its slot rewrites the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-slots-'));
    const file = path.join(dir, 'a.json');
    const record = {
      quotes: [
        { id: 'q1', speaker: { name: 'Ann Lee', entity: 'lee', corpusId: null } },
        { id: 'q2', speaker: null },
        { id: 'q3', speaker: { name: 'Жанна', entity: 'zh', corpusId: null } },
      ],
    };
    const json = padSlots(JSON.stringify(record, null, 1));
    fs.writeFileSync(file, json);
    const slots = findSlots(fs.readFileSync(file));
    expect(slots).toHaveLength(4);
    expect(slots[1]).toBe(SLOT);
    // A slot left null between filled ones keeps its bytes: `"corpusId": null` and its padding.
    await fillSlots(file, slots, [null, 'zh']);
    expect(fs.readFileSync(file, 'utf8')).toContain(padSlots('"corpusId": null'));
    expect(
      JSON.parse(fs.readFileSync(file, 'utf8')).quotes.map((q: { speaker: { corpusId: string } | null }) => q.speaker?.corpusId ?? null),
    ).toEqual([null, null, 'zh']);
    await fillSlots(file, slots, ['ann-lee', 'жанна']);
    const after = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(after.quotes.map((q: { speaker: { corpusId: string } | null }) => q.speaker?.corpusId ?? null)).toEqual([
      'ann-lee',
      null,
      'жанна',
    ]);
    expect(fs.statSync(file).size).toBe(Buffer.byteLength(json)); // in place: not a byte more
    const long = 'x'.repeat(100);
    await fillSlots(file, findSlots(fs.readFileSync(file)), [long, null]);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).quotes[0].speaker.corpusId).toBe(long);
  });
});

describe('input fields named like ours', () => {
  it('never steer the corpus ids: a feed field `corpusId` (null or not) leaves every quote its speaker id', async () => {
    const { runCorpus } = await import('../src/node/runner.js');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-collide-'));
    const feed = path.join(dir, 'feed.jsonl');
    const text = '“We won,” said Ann Roe.\n\n“We lost,” said Tom Hale.';
    fs.writeFileSync(
      feed,
      [
        JSON.stringify({ id: 'nulled', text, corpusId: null }),
        JSON.stringify({ id: 'named', text, corpusId: 'someone-else', speaker: { corpusId: null } }),
      ].join('\n'),
    );
    const out = path.join(dir, 'out');
    await runCorpus({ corpus: feed, out, workers: 0, force: false });
    for (const id of ['nulled', 'named']) {
      const rec = JSON.parse(fs.readFileSync(path.join(out, 'articles', `${id}.json`), 'utf8'));
      expect(
        rec.quotes.map((q: { speaker: { corpusId: string } }) => q.speaker.corpusId),
        id,
      ).toEqual(['ann-roe', 'tom-hale']);
    }
  });
});

describe('an article file that cannot take its ids', () => {
  it('fails that article alone: the run ends with merged.json and quotes.csv, and says which', async () => {
    const { runCorpus } = await import('../src/node/runner.js');
    const { corpus, out } = corpusFolder('unwritable', { gone: TWO.a, kept: TWO.b });
    const lines: string[] = [];
    // Removed once written, before the merge fills its ids (as a file made read-only or moved would be).
    const onArticle = (id: string) => {
      if (id === 'gone') fs.rmSync(path.join(out, 'articles', 'gone.json'));
    };
    const summary = await runCorpus({
      corpus,
      out,
      workers: 0,
      force: false,
      onArticle,
      onMessage: (l) => lines.push(l),
    });
    expect(summary.failed).toBe(1);
    expect(lines.filter((l) => /^gone:.*cannot write its speaker ids.*\(output:unwritable\)$/.test(l))).toHaveLength(1);
    expect(fs.existsSync(path.join(out, 'merged.json'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'quotes.csv'))).toBe(true);
    const kept = JSON.parse(fs.readFileSync(path.join(out, 'articles', 'kept.json'), 'utf8'));
    expect(kept.quotes[0].speaker.corpusId).toBe('tom-hale');
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

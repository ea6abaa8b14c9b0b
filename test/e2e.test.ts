// The whole path on the corpus: the CLI writes what shared/spec/OUTPUT.md says, every span holds.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, root } from './cli.js';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-e2e-'));
const corpus = path.join(root, 'corpus');
const ids = fs
  .readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));
let run: ReturnType<typeof cli>;

beforeAll(() => {
  run = cli([corpus, '--out', out, '--quiet']);
});

describe('npm run pipeline on corpus/', () => {
  it('exits 0 and prints a summary', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/whosaid: 5 articles .* quotes, \d+ speakers/);
  });

  it('writes one article file per input, each span equal to its slice of the source', () => {
    let spans = 0;
    for (const id of ids) {
      const text = fs.readFileSync(path.join(corpus, `${id}.txt`), 'utf8').replace(/^\uFEFF/, '');
      const rec = JSON.parse(fs.readFileSync(path.join(out, 'articles', `${id}.json`), 'utf8'));
      expect(rec.article).toMatchObject({ id, length: text.length });
      expect(rec.article.sha256).toMatch(/^[0-9a-f]{64}$/);
      for (const q of rec.quotes) {
        expect(typeof q.id).toBe('string');
        expect(q.confidence).toBeGreaterThanOrEqual(0);
        expect(q.confidence).toBeLessThanOrEqual(1);
        expect('cue' in q).toBe(true);
        for (const s of [q, q.cue, q.speaker?.mention, q.speaker?.addressee]) {
          if (!s) continue;
          expect(text.slice(s.start, s.end)).toBe(s.text);
          spans++;
        }
      }
      for (const e of rec.entities)
        for (const m of e.mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          spans++;
        }
      expect(Array.isArray(rec.warnings)).toBe(true);
    }
    expect(spans).toBeGreaterThan(100);
  });

  it('writes merged.json with every quote in exactly one statement', () => {
    const merged = JSON.parse(fs.readFileSync(path.join(out, 'merged.json'), 'utf8'));
    expect(merged.articles.sort()).toEqual([...ids].sort());
    const speakerIds = new Set(merged.speakers.map((s: { id: string }) => s.id));
    for (const s of merged.speakers) {
      expect(typeof s.name).toBe('string');
      expect(Array.isArray(s.aliases)).toBe(true);
    }
    const seen = new Map<string, number>();
    for (const st of merged.statements) {
      expect(st.speaker === null || speakerIds.has(st.speaker)).toBe(true);
      for (const q of st.quotes) seen.set(`${q.article}#${q.quote}`, (seen.get(`${q.article}#${q.quote}`) ?? 0) + 1);
    }
    let total = 0;
    for (const id of ids) {
      const rec = JSON.parse(fs.readFileSync(path.join(out, 'articles', `${id}.json`), 'utf8'));
      for (const q of rec.quotes) {
        total++;
        expect(seen.get(`${id}#${q.id}`)).toBe(1);
      }
    }
    expect(seen.size).toBe(total);
  });

  it('joins two translations of one sentence that two articles quote among other words', () => {
    // `Both sides have made progress and reached agreement on some specific issues. This is very good,`
    // and `The two sides have also made progress and reached agreement on some specific issues,`: each
    // has more shared word pairs than a quote keeps as keys, so which it keeps must not part them.
    const merged = JSON.parse(fs.readFileSync(path.join(out, 'merged.json'), 'utf8'));
    const holding = (re: RegExp) =>
      merged.statements.find((st: { quotes: Array<{ article: string; quote: string }> }) =>
        st.quotes.some((q) =>
          re.test(
            JSON.parse(fs.readFileSync(path.join(out, 'articles', `${q.article}.json`), 'utf8')).quotes.find(
              (x: { id: string }) => x.id === q.quote,
            ).text,
          ),
        ),
      );
    expect(holding(/^Both sides have made progress and reached agreement/).id).toBe(holding(/^The two sides have also made progress/).id);
  });

  it('passes the shared contract checker when it is there', () => {
    const checker = path.join(root, '../shared/tools/check-output.mjs');
    if (!fs.existsSync(checker)) return;
    const r = spawnSync(process.execPath, [checker, out, corpus], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/all as spec\/OUTPUT.md says/);
    expect(r.status).toBe(0);
  });

  it('skips up-to-date articles on a rerun, and redoes them with --force', () => {
    expect(cli([corpus, '--out', out, '--quiet']).stdout).toMatch(/\(5 up to date, 0 failed\)/);
    expect(cli([corpus, '--out', out, '--quiet', '--force']).stdout).toMatch(/\(0 up to date, 0 failed\)/);
  });

  it('exits 2 on bad arguments, with help', () => {
    const r = cli(['--workers', 'zero']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--workers needs a whole number/);
    expect(cli(['--help']).stdout).toMatch(/usage: whosaid/);
    expect(cli([path.join(out, 'no-such-folder')]).status).toBe(2);
  });
});

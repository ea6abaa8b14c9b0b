// Checks over the whole PolNeAR dev set, run when it has been built on this machine
// (../shared/tools/polnear/build.sh; its data is never committed, so CI skips these). Set
// WHOSAID_DEV_SET to a built set folder to use another one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_A_NAME } from '../scripts/eval-lib.js';
import { analyseText } from './helpers.js';

const set = process.env.WHOSAID_DEV_SET ?? path.join(os.tmpdir(), 'whosaid-dev', 'polnear-dev-direct');
const corpus = path.join(set, 'corpus');
const present = fs.existsSync(corpus);

describe.skipIf(!present)('PolNeAR dev output', () => {
  const records = present
    ? fs
        .readdirSync(corpus)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({
          f,
          text: fs.readFileSync(path.join(corpus, f), 'utf8'),
          record: analyseText(fs.readFileSync(path.join(corpus, f), 'utf8'), f),
        }))
    : [];

  it('names no person speaker by a title, a date, a weekday, a month or a headline word', () => {
    const bad: string[] = [];
    for (const { f, record } of records) {
      const kind = new Map(record.entities.map((e) => [e.id, e.kind]));
      for (const q of record.quotes) {
        if (!q.speaker || kind.get(q.speaker.entity) !== 'person') continue;
        if (q.speaker.name.split(/\s+/).some((w) => NOT_A_NAME.test(w))) bad.push(`${f}: ${q.speaker.name}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('writes every span as a slice of the text', () => {
    for (const { text, record } of records) {
      for (const q of record.quotes) {
        for (const s of [q, q.cue, q.speaker?.mention].filter((x): x is { start: number; end: number; text: string } => !!x)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
        }
      }
    }
  });
});

// The example stage in examples/: the test a user copies along with the stage.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SocialQuote } from '../examples/social-media.js';
import socialPipeline from '../examples/social-pipeline.js';
import { analyseArticle } from '../src/index.js';
import { cli } from './cli.js';

const social = (text: string) => {
  const rec = analyseArticle(socialPipeline, { id: 't', text });
  return { rec, marks: (rec.extensions?.social ?? []) as SocialQuote[] };
};

describe('example stage: quotes from social-media posts', () => {
  const cases: Array<[string, string, string | null]> = [
    ['“We will not back down,” Senator Ann Ruiz wrote on X.', 'We will not back down,', 'X'],
    ['In a post on Facebook, Mayor Tom Hale said: “The road is open again.”', 'The road is open again.', 'Facebook'],
    ['“Big news tonight,” Paul Mensah tweeted.', 'Big news tonight,', 'X'],
    ['“I saw it on TikTok first,” Lena Vogt told reporters in Berlin.', 'I saw it on TikTok first,', null],
    ['“The budget is balanced,” Finance Minister Kofi Adu said on Monday.', 'The budget is balanced,', null],
  ];
  for (const [text, quote, platform] of cases) {
    it(`${platform ?? 'no platform'}: ${text}`, () => {
      const { rec, marks } = social(text);
      const q = rec.quotes.find((x) => x.text === quote);
      expect(q).toBeDefined();
      const mark = marks.find((m) => m.quote === q!.id);
      expect(mark?.platform ?? null).toBe(platform);
      if (mark) expect(text.slice(mark.evidence.start, mark.evidence.end)).toBe(mark.evidence.text);
    });
  }

  it('runs through the CLI with --pipeline and writes its layer under extensions', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-example-'));
    fs.mkdirSync(path.join(dir, 'c'));
    fs.writeFileSync(
      path.join(dir, 'c', 'post.txt'),
      '“Big news tonight,” Paul Mensah tweeted.\n\n“Nothing to add,” his spokesman said.\n',
    );
    const r = cli([path.join(dir, 'c'), '--out', path.join(dir, 'o'), '--pipeline', 'examples/social-pipeline.ts', '--quiet']);
    expect(r.status).toBe(0);
    const rec = JSON.parse(fs.readFileSync(path.join(dir, 'o', 'articles', 'post.json'), 'utf8'));
    expect(rec.article.pipeline).toMatch(/^social@/);
    expect(rec.extensions.social).toEqual([expect.objectContaining({ quote: rec.quotes[0].id, platform: 'X' })]);
  });
});

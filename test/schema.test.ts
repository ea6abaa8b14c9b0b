// The JSON Schemas in schema/ describe what the pipeline writes: they validate the corpus output and
// records of failed inputs, and reject records that break the contract.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, root } from './cli.js';

const ajv = new Ajv({ allErrors: true, strict: true });
const articleSchema = ajv.compile(JSON.parse(fs.readFileSync(path.join(root, 'schema', 'article.schema.json'), 'utf8')));
const mergedSchema = ajv.compile(JSON.parse(fs.readFileSync(path.join(root, 'schema', 'merged.schema.json'), 'utf8')));
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-schema-'));
const errors = (v: typeof articleSchema) => ajv.errorsText(v.errors);

beforeAll(() => {
  const dir = path.join(out, 'extra');
  fs.mkdirSync(dir);
  // Failed and odd inputs beside the corpus: their records must fit the schema too.
  fs.writeFileSync(
    path.join(out, 'extra.jsonl'),
    [
      ...fs
        .readdirSync(path.join(root, 'corpus'))
        .map((f) => JSON.stringify({ id: f.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(root, 'corpus', f), 'utf8') })),
      'not json',
      JSON.stringify({ id: 'empty', text: '' }),
      JSON.stringify({ id: 'open', text: '“Never closed, said Ann Lee.' }),
    ].join('\n'),
  );
  cli([path.join(out, 'extra.jsonl'), '--out', path.join(out, 'o'), '--quiet']);
}, 120_000);

describe('JSON Schemas', () => {
  it('validate every article record and merged.json of a run', () => {
    const files = fs.readdirSync(path.join(out, 'o', 'articles'));
    expect(files.length).toBe(fs.readdirSync(path.join(root, 'corpus')).length + 3);
    for (const f of files) {
      const rec = JSON.parse(fs.readFileSync(path.join(out, 'o', 'articles', f), 'utf8'));
      expect(articleSchema(rec), `${f}: ${errors(articleSchema)}`).toBe(true);
    }
    const merged = JSON.parse(fs.readFileSync(path.join(out, 'o', 'merged.json'), 'utf8'));
    expect(mergedSchema(merged), errors(mergedSchema)).toBe(true);
  });

  it('reject records that break the contract', () => {
    const rec = JSON.parse(
      fs.readFileSync(
        path.join(out, 'o', 'articles', fs.readdirSync(path.join(out, 'o', 'articles')).find((f) => f.startsWith('000'))!),
        'utf8',
      ),
    );
    // biome-ignore lint/suspicious/noExplicitAny: each case breaks one field of a record, whatever its type
    const broken = (change: (r: Record<string, any>) => void) => {
      const copy = structuredClone(rec);
      change(copy);
      return articleSchema(copy);
    };
    expect(broken(() => {})).toBe(true);
    expect(broken((r) => (r.quotes[0].confidence = 1.5))).toBe(false);
    expect(broken((r) => delete r.quotes[0].cue)).toBe(false);
    expect(broken((r) => (r.quotes[0].speaker = { name: 'X' }))).toBe(false);
    expect(broken((r) => (r.article.sha256 = 'abc'))).toBe(false);
    expect(broken((r) => (r.entities[0].kind = 'animal'))).toBe(false);
    expect(mergedSchema({ articles: [], speakers: [], statements: [{ id: 's1', speaker: null, text: 'x', quotes: [] }] })).toBe(false);
  });
});

// The programmatic API: its exports are locked (a rename breaks users), the core bundles for a browser
// with no Node built-in, and analyseArticle gives what the CLI writes.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { analyseArticle, createPipeline, defineStage, merge } from '../src/index.js';
import * as nodeApi from '../src/node/index.js';
import { cli, root } from './cli.js';

describe('public API', () => {
  it('exports exactly these names from whosaid', () => {
    expect(Object.keys(api).sort()).toEqual([
      'LAYERS',
      'analyseArticle',
      'attribution',
      'coreference',
      'createDoc',
      'createPipeline',
      'defaultSieves',
      'defaultStages',
      'definePipeline',
      'defineStage',
      'entities',
      'layer',
      'merge',
      'paragraphs',
      'quotes',
      'reading',
      'runPipeline',
      'runStage',
      'scanQuotes',
      'sentences',
      'span',
      'toRecord',
      'tokens',
    ]);
  });

  it('exports exactly these names from whosaid/node', () => {
    expect(Object.keys(nodeApi).sort()).toEqual([
      'DEFAULT_PIPELINE',
      'MAX_REPORT_ARTICLES',
      'MAX_REPORT_STATEMENTS',
      'analyseBytes',
      'decodeArticle',
      'listCorpus',
      'pipelineVersion',
      'readCorpus',
      'renderReport',
      'runCorpus',
      'runJob',
      'writeReport',
    ]);
  });

  it('package.json points both entries, the bin and the schemas at the build of real sources', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    // The build (`npm run build`, run by `npm pack`) writes dist/src/<name>.js for src/<name>.ts.
    const source = (built: string) => built.replace(/^\.\/dist\//, './').replace(/\.d\.ts$|\.js$/, '.ts');
    expect(pkg.exports['.']).toEqual({ types: './dist/src/index.d.ts', default: './dist/src/index.js' });
    expect(pkg.exports['./node']).toEqual({ types: './dist/src/node/index.d.ts', default: './dist/src/node/index.js' });
    for (const entry of [pkg.exports['.'], pkg.exports['./node']])
      for (const built of Object.values(entry) as string[]) expect(fs.existsSync(path.join(root, source(built))), built).toBe(true);
    expect(fs.existsSync(path.join(root, source(pkg.bin.whosaid)))).toBe(true);
    expect(fs.existsSync(path.join(root, pkg.exports['./schema/*'].replace(/\*$/, 'article.schema.json')))).toBe(true);
    // Only what the product needs at run time: the NLP library and its model, CSV (quotes.csv), the
    // bound on articles in flight in a corpus run, an audited SHA-256 that also runs in a browser, and the
    // queue a run spread over machines goes through (BullMQ).
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      '@noble/hashes',
      'bullmq',
      'csv-stringify',
      'p-limit',
      'wink-eng-lite-web-model',
      'wink-nlp',
    ]);
  });

  it('bundles for a browser: no fs, no worker threads, no Node built-in in the core', async () => {
    const result = await build({
      entryPoints: [path.join(root, 'src/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.some((f) => f.includes('wink-eng-lite-web-model'))).toBe(true); // the model comes with the bundle
    expect(inputs.filter((f) => /^node:|src\/(?:runner|worker|cli|io\/|report\/write)/.test(f))).toEqual([]);
  }, 60_000);

  it('analyseArticle gives the record the CLI writes for the same text', () => {
    const id = fs
      .readdirSync(path.join(root, 'corpus'))
      .sort()[0]
      .replace(/\.txt$/, '');
    const text = fs.readFileSync(path.join(root, 'corpus', `${id}.txt`), 'utf8');
    const rec = analyseArticle(createPipeline(), { id, text });
    const out = fs.mkdtempSync(path.join(root, 'node_modules', '.api-test-'));
    expect(cli(['corpus', '--out', out, '--quiet', '--workers', '0']).status).toBe(0);
    const written = JSON.parse(fs.readFileSync(path.join(out, 'articles', `${id}.json`), 'utf8'));
    // The same, but for the corpus-wide speaker id a corpus run fills in once it has merged.
    for (const q of written.quotes)
      if (q.speaker) {
        expect(typeof q.speaker.corpusId).toBe('string');
        q.speaker.corpusId = null;
      }
    expect(rec.quotes).toEqual(written.quotes);
    expect(rec.entities).toEqual(written.entities);
    expect(rec.article.sha256).toBe(written.article.sha256); // the plain-TypeScript SHA-256 agrees with node:crypto
    fs.rmSync(out, { recursive: true, force: true });
  }, 120_000);

  it('merges records made by the API, and refuses a stage whose input comes later', () => {
    const p = createPipeline();
    const a = analyseArticle(p, { id: 'a', text: '“We will build the bridge,” said Mayor Ana Ruiz.' });
    const b = analyseArticle(p, { id: 'b', text: 'Ana Ruiz said: “We will build the bridge.”' });
    const m = merge([a, b]);
    expect(m.speakers.map((s) => s.name)).toEqual(['Ana Ruiz']);
    expect(m.statements).toHaveLength(1);
    const early = defineStage({ name: 'early', requires: ['attribution'], provides: 'paragraphs', run: () => [] });
    expect(() => createPipeline({ stages: [early] })).toThrow(/requires layer "attribution"/);
  });
});

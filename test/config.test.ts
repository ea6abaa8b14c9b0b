// Pipelines as data: a JSON config of built-in stages, options and sieves runs like the code it names,
// every record says what it ran with, and `--explain` prints the plan.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseArticle, createPipeline } from '../src/api.js';
import { defaultConfig, pipelineFromConfig } from '../src/config.js';
import { explain } from '../src/explain.js';
import { cli, root } from './cli.js';

const SINGLES = "'We will rebuild the bridge,' the mayor, Ann Roe, said.";

describe('a pipeline config', () => {
  it('describes the default pipeline stage for stage', () => {
    const fromConfig = pipelineFromConfig(defaultConfig());
    expect(fromConfig.stages.map((s) => [s.name, s.requires, s.provides])).toEqual(
      createPipeline().stages.map((s) => [s.name, s.requires, s.provides]),
    );
  });

  it('passes each option to its stage: no single marks, fewer sieves', () => {
    const base = analyseArticle(createPipeline(), { id: 'a', text: SINGLES });
    expect(base.quotes.map((q) => q.speaker?.name)).toEqual(['Ann Roe']);
    const stages = defaultConfig().stages.map((s) => (s === 'quotes' ? { stage: 'quotes', options: { singles: false } } : s));
    expect(analyseArticle(pipelineFromConfig({ name: 'doubles', stages }), { id: 'a', text: SINGLES }).quotes).toEqual([]);
    const one = defaultConfig().stages.map((s) => (s === 'attribution' ? { stage: 'attribution', options: { sieves: ['colon'] } } : s));
    expect(
      analyseArticle(pipelineFromConfig({ name: 'colon', stages: one }), { id: 'a', text: '“It is open,” Ann Roe said.' }).quotes[0]
        ?.speaker ?? null,
    ).toBeNull();
  });

  it('is written into every record, a stage of the user marked custom', () => {
    const record = analyseArticle(createPipeline(), { id: 'a', text: SINGLES });
    expect(record.article.config?.stages.map((s) => s.stage)).toEqual(defaultConfig().stages);
    expect(record.article.config?.stages.find((s) => s.stage === 'quotes')?.options).toEqual({ singles: true });
    const mine = createPipeline({ add: [{ name: 'mine', requires: [], provides: 'mine' as never, run: () => [] as never }] });
    expect(analyseArticle(mine, { id: 'a', text: SINGLES }).article.config?.stages.at(-1)).toEqual({ stage: 'mine', custom: true });
  });

  it('refuses what it does not know, naming what it does', () => {
    expect(() => pipelineFromConfig({ stages: ['paragraphs', 'quotez'] })).toThrow(/no stage "quotez": the stages are paragraphs, quotes/);
    expect(() => pipelineFromConfig({ stages: [{ stage: 'quotes', options: { single: true } }] })).toThrow(
      /stage "quotes" has no option "single" \(it has singles\)/,
    );
    expect(() => pipelineFromConfig({ stages: [{ stage: 'quotes', options: { singles: 'yes' } }] })).toThrow(
      /option "singles" cannot be "yes"/,
    );
    expect(() =>
      pipelineFromConfig({ stages: [...defaultConfig().stages.slice(0, -1), { stage: 'attribution', options: { sieves: ['cue-aftr'] } }] }),
    ).toThrow(/no sieve "cue-aftr"/);
    expect(() => pipelineFromConfig({ stages: ['coreference'] })).toThrow(/requires layer "reading", which no stage provides/);
    expect(() => pipelineFromConfig([])).toThrow(/"stages"/);
  });
});

describe('--explain and --pipeline with a config', () => {
  it('prints each stage with what it reads and writes', () => {
    const text = explain(createPipeline());
    for (const s of createPipeline().stages)
      expect(text).toMatch(new RegExp(`\\d\\. ${s.name} +${s.requires.length ? s.requires.join(', ') : 'text'} +${s.provides} `));
    const r = cli(['--explain']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(text);
  });

  it('runs a corpus with a JSON config, and refuses a bad one before writing anything', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-config-'));
    const good = path.join(dir, 'doubles.json');
    fs.writeFileSync(
      good,
      JSON.stringify({
        name: 'doubles',
        stages: defaultConfig().stages.map((s) => (s === 'quotes' ? { stage: 'quotes', options: { singles: false } } : s)),
      }),
    );
    fs.mkdirSync(path.join(dir, 'c'));
    fs.writeFileSync(path.join(dir, 'c', 'a.txt'), SINGLES);
    const ok = cli([path.join(dir, 'c'), '--out', path.join(dir, 'o'), '--pipeline', good, '--quiet', '--workers', '1']);
    expect(ok.status, ok.stderr).toBe(0);
    const record = JSON.parse(fs.readFileSync(path.join(dir, 'o', 'articles', 'a.json'), 'utf8'));
    expect(record.article.config.name).toBe('doubles');
    expect(record.quotes).toEqual([]);
    for (const [name, body] of [
      ['bad.json', '{"stages": ["quotez"]}'],
      ['broken.json', '{"stages": ['],
      ['answer.mjs', 'export default 42;'],
      ['throws.mjs', 'throw new Error("boom");'],
    ]) {
      fs.writeFileSync(path.join(dir, name), body);
      const r = cli([path.join(dir, 'c'), '--out', path.join(dir, `out-${name}`), '--pipeline', path.join(dir, name)]);
      expect(r.status, name).toBe(2);
      expect(r.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(fs.existsSync(path.join(dir, `out-${name}`)), name).toBe(false);
    }
  });

  it('is pictured in the README: its Architecture section holds what --explain prints', () => {
    expect(fs.readFileSync(path.join(root, 'README.md'), 'utf8')).toContain(explain(createPipeline()));
  });
});

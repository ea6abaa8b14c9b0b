// Worker threads start from one bundled JavaScript file per version of the code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultWorkerBundle } from '../src/node/workers/worker-bundle.js';

describe('worker bundle', () => {
  it('is built once per code version, as plain JavaScript with the pipeline inside, and old ones go', async () => {
    // A folder of its own: the real cache is in use by the CLI tests running beside this one.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-bundle-'));
    const first = await defaultWorkerBundle('test-version-1', dir);
    expect(first).not.toBeNull();
    const file = fileURLToPath(first!);
    const code = fs.readFileSync(file, 'utf8');
    expect(code).toContain('function attribute('); // the stages are in the bundle
    expect(code).toMatch(/from ["']wink-nlp["']/); // packages stay imports
    const built = fs.statSync(file).mtimeMs;
    expect(await defaultWorkerBundle('test-version-1', dir)).toBe(first);
    expect(fs.statSync(file).mtimeMs).toBe(built); // not rebuilt
    const second = await defaultWorkerBundle('test-version-2', dir);
    expect(fs.existsSync(fileURLToPath(second!))).toBe(true);
    expect(fs.existsSync(file)).toBe(false); // the bundle of the older code is gone
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

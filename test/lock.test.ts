// The output lock under contention: runs that start at once on a stale lock, a lock read while being
// written. One holder, always.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './cli.js';

/**
 * A process that takes the lock of `out` and says whether it got it; a holder keeps it until the test
 * writes `release`, so that a contender slowed by a busy machine cannot come after the holder has gone.
 */
function contender(out: string): { said: Promise<'held' | 'refused'>; exited: Promise<void> } {
  const code = `
    const { lockOutput } = await import(${JSON.stringify(path.join(root, 'src/node/io/lock.ts'))});
    const fs = await import('node:fs');
    // All contenders start together: each waits, loaded, for the go file.
    while (!fs.existsSync(${JSON.stringify(path.join(out, 'go'))})) await new Promise((r) => setTimeout(r, 1));
    try {
      const release = await lockOutput(${JSON.stringify(out)});
      process.stdout.write('held');
      while (!fs.existsSync(${JSON.stringify(path.join(out, 'release'))})) await new Promise((r) => setTimeout(r, 5));
      release();
      process.exit(0);
    } catch (e) {
      process.stdout.write(/another whosaid run/.test(e.message) ? 'refused' : 'error: ' + e.message);
    }`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const said = new Promise<'held' | 'refused'>((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (d) => {
      text += d;
      if (text === 'held' || text === 'refused') resolve(text);
      else if (text.startsWith('error')) reject(new Error(text));
    });
    child.on('exit', () => reject(new Error(text || 'exited without a word')));
  });
  return { said, exited };
}

describe('the output lock', () => {
  it('has one holder when four runs start at once on a stale lock', async () => {
    for (let trial = 0; trial < 4; trial++) {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-lock-'));
      // A lock whose process is gone: a pid far past any live one.
      fs.writeFileSync(path.join(out, '.whosaid.lock'), '4194303');
      const running = [0, 1, 2, 3].map(() => contender(out));
      await new Promise((resolve) => setTimeout(resolve, 2500));
      fs.writeFileSync(path.join(out, 'go'), '');
      const got = await Promise.all(running.map((r) => r.said));
      fs.writeFileSync(path.join(out, 'release'), '');
      await Promise.all(running.map((r) => r.exited));
      expect(
        got.filter((g) => g === 'held'),
        `trial ${trial}: ${got}`,
      ).toHaveLength(1);
      expect(fs.readdirSync(out).filter((f) => f.endsWith('.tmp') || f.endsWith('.takeover'))).toEqual([]);
    }
  }, 120_000);

  it('tells how to clear a lock whose process id now belongs to another program', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-lock-'));
    fs.writeFileSync(path.join(out, '.whosaid.lock'), String(process.pid === 1 ? 2 : 1)); // pid 1 is always alive
    const { lockOutput } = await import('../src/node/io/lock.js');
    await expect(lockOutput(out)).rejects.toThrow(/if no whosaid run is going, remove .*\.whosaid\.lock/);
  });
});

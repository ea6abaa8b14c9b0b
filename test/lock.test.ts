// The output lock under contention: runs that start at once on a stale lock, a lock read while being
// written. One holder, always.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './cli.js';

/** A process that takes the lock of `out`, says whether it got it, and holds it for `holdMs`. */
function contender(out: string, holdMs: number): Promise<'held' | 'refused'> {
  const code = `
    const { lockOutput } = await import(${JSON.stringify(path.join(root, 'src/node/io/lock.ts'))});
    const fs = await import('node:fs');
    // All contenders start together: each waits, loaded, for the go file.
    while (!fs.existsSync(${JSON.stringify(path.join(out, 'go'))})) await new Promise((r) => setTimeout(r, 1));
    try {
      const release = await lockOutput(${JSON.stringify(out)});
      process.stdout.write('held');
      setTimeout(() => { release(); process.exit(0); }, ${holdMs});
    } catch (e) {
      process.stdout.write(/another whosaid run/.test(e.message) ? 'refused' : 'error: ' + e.message);
    }`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root });
    let said = '';
    child.stdout.on('data', (d) => {
      said += d;
    });
    child.on('exit', () => (said === 'held' || said === 'refused' ? resolve(said) : reject(new Error(said))));
  });
}

describe('the output lock', () => {
  it('has one holder when four runs start at once on a stale lock', async () => {
    for (let trial = 0; trial < 4; trial++) {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-lock-'));
      // A lock whose process is gone: a pid far past any live one.
      fs.writeFileSync(path.join(out, '.whosaid.lock'), '4194303');
      const running = [0, 1, 2, 3].map(() => contender(out, 1500));
      await new Promise((resolve) => setTimeout(resolve, 2500));
      fs.writeFileSync(path.join(out, 'go'), '');
      const got = await Promise.all(running);
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

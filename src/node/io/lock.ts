// One run at a time per output folder: two runs writing one --out interleave their articles and leave a
// merged.json that names quotes no article file holds.

import { readFileSync, unlinkSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

export class OutputLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(`another whosaid run (process ${pid}) is writing to ${dir}: wait for it to finish, or give another --out`);
  }
}

/** Folders this process holds, so that two runs in one process are kept apart too. */
const held = new Set<string>();

/**
 * Takes `DIR/.whosaid.lock` (holding this process's id) or throws OutputLockedError when a live run
 * holds it. A lock left by a run that was killed (its process gone) is taken over. Returns the release.
 */
export async function lockOutput(dir: string): Promise<() => void> {
  const file = path.join(dir, '.whosaid.lock');
  const key = path.resolve(file);
  if (held.has(key)) throw new OutputLockedError(dir, process.pid);
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.writeFile(file, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw error;
      const pid = Number(await fs.readFile(file, 'utf8').catch(() => ''));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new OutputLockedError(dir, pid);
      await fs.rm(file, { force: true });
    }
  }
  held.add(key);
  const release = () => {
    if (!held.delete(key)) return;
    process.off('exit', release);
    try {
      if (readFileSync(file, 'utf8') === String(process.pid)) unlinkSync(file);
    } catch {
      // gone already
    }
  };
  // A run ended by an uncaught error or process.exit still lets the folder go.
  process.on('exit', release);
  return release;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

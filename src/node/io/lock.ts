// One run at a time per output folder: two runs writing one --out interleave their articles and leave a
// merged.json that names quotes no article file holds.
//
// The lock is `DIR/.whosaid.lock`, holding the process id. It appears whole or not at all: written to a
// file of its own, then linked to the lock's name (link fails if the name exists), so no reader ever
// sees it empty. A lock whose process is gone is taken over under a guard (`DIR/.whosaid.lock.takeover`,
// made by mkdir, which only one process can): inside it, the lock is read again, and removed only if it
// is still the dead one; then the usual link. Four runs starting at once on a stale lock: one holder.

import { readFileSync, unlinkSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

export class OutputLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
    lockFile: string,
  ) {
    super(
      `another whosaid run (process ${pid}) is writing to ${dir}: wait for it to finish, or give another --out` +
        ` (if no whosaid run is going, remove ${lockFile})`,
    );
  }
}

/** Folders this process holds, so that two runs in one process are kept apart too. */
const held = new Set<string>();
let published = 0;
/** A take-over guard older than this was left by a process that died inside it. */
const GUARD_STALE_MS = 10_000;

/**
 * Takes `DIR/.whosaid.lock` or throws OutputLockedError when a live run holds it. A lock left by a run
 * that was killed (its process gone) is taken over. Returns the release.
 */
export async function lockOutput(dir: string): Promise<() => void> {
  const file = path.join(dir, '.whosaid.lock');
  const key = path.resolve(file);
  if (held.has(key)) throw new OutputLockedError(dir, process.pid, file);
  for (let attempt = 0; ; attempt++) {
    if (await publish(file)) break;
    const pid = await holder(file);
    if (pid !== null && pid !== process.pid && alive(pid)) throw new OutputLockedError(dir, pid, file);
    if (attempt > 20) throw new Error(`cannot take the lock ${file}: other runs keep taking it over`);
    await takeOver(file, pid);
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

/** Links a whole lock file holding this process's id to the lock's name: true when it is ours now. */
async function publish(file: string): Promise<boolean> {
  // Named as the output's temporaries (`.<name>.<pid>.<n>.tmp`): one a killed run leaves is removed.
  const tmp = `${file}.${process.pid}.${++published}.tmp`;
  await fs.writeFile(tmp, String(process.pid));
  try {
    await fs.link(tmp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/** The process id a lock file names, or null when it is gone or names none. */
async function holder(file: string): Promise<number | null> {
  return parsePid(await fs.readFile(file, 'utf8').catch(() => ''));
}

function parsePid(text: string): number | null {
  const pid = Number(text);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Removes a lock whose process is gone, if it is still that one, under the take-over guard. */
async function takeOver(file: string, stale: number | null): Promise<void> {
  const guard = `${file}.takeover`;
  try {
    await fs.mkdir(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another run is taking it over: wait a moment and look again; a guard its maker left is cleared.
    const age = await fs.stat(guard).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (age > GUARD_STALE_MS) await fs.rm(guard, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30));
    return;
  }
  try {
    // A lock gone since it was read is no one's to remove: the run that removed it may be linking its own
    // right now, and removing that would give the folder two holders. Only a lock still there, still the
    // dead one (or still unreadable), goes.
    const now = await fs.readFile(file, 'utf8').catch(() => undefined);
    if (now !== undefined && parsePid(now) === stale) await fs.rm(file, { force: true });
  } finally {
    await fs.rm(guard, { recursive: true, force: true });
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

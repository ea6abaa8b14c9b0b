// Writing output files atomically: a killed run never leaves a half-written JSON behind.
import fs from 'node:fs/promises';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

let counter = 0;

/** Writes `data` to a temporary name in the same folder, then renames it over `file`. */
export async function writeAtomic(file: string, data: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++counter}.tmp`);
  await fs.writeFile(tmp, data);
  await fs.rename(tmp, file);
}

/**
 * The same for a worker thread, which may block: one article's file is small, and a synchronous write
 * costs less than the promise round trips (a worker waiting on them sits idle).
 */
export function writeAtomicSync(file: string, data: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++counter}.tmp`);
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

export function readJsonIfExistsSync<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/**
 * Removes the temporary files a killed run left in `dir` (`.a.json.4242.7.tmp`): those whose process
 * is gone. A run still going in the same folder keeps its own.
 */
export async function removeStaleTemporaries(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^\..+\.(\d+)\.\d+\.tmp$/.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    await fs.rm(path.join(dir, name), { force: true });
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Writing output files atomically: a killed run never leaves a half-written JSON behind.
import fs from 'node:fs/promises';
import path from 'node:path';

let counter = 0;

/** Writes `data` to a temporary name in the same folder, then renames it over `file`. */
export async function writeAtomic(file: string, data: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++counter}.tmp`);
  await fs.writeFile(tmp, data);
  await fs.rename(tmp, file);
}

export async function readJsonIfExists<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

// Worker threads start faster from one plain JavaScript file than from the TypeScript sources.
//
// Run from the sources, a worker must register tsx, and in Node 20 every module it then loads goes
// through loader hooks on another thread: about 0.4 s of each worker's start, on a run whose parse
// takes 2–3 s per 10 MB. So the worker of the default pipeline is bundled once per version of the code
// with esbuild (which tsx brings) into node_modules/.cache/whosaid/, where its package imports (wink
// and its model) resolve as from the sources. Any failure falls back to the sources and tsx.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '../../..');

/** The bundled default worker's URL for this version of the code, built if missing; null when it can't be. */
export async function defaultWorkerBundle(
  fingerprint: string,
  dir = path.join(root, 'node_modules', '.cache', 'whosaid'),
): Promise<string | null> {
  if (path.extname(here) !== '.ts') return null; // a build of plain JavaScript needs no bundle
  const file = path.join(dir, `worker-${fingerprint}.mjs`);
  try {
    await fs.access(file);
    return pathToFileURL(file).href;
  } catch {
    // not built for this version yet
  }
  try {
    const esbuild = await import('esbuild');
    await fs.mkdir(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await esbuild.build({
      entryPoints: [path.join(root, 'src', 'node', 'workers', 'worker-default.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile: tmp,
      logLevel: 'silent',
    });
    await fs.rename(tmp, file);
    // Bundles of older versions of the code are never used again.
    for (const name of await fs.readdir(dir)) {
      if (/^worker-.*\.mjs$/.test(name) && name !== path.basename(file)) await fs.rm(path.join(dir, name), { force: true });
    }
    return pathToFileURL(file).href;
  } catch {
    return null;
  }
}

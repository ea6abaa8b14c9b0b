// Fingerprints of the code that makes an output: a rerun after a change redoes the articles, a rerun with
// the same code skips them. Reads the sources from disk, so it lives with the other readers.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A fingerprint of the code that made an output: the package version and a hash of the sources, so a
 * rerun after any change to a rule redoes the articles, and a rerun with the same code skips them.
 */
export function codeFingerprint(): string {
  return (cached ??= hashSources());
}
/** Read once per thread: every source file is hashed, and the code does not change under a run. */
let cached: string | null = null;

function hashSources(): string {
  // This file is src/node/io/fingerprint.ts (or its build in dist/): the project is four folders up.
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const h = createHash('sha256');
  const walk = (dir: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:ts|mts|mjs|js|json)$/.test(e.name)) h.update(p.slice(root.length)).update(readFileSync(p));
    }
  };
  walk(path.join(root, 'src'));
  walk(path.join(root, 'pipelines'));
  walk(path.join(root, 'examples')); // a pipeline run with --pipeline may use the example stages
  return h.digest('hex').slice(0, 12);
}

/**
 * A user's pipeline module (`--pipeline my-pipeline.ts`) and the sources beside it (the stages it imports
 * from its folder): changing any of them redoes the articles, as changing ours does.
 */
export function moduleFingerprint(moduleUrl: string): string {
  const file = fileURLToPath(moduleUrl);
  const h = createHash('sha256');
  const dir = path.dirname(file);
  let names: string[] = [];
  try {
    names = readdirSync(dir)
      .filter((n) => /\.(?:ts|mts|cts|mjs|cjs|js)$/.test(n))
      .sort();
  } catch {
    // an unreadable folder: the module alone
  }
  for (const name of names.includes(path.basename(file)) ? names : [...names, path.basename(file)]) {
    try {
      h.update(name).update(readFileSync(path.join(dir, name)));
    } catch {
      // gone since it was listed
    }
  }
  return h.digest('hex').slice(0, 12);
}

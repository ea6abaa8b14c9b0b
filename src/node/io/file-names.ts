// File names for article outputs: `articles/<name>.json`, where the name is the article id whenever the
// id is a safe file name, and otherwise a safe form of it with a hash of the whole id. The record keeps
// the original id (and says which file holds it); merged.json lists the ids whose file name differs.
import { createHash } from 'node:crypto';

/**
 * At most this many bytes of UTF-8 for a name, before `.json` and before the temporary name built on
 * it (`.<name>.json.<pid>.<n>.tmp`): far under the 255 bytes most file systems allow.
 */
export const MAX_NAME_BYTES = 120;

const shortHash = (id: string) => createHash('sha256').update(id).digest('hex').slice(0, 10);

/**
 * A name safe on every common file system: letters, digits, `.`, `_` and `-` only (`world/2023 04` →
 * `world_2023_04`), no leading dot, cut at a whole character (never inside a surrogate pair or a
 * multi-byte letter) so that it fits MAX_NAME_BYTES. The id itself when it is already such a name.
 */
export function safeName(id: string, maxBytes = MAX_NAME_BYTES): string {
  let name = id
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._]+/, '');
  if (Buffer.byteLength(name) > maxBytes) {
    let bytes = 0;
    let cut = '';
    for (const ch of name) {
      bytes += Buffer.byteLength(ch);
      if (bytes > maxBytes) break;
      cut += ch;
    }
    name = cut;
  }
  name ||= 'article';
  // `CON`, `aux.2024`, `com1`: names Windows keeps for devices, whatever follows a dot, take a mark.
  return WINDOWS_DEVICE.test(name) ? name.replace(/^[^.]*/, '$&_') : name;
}

const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i;

/**
 * Hands out one file name per article id of a run, unique even where case does not count (macOS,
 * Windows): an id kept as it is needs nothing more, and an id that had to change — cut, cleaned, or
 * equal to a name taken but for case — gets a hash of the whole id, so that two ids cut alike
 * (`Доклад…1`, `Доклад…2` past the limit) still differ: `Доклад…-3f9a0c21bd`.
 */
export class FileNames {
  private readonly taken = new Set<string>();

  take(id: string): string {
    const safe = safeName(id);
    let name = safe === id && !this.taken.has(id.toLowerCase()) ? id : `${safeName(id, MAX_NAME_BYTES - 11)}-${shortHash(id)}`;
    // Still taken (a hash shared, or an id that looks like another's hashed name): a counter.
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${name.replace(/~\d+$/, '')}~${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

// The hash an article record keeps of its input's bytes (`article.sha256`): node:crypto, as the core's
// @noble/hashes gives the same hex in a browser.
import { createHash } from 'node:crypto';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

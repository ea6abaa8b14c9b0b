// Reading articles from disk: the only place besides the writers that touches the file system.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Message } from '../message.js';

export interface SourceArticle {
  id: string;
  source: string;
  bytes: Uint8Array;
}

export interface DecodedArticle {
  text: string;
  /** Problems of the input itself: invalid UTF-8, binary data, emptiness. */
  messages: Message[];
  /** True when the bytes cannot be analysed as text at all (binary data): the article fails. */
  unusable: boolean;
}

/** The `.txt` files of a corpus folder, sorted by name; the article id is the name without extension. */
export async function listCorpus(dir: string): Promise<Array<{ id: string; source: string }>> {
  const names = (await fs.readdir(dir, { withFileTypes: true })).filter((d) => (d.isFile() || d.isSymbolicLink()) && d.name.endsWith('.txt') && !d.name.startsWith('.'));
  return names.map((d) => ({ id: d.name.replace(/\.[^.]+$/, ''), source: path.join(dir, d.name) })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const msg = (code: string, message: string, severity: 'warning' | 'fatal' = 'warning'): Message => ({ code, start: 0, end: 0, message, stage: 'input', severity });

/**
 * Decodes an article as the contract says: UTF-8, BOM removed, line endings untouched. Invalid UTF-8
 * is decoded with replacement characters and a warning; data with NUL bytes is binary and not analysed.
 */
export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  const messages: Message[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    messages.push(msg('invalid-utf8', 'the file is not valid UTF-8: invalid bytes were replaced with U+FFFD'));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const sample = text.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) control++;
  }
  if (sample.includes('\u0000') || control > sample.length * 0.1) {
    messages.push(msg('binary-input', 'the file holds binary data, not text: not analysed', 'fatal'));
    return { text, messages, unusable: true };
  }
  if (text.trim() === '') messages.push(msg('empty-input', 'the file is empty or holds only white space'));
  return { text, messages, unusable: false };
}

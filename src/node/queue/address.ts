// A queue's address: `redis://HOST:PORT[/DB]` read into connection options, with no Redis client loaded
// (the CLI checks the address before it starts anything).
import type { RedisOptions } from 'ioredis';

/** The BullMQ queue every run and worker of one Redis use; each run's jobs carry the run's own id. */
export const QUEUE_NAME = 'whosaid';

/** Connection options for `redis://HOST:PORT[/DB]` (`rediss://` for TLS), or a sentence saying what is wrong with it. */
export function connectionOf(address: string): RedisOptions | { error: string } {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { error: `--queue needs a redis://HOST:PORT address, not ${address}` };
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    return { error: `--queue needs a redis://HOST:PORT address, not ${address}` };
  const db = url.pathname.replace(/^\//, '');
  if (db && !/^\d+$/.test(db)) return { error: `--queue: the database in ${address} must be a number (redis://HOST:PORT/0)` };
  return {
    host: url.hostname || '127.0.0.1',
    port: Number(url.port || 6379),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/** Where to, for messages: `redis://127.0.0.1:6379` without a password. */
export const shown = (o: RedisOptions) => `redis://${o.host}:${o.port}${o.db ? `/${o.db}` : ''}`;

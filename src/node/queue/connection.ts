// The Redis a queued run and its workers share: one `redis://HOST:PORT[/DB]` address, checked before any
// work starts, and watched while it goes on, so that a Redis that cannot be reached, or is lost mid-run,
// is one line and exit status 2, never a run that waits for ever.
import { Redis, type RedisOptions } from 'ioredis';
import { RunAborted } from '../article-job.js';
import { shown } from './address.js';

export { connectionOf, QUEUE_NAME, shown } from './address.js';

/** A Redis that cannot be reached, or was lost: the CLI prints the message and exits with status 2. */
export class QueueUnavailable extends RunAborted {}

/** Connects once, without retrying: throws QueueUnavailable with the reason when Redis does not answer. */
export async function checkReachable(options: RedisOptions): Promise<void> {
  const client = new Redis({ ...options, lazyConnect: true, connectTimeout: 5000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  // The socket's own error (`connect ECONNREFUSED 127.0.0.1:6379`) says more than the closed connection after it.
  let reason: string | null = null;
  client.on('error', (e: Error) => {
    reason ??= e.message;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new QueueUnavailable(`cannot reach Redis at ${shown(options)}: ${reason ?? (error as Error).message}`);
  } finally {
    client.disconnect();
  }
}

/** How long Redis may stay silent before the run or worker gives up on it. */
export const LOST_AFTER_MS = 10_000;

/**
 * Pings Redis every second on a connection of its own; calls `lost` once when no answer has come for
 * LOST_AFTER_MS (Redis stopped, the network gone). BullMQ's own connections retry for ever, which is
 * right for a blip and wrong for a Redis that is gone: this decides.
 */
export function watchRedis(options: RedisOptions, lost: (why: string) => void): () => void {
  const client = new Redis({ ...options, maxRetriesPerRequest: 1, connectTimeout: 2000, retryStrategy: () => 500 });
  let lastAnswer = Date.now();
  let lastError = 'no answer';
  client.on('error', (e) => {
    lastError = e.message;
  });
  const timer = setInterval(() => {
    client.ping().then(
      () => {
        lastAnswer = Date.now();
      },
      () => {},
    );
    if (Date.now() - lastAnswer > LOST_AFTER_MS) {
      stop();
      lost(`lost Redis at ${shown(options)}: ${lastError}`);
    }
  }, 1000);
  const stop = () => {
    clearInterval(timer);
    client.disconnect();
  };
  return stop;
}

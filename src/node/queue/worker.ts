// `whosaid worker --queue redis://HOST:PORT`: takes articles from the queue, analyses each on a pool of
// worker threads (as a local run does: the pipeline and model loaded once a thread, the time limit kept
// from outside), and sends each record back. The threads do the work, so this thread stays free to renew
// BullMQ's locks: a worker killed mid-article (SIGKILL, a machine lost) lets its locks lapse, and
// BullMQ's stalled-job check hands its articles to another worker.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { UnrecoverableError, Worker } from 'bullmq';
import { printable } from '../../core/message.js';
import type { Runner } from '../pool.js';
import { DEFAULT_PIPELINE, startRunner } from '../runner.js';
import { checkReachable, connectionOf, QUEUE_NAME, type QueueUnavailable, shown, watchRedis } from './connection.js';
import type { QueueJobData, QueueJobResult } from './remote.js';

const HELP = `whosaid worker: analyse the articles of queued runs (whosaid CORPUS --queue …)

usage: whosaid worker --queue redis://HOST:PORT [--workers N] [--quiet]
       (in a clone of the repository: npm run worker -- --queue …)

  --queue URL    the Redis the runs enqueue on
  --workers N    analysis threads (default: one per core)
  --quiet        print nothing but errors

Runs until stopped (Ctrl-C or SIGTERM: the articles in hand are finished first).
exit status: 0 stopped, 2 bad arguments or Redis unreachable or lost.`;

/**
 * How long a job's lock lasts without renewal. This thread renews it every half of that while a thread
 * analyses; a worker killed mid-article loses its articles to another within about this time plus one
 * stalled check.
 */
const LOCK_MS = 10_000;
const STALLED_CHECK_MS = 5_000;
/** A job whose worker died under it twice (an article that kills the process) fails: its fatal record. */
const MAX_STALLED = 2;

export async function workerMain(argv: string[]): Promise<number> {
  let values: { queue?: string; workers?: string; quiet?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        queue: { type: 'string' },
        workers: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(printable(`whosaid worker: ${String((error as Error).message).split(/\.\s|\n/)[0]} (whosaid worker --help)`));
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.queue) {
    console.error('whosaid worker: --queue redis://HOST:PORT is needed (whosaid worker --help)');
    return 2;
  }
  const threads = values.workers === undefined ? Math.max(1, os.availableParallelism?.() ?? os.cpus().length) : Number(values.workers);
  if (!Number.isInteger(threads) || threads < 1) {
    console.error('whosaid worker: --workers needs a whole number of threads, at least 1');
    return 2;
  }
  const connection = connectionOf(values.queue);
  if ('error' in connection) {
    console.error(printable(`whosaid worker: ${connection.error}`));
    return 2;
  }
  try {
    await checkReachable(connection);
  } catch (error) {
    console.error(printable(`whosaid worker: ${(error as QueueUnavailable).message}`));
    return 2;
  }
  return serve(connection, threads, !!values.quiet);
}

async function serve(
  connection: Exclude<ReturnType<typeof connectionOf>, { error: string }>,
  threads: number,
  quiet: boolean,
): Promise<number> {
  // One pool per pipeline and time limit the runs ask for: most workers only ever start one.
  const pools = new Map<string, Promise<Runner & { version: string }>>();
  // (one key for a pool, whether it is being made or dropped after failing to load)
  const keyOf = (data: QueueJobData) => `${data.pipeline ?? DEFAULT_PIPELINE}\n${data.timeoutMs ?? ''}`;
  const poolFor = (data: QueueJobData) => {
    const pipeline = data.pipeline ?? DEFAULT_PIPELINE;
    const timeoutMs = data.timeoutMs;
    const key = keyOf(data);
    let pool = pools.get(key);
    if (!pool) {
      pool = startRunner(
        { workers: threads, force: true, keepRecords: true, noWrite: true, maxBytes: Number.MAX_SAFE_INTEGER, timeoutMs },
        pipeline,
        '',
      );
      pools.set(key, pool);
    }
    return pool;
  };
  let done = 0;
  const worker = new Worker<QueueJobData, QueueJobResult>(
    QUEUE_NAME,
    async (job) => {
      const { data } = job;
      let pool: Runner & { version: string };
      try {
        pool = await poolFor(data);
      } catch (error) {
        pools.delete(keyOf(data));
        throw new UnrecoverableError(`this worker cannot load the run's pipeline: ${(error as Error).message}`);
      }
      if (pool.version !== data.version)
        throw new UnrecoverableError(`this worker runs ${pool.version} and the run ${data.version}: give both the same code`);
      const out = await pool.run({
        id: data.id,
        source: data.source,
        file: data.file,
        meta: data.meta,
        bytes: Buffer.from(data.bytes, 'base64'),
      });
      done++;
      return { json: out.json ?? '', failed: out.failed };
    },
    {
      connection: { ...connection, maxRetriesPerRequest: null },
      // Two articles a thread in hand, so that a thread that finishes one has the next.
      concurrency: threads * 2,
      lockDuration: LOCK_MS,
      stalledInterval: STALLED_CHECK_MS,
      maxStalledCount: MAX_STALLED,
    },
  );
  worker.on('error', () => {}); // watchRedis decides when Redis is gone
  if (!quiet) console.error(`whosaid worker: taking articles from ${shown(connection)} on ${threads} thread${threads === 1 ? '' : 's'}`);
  const closeAll = async () => {
    await Promise.race([worker.close(), new Promise((r) => setTimeout(r, 5000).unref())]).catch(() => {});
    for (const pool of pools.values()) await (await pool.catch(() => null))?.close();
  };
  return new Promise<number>((resolve) => {
    const stopWatching = watchRedis(connection, (why) => {
      console.error(printable(`whosaid worker: ${why}`));
      void closeAll().then(() => resolve(2));
    });
    const stop = () => {
      stopWatching();
      void closeAll().then(() => {
        if (!quiet) console.error(`whosaid worker: stopped after ${done} article${done === 1 ? '' : 's'}`);
        resolve(0);
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

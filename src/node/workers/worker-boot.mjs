// Entry point of a worker thread. Worker threads cannot start from a .ts file, so this plain module
// registers tsx when the sources are TypeScript (a checkout run with `tsx`), then loads the worker.
import { workerData } from 'node:worker_threads';

if (workerData.worker.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.worker);

// A worker thread of a corpus run with any pipeline module (`--pipeline FILE`): the module is loaded
// by name, since a function cannot be posted to a thread.
import { workerData } from 'node:worker_threads';
import type { Pipeline } from './pipeline.js';
import { serve } from './worker-serve.js';

serve(((await import((workerData as { pipeline: string }).pipeline)) as { default: Pipeline }).default);

// A worker thread of a corpus run with any pipeline (`--pipeline FILE`, a module or a JSON config): it is
// loaded by name, since a function cannot be posted to a thread.
import { workerData } from 'node:worker_threads';
import { loadPipeline } from '../pipeline-module.js';
import { serve } from './worker-serve.js';

serve(await loadPipeline((workerData as { pipeline: string }).pipeline));

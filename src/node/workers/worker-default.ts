// A worker thread of a corpus run with the default pipeline, imported statically so that the whole
// worker bundles into one plain JavaScript file (see defaultWorkerBundle in worker-bundle.ts).
import pipeline from '../../../pipelines/default.js';
import { serve } from './worker-serve.js';

serve(pipeline);

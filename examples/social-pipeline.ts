// The default pipeline plus the example stage: `npm run pipeline -- corpus --pipeline examples/social-pipeline.ts`.
import { createPipeline } from '../src/index.js';
import { socialMedia } from './social-media.js';

export default createPipeline({ name: 'social', add: [socialMedia()] });

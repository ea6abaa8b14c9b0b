// The default whosaid pipeline: paragraphs → quotes → tokens → sentences → entities → reading →
// coreference → attribution (`defaultConfig()` in src/config.ts; `whosaid --explain` prints what each
// stage reads and writes).
import { createPipeline } from '../src/api.js';

export default createPipeline();

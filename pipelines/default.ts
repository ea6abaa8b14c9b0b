// The default whosaid pipeline: paragraphs → tokens → sentences → quotes → entities → attribution
// (the list, with what each stage does, is `defaultStages()` in src/api.ts).
import { createPipeline } from '../src/api.js';

export default createPipeline();

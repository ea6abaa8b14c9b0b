// `whosaid/node`: running over a corpus on disk, with worker threads, resumable output and the report.

export { decodeArticle, listCorpus, readCorpus } from './io/corpus.js';
export { MAX_REPORT_ARTICLES, MAX_REPORT_STATEMENTS } from './report/render.js';
export { renderReport, writeReport } from './report/write.js';
export type { ArticleJob, ArticleOutcome, JobContext, JobResult, RunOptions, RunSummary } from './runner.js';
export { analyseBytes, DEFAULT_PIPELINE, pipelineVersion, runCorpus, runJob } from './runner.js';

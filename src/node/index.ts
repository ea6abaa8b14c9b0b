// `whosaid/node`: running over a corpus on disk, with worker threads, resumable output and the report.
export { runCorpus, runJob, analyseBytes, pipelineVersion, DEFAULT_PIPELINE } from './runner.js';
export type { RunOptions, RunSummary, JobResult, JobContext, ArticleJob, ArticleOutcome } from './runner.js';
export { readCorpus, listCorpus, decodeArticle } from './io/corpus.js';
export { renderReport, writeReport } from './report/write.js';
export { MAX_REPORT_ARTICLES, MAX_REPORT_STATEMENTS } from './report/render.js';

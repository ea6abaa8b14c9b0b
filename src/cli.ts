#!/usr/bin/env node
// whosaid command line: arguments → io → pipeline → merge → output. Exit 0 when every article was
// processed, 1 when any failed (each failure reported, every other article still written), 2 for
// unusable arguments.
import fs from 'node:fs';
import os from 'node:os';
import defaultPipeline from '../pipelines/default.js';
import { runCorpus } from './runner.js';

const HELP = `whosaid: who said what in a folder of news articles

usage: npm run pipeline -- [CORPUS_DIR] [--out DIR] [--workers N] [--force] [--quiet]

  CORPUS_DIR     folder of .txt articles, one per file (default: corpus)
  --out DIR      where to write articles/<id>.json and merged.json (default: output)
  --workers N    articles analysed at once (default: number of cores)
  --force        redo every article, even those whose output is up to date
  --quiet        print only the summary line
  --help         this text

examples:
  npm run pipeline                         # corpus/ → output/
  npm run pipeline -- ~/news --out /tmp/ws  # another folder
  npm run pipeline -- corpus --force        # redo everything

exit status: 0 all articles processed, 1 some article failed, 2 bad arguments.`;

interface Args {
  corpus: string;
  out: string;
  workers: number;
  force: boolean;
  quiet: boolean;
}

function parseArgs(argv: string[]): Args | { error: string } | 'help' {
  const args: Args = { corpus: 'corpus', out: 'output', workers: Math.max(1, os.availableParallelism?.() ?? os.cpus().length), force: false, quiet: false };
  let positional = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') return 'help';
    else if (a === '--out') {
      if (!argv[i + 1]) return { error: '--out needs a folder' };
      args.out = argv[++i];
    } else if (a === '--workers') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) return { error: '--workers needs a whole number of at least 1' };
      args.workers = n;
    } else if (a === '--force') args.force = true;
    else if (a === '--quiet') args.quiet = true;
    else if (a.startsWith('-')) return { error: `unknown option ${a}` };
    else if (positional++ === 0) args.corpus = a;
    else return { error: `unexpected argument ${a}` };
  }
  return args;
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed === 'help') {
    console.log(HELP);
    return 0;
  }
  if ('error' in parsed) {
    console.error(`whosaid: ${parsed.error}\n\n${HELP}`);
    return 2;
  }
  if (!fs.existsSync(parsed.corpus) || !fs.statSync(parsed.corpus).isDirectory()) {
    console.error(`whosaid: no corpus folder at ${parsed.corpus}`);
    return 2;
  }
  const summary = await runCorpus(defaultPipeline, {
    corpus: parsed.corpus,
    out: parsed.out,
    workers: parsed.workers,
    force: parsed.force,
    onMessage: parsed.quiet ? undefined : (line) => console.error(line),
  });
  console.log(
    `whosaid: ${summary.articles} articles (${summary.skipped} up to date, ${summary.failed} failed), ${summary.quotes} quotes, ` +
      `${summary.speakers} speakers, ${summary.warnings} warnings, ${(summary.ms / 1000).toFixed(2)} s → ${parsed.out}`,
  );
  return summary.failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`whosaid: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);

// npm run build:lexicon — writes src/nlp/lexicon-data.ts, the part of compromise's lexicon the rules
// read (given names with their gender, surnames, places, organisations), as plain word lists.
//
// Why not import compromise at run time: loading it costs about 340 ms in every worker thread, and the
// rules need 5,800 of its 24,600 words. test/lexicon.test.ts checks the file against compromise, so an
// upgrade of compromise that changes these words fails the tests until this script is run again.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexiconData, renderLexiconData } from './lexicon-source.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const file = path.join(root, 'src', 'nlp', 'lexicon-data.ts');
fs.writeFileSync(file, renderLexiconData(lexiconData()));
console.log(`wrote ${path.relative(root, file)}`);

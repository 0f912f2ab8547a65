/**
 * The ingest's command line: content/sources/*.txt|*.pdf (+ *.meta.json) -> content/resolutions/*.json
 * (the work itself: src/build/ingest.ts over src/lib/corpus.ts).
 *
 *   npm run ingest                                  # the defaults below
 *   npm run ingest -- --sources DIR --out DIR
 *   npm run ingest -- --check                       # exit 1 if the committed JSON is stale
 *   npm run ingest -- --explain FILE                # what each line of FILE was read as
 *   npm run ingest -- --keep-going                  # write what was read, list what was refused
 *   npm run ingest -- --jobs 1                      # threads to parse in (default: what the sources'
 *                                                   # size is worth, up to one per core)
 *
 * On bad input it prints one line per problem, `FILE:LINE: message`, exits 1 and changes
 * nothing in the output folder (with --keep-going it writes the documents read, and still
 * exits 1). The output folder is replaced as a whole and only if the ingest owns it
 * (src/build/owned-folder.ts).
 */
import { availableParallelism } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dataFiles, explainFile, ingestInShares, INGEST_WRITER, staleFiles, worthwhileShares, writeData } from '../src/build/ingest.ts';
import { recoverFolder, refuseOut, refuseReplace } from '../src/build/owned-folder.ts';
import { readSources } from '../src/build/read-sources.ts';
import type { FileProblem } from '../src/lib/corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A path as the user would type it: relative inside the working folder, absolute outside it. */
function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(file);
}

const printProblems = (problems: FileProblem[]) => {
  for (const p of problems) console.error(`${displayPath(p.file)}:${p.line}: ${p.message}`);
};

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sources: { type: 'string', default: 'content/sources' },
      out: { type: 'string', default: 'content/resolutions' },
      check: { type: 'boolean', default: false },
      explain: { type: 'string' },
      'keep-going': { type: 'boolean', default: false },
      jobs: { type: 'string' },
    },
  });
  if (values.explain) {
    const explained = await explainFile(values.explain, values.sources, displayPath(values.explain));
    printProblems(explained.unreadable);
    process.stdout.write(explained.report);
    return explained.read ? 0 : 1;
  }
  if (!values.check) {
    recoverFolder(values.out);
    const refusal = refuseOut(values.out, { keep: [values.sources], root: ROOT }) ?? refuseReplace(values.out, INGEST_WRITER);
    if (refusal) {
      console.error(`ingest: --out ${refusal}; nothing written`);
      return 1;
    }
  }
  const problems: FileProblem[] = [];
  const sources = await readSources(values.sources, problems);
  const shares = values.jobs === undefined ? worthwhileShares(sources, availableParallelism()) : Math.max(1, Number(values.jobs) || 1);
  const result = await ingestInShares(sources, shares);
  if (!result.ok) problems.push(...result.problems.map((p) => ({ ...p, file: p.file.includes('/') ? p.file : join(values.sources, p.file) })));
  const files = dataFiles(result);
  const refused = problems.length > 0;
  printProblems(problems);
  if (refused && !values['keep-going']) {
    console.error(`ingest: ${plural(problems.length, 'problem')}; nothing written to ${values.out}`);
    return 1;
  }
  if (values.check) {
    const stale = await staleFiles(values.out, files);
    if (stale.length) {
      console.error(`ingest --check: ${values.out} is out of date (${stale.join(', ')}); run npm run ingest`);
      return 1;
    }
    console.log(`ingest --check: ${result.documents.length} documents in ${values.out} are current`);
    return refused ? 1 : 0;
  }
  writeData(values.out, files);
  if (refused) {
    const refusedFiles = new Set(problems.map((p) => p.file)).size;
    console.error(
      `ingest --keep-going: ${result.documents.length} documents written to ${values.out}; ${plural(refusedFiles, 'source')} refused (listed above)`,
    );
    return 1;
  }
  console.log(`ingest: ${result.documents.length} documents written to ${values.out}`);
  return 0;
}

// exitCode, not exit(): a long report written to a pipe must be flushed before the process ends.
main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`ingest: internal error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);

/** Test access to the real sources and to the corpus as the CLI would ingest it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestCorpus, type SourceFile } from '../../src/lib/corpus.ts';
import type { ResolutionDocument } from '../../src/lib/schema.ts';

export const SOURCES_DIR = join(import.meta.dirname, '../../content/sources');
export const RESOLUTIONS_DIR = join(import.meta.dirname, '../../content/resolutions');

/** The real source files, as the CLI reads them. */
export function realSources(): SourceFile[] {
  const names = readdirSync(SOURCES_DIR).sort();
  return names
    .filter((n) => n.endsWith('.txt'))
    .map((file) => {
      const meta = file.replace(/\.txt$/, '.meta.json');
      const source: SourceFile = { file, bytes: readFileSync(join(SOURCES_DIR, file)) };
      if (names.includes(meta)) source.metadata = { file: meta, bytes: readFileSync(join(SOURCES_DIR, meta)) };
      return source;
    });
}

export const sourceText = (file: string) => readFileSync(join(SOURCES_DIR, file), 'utf8');

/** The corpus parsed from the real sources; throws with the problems if it does not parse. */
export function realCorpus(): ResolutionDocument[] {
  const result = ingestCorpus(realSources());
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  return result.documents;
}

export const bySymbol = (docs: ResolutionDocument[], symbol: string | null, kind = 'resolution') => docs.find((d) => d.symbol === symbol && d.kind === kind)!;

/** Replaces one source's bytes (a mutation of a real source) and ingests the corpus. */
export function ingestWith(file: string, mutate: (text: string) => string | Uint8Array) {
  const sources = realSources().map((s) => {
    if (s.file !== file) return s;
    const out = mutate(new TextDecoder().decode(s.bytes));
    return { ...s, bytes: typeof out === 'string' ? new TextEncoder().encode(out) : out };
  });
  return ingestCorpus(sources);
}

/**
 * Reads each text of a folder of real documents on its own, as a new user adding it would,
 * and sorts the outcomes: read (every invariant holds), refused with a line (the parser's
 * refusal, or a misreading that the invariants caught), or crashed. Used by the benchmark on
 * the shared corpus and by the tests on the sample of it the project keeps.
 */
import { ingestCorpus, INVARIANT, type SourceFile } from './corpus.ts';
import type { ResolutionDocument } from './schema.ts';

export interface Outcome {
  file: string;
  outcome: 'read' | 'refused' | 'crashed';
  /** For a refusal: the first problem, `LINE: message`; for a crash: the error. */
  detail: string | null;
  /** True when the refusal came from the invariants, not the parser: a misreading caught. */
  caught: boolean;
  /** The document, when read. */
  document?: ResolutionDocument;
}

export function assessSource(source: SourceFile): Outcome {
  try {
    const result = ingestCorpus([source]);
    if (result.ok) return { file: source.file, outcome: 'read', detail: null, caught: false, document: result.documents[0]! };
    const first = result.problems[0]!;
    return {
      file: source.file,
      outcome: 'refused',
      detail: `${first.line}: ${first.message}`,
      caught: result.problems.some((p) => p.message.startsWith(INVARIANT)),
    };
  } catch (error) {
    return { file: source.file, outcome: 'crashed', detail: error instanceof Error ? error.message : String(error), caught: false };
  }
}

/** The refusal reasons, numbers and quoted words masked, with how many texts each stopped. */
export function refusalReasons(outcomes: Outcome[]): Array<{ reason: string; count: number }> {
  const counts = new Map<string, number>();
  for (const o of outcomes) {
    if (o.outcome !== 'refused') continue;
    const reason = o
      .detail!.replace(/^\d+: /, '')
      .replace(/"[^"]*"/g, '"…"')
      .replace(/\d+/g, 'N');
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

/** A problem in a source, tied to the line a reader should look at. */
export interface Problem {
  line: number;
  message: string;
}

/**
 * Thrown by the parser when a source cannot be turned into a valid document.
 * Carries every problem found, not only the first, so one run tells the whole story.
 */
export class SourceError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
    this.name = 'SourceError';
    this.problems = problems;
  }
}

/** Throws a SourceError for one problem. */
export function fail(line: number, message: string): never {
  throw new SourceError([{ line, message }]);
}

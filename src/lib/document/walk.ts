import type { Paragraph } from '../schema.ts';

/** Every paragraph and item, depth first, in reading order. */
export function* walk(paragraphs: readonly Paragraph[]): Generator<Paragraph> {
  for (const p of paragraphs) {
    yield p;
    yield* walk(p.items);
  }
}

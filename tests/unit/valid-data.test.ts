/**
 * Property: valid data never breaks anything. Random documents that the schema accepts
 * (tests/helpers/arbitrary-document.ts) go through every renderer and exporter: the document
 * page, the comparison and the paragraph history, JSON, Akoma Ntoso (valid against the OASIS
 * schema), plain text, the citations and the search records; none throws, and no text reaches
 * the HTML unescaped. `npm run bench` runs ten thousand (bench/valid-data.ts).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import DocumentArticle from '../../src/components/DocumentArticle.astro';
import { renderEverything } from '../helpers/render-everything.ts';
import { ABSENT_FACT, arbitraryCorpus } from '../helpers/arbitrary-document.ts';
import { validateAkn } from '../helpers/akn.ts';

const RUNS = Number(process.env['FC_RUNS'] ?? 200);

describe('random valid documents', () => {
  it('go through every exporter, the citations, the search records, the comparison and the history without an exception', () => {
    fc.assert(
      fc.property(arbitraryCorpus, (docs) => {
        const out = renderEverything(docs);
        for (const html of out.html) {
          expect(html).not.toContain('<i>x</i>');
          expect(html).not.toMatch(ABSENT_FACT);
        }
        for (const akn of out.akn) expect(akn).not.toMatch(ABSENT_FACT);
      }),
      { numRuns: RUNS },
    );
  });

  it('give Akoma Ntoso that the OASIS schema accepts', () => {
    // xmllint is a process per file: a sample, not every run.
    const samples = fc.sample(arbitraryCorpus, { numRuns: 12, seed: 7 }).flat();
    const files = samples.flatMap((doc) => renderEverything([doc]).akn);
    expect(validateAkn(files)).toEqual([]);
  });

  it('render as a document page, every optional fact absent or present, all text escaped', async () => {
    const container = await AstroContainer.create();
    const corpora = fc.sample(arbitraryCorpus, { numRuns: Math.ceil(RUNS / 4), seed: 11 });
    for (const docs of corpora) {
      const { corpus } = renderEverything(docs);
      for (const doc of docs) {
        const html = await container.renderToString(DocumentArticle, { props: { doc, corpus, pageUrl: `https://example.org/${doc.id}/` } });
        expect(html).toContain(`id="${doc.operative[0]!.eId}"`);
        expect(html).not.toContain('<i>x</i>');
        expect(html).not.toContain('</script>');
        // No absent fact printed as such: "null.", "undefined".
        expect(html).not.toMatch(ABSENT_FACT);
        if (!doc.adopted && !doc.issued) expect(html).toContain('not known: the text states neither a date of issue nor an adoption');
      }
    }
  });
});

/**
 * Fixture folders: tests/fixtures/parse/<case>/input.txt (+ meta.json), parsed in the context
 * of the real corpus (whose spellings back the hyphen repairs), compared with output.json.
 * `UPDATE=1 npx vitest run tests/unit/fixtures.test.ts` regenerates output.json for review.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAkomaNtoso } from '../../src/lib/export/akn.ts';
import { checkFidelity } from '../../src/lib/fidelity.ts';
import { buildLexicon, decodeSource, normalize, parseResolution } from '../../src/lib/parse/index.ts';
import { resolutionDocumentSchema, sourceMetadataSchema } from '../../src/lib/schema.ts';
import { validateAkn } from '../helpers/akn.ts';
import { realSources } from '../helpers/sources.ts';

const ROOT = join(import.meta.dirname, '../fixtures/parse');
const corpusTexts = realSources().map((s) => ({ file: s.file, text: normalize(new TextDecoder().decode(s.bytes)) }));

describe('parser fixtures', () => {
  for (const name of readdirSync(ROOT).sort()) {
    it(name, () => {
      const dir = join(ROOT, name);
      const bytes = readFileSync(join(dir, 'input.txt'));
      const text = normalize(decodeSource(bytes));
      const file = `${name}.txt`;
      const metaPath = join(dir, 'meta.json');
      const metadata = existsSync(metaPath) ? sourceMetadataSchema.parse(JSON.parse(readFileSync(metaPath, 'utf8'))) : undefined;
      const lexicon = buildLexicon([...corpusTexts, { file, text }]);
      const doc = resolutionDocumentSchema.parse(parseResolution({ file, text, sha256: '0'.repeat(64), lexicon, ...(metadata ? { metadata } : {}) }));
      expect(checkFidelity(text, doc)).toEqual([]);
      expect(validateAkn([toAkomaNtoso(doc)])).toEqual([]);
      const actual = JSON.stringify(doc, null, 2) + '\n';
      const expectedPath = join(dir, 'output.json');
      if (process.env['UPDATE']) writeFileSync(expectedPath, actual);
      if (!existsSync(expectedPath)) throw new Error(`${expectedPath} is missing: run UPDATE=1 npx vitest run ${import.meta.filename} and review it`);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});

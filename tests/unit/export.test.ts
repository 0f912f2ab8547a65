import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toAkomaNtoso, workIri } from '../../src/lib/export/akn.ts';
import { corpusFile, documentFiles, schemaFile } from '../../src/lib/export/files.ts';
import { toBibtex, toCslJson } from '../../src/lib/export/citation-formats.ts';
import { jsonForScript } from '../../src/lib/export/linked-data.ts';
import { toPlainText } from '../../src/lib/export/text.ts';
import { escapeXml } from '../../src/lib/export/xml.ts';
import { bySymbol, realCorpus, RESOLUTIONS_DIR } from '../helpers/sources.ts';

const corpus = realCorpus();
const r68 = bySymbol(corpus, 'A/RES/68/243');
const r56 = bySymbol(corpus, 'A/RES/56/19');

describe('exports', () => {
  it('FRBR work IRIs', () => {
    expect(workIri(r68)).toBe('/akn/un/statement/deliberation/un-ga/2013-12-27/68-243');
  });

  it('AKN marks corrections, restored italics and notes without text', () => {
    const akn = toAkomaNtoso(r68);
    expect(akn).toContain(
      '<span class="editorialCorrection" title="Editorial correction; the source reads &quot;confidencebuilding&quot;">confidence-building</span>',
    );
    expect(akn).toContain('<i>Calls upon</i>');
    expect(akn).toContain(
      '<authorialNote marker="1" placement="bottom" eId="preamble__p_6__authorialNote_1"><p><remark>The source text carries this marker but not the note.</remark></p></authorialNote>',
    );
  });

  it('escapes text in XML, BibTeX and JSON-LD', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    const evil = { ...r56, title: 'A {title} & <script>' };
    expect(toBibtex(evil, 'https://x/')).toContain('title        = {{A \\{title\\} \\& <script>}}');
    expect(jsonForScript({ t: '</script><script>alert(1)</script>' })).toBe('{"t":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
  });

  it('plain text has paragraph numbers, items and superscript markers', () => {
    const text = toPlainText(r68);
    expect(text).toContain('\n\n3. Invites all Member States');
    expect(text).toContain('International Security,⁴ to continue');
    expect(text).toContain('\n\n    (b) Efforts taken at the national level');
    expect(text.trimEnd().endsWith('72nd plenary meeting\n27 December 2013')).toBe(true);
  });

  it('CSL-JSON for a resolution whose number is an inference still cites the symbol', () => {
    expect(toCslJson(r56, 'https://x/a-res-56-19/')).toMatchObject({ id: 'A/RES/56/19', type: 'legislation', issued: { 'date-parts': [[2001, 11, 29]] } });
  });
});

describe('open-data files', () => {
  it('each document as the JSON the ingest wrote, byte for byte, as Akoma Ntoso and as text', () => {
    for (const doc of corpus) {
      const [json, akn, txt] = documentFiles(doc);
      expect(json).toEqual({ path: `data/${doc.id}.json`, body: readFileSync(join(RESOLUTIONS_DIR, `${doc.id}.json`), 'utf8') });
      expect(akn!.path).toBe(`data/${doc.id}.akn.xml`);
      expect(akn!.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<akomaNtoso /);
      expect(txt!.path).toBe(`data/${doc.id}.txt`);
    }
  });

  it('the corpus oldest first, and the JSON Schema of a document', () => {
    const corpusJson = JSON.parse(corpusFile([...corpus].reverse()).body) as { documents: Array<{ id: string }> };
    expect(corpusJson.documents.map((d) => d.id)).toEqual(['a-res-56-19', 'a-res-62-17', 'draft-64-first-committee-2009', 'a-res-66-24', 'a-res-68-243']);
    const schema = JSON.parse(schemaFile().body) as { $id: string; properties: Record<string, unknown> };
    expect(schema.$id).toBe('/data/schema.json');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['id', 'preamble', 'operative', 'footnotes']));
  });
});

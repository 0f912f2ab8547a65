/**
 * Akoma Ntoso 3.0 export following the UN's AKN4UN guidelines: a `<statement>` (a resolution,
 * or a draft resolution as a draft), FRBR identification, a preface from the masthead, the
 * preamble with its enacting formula, the operative paragraphs with their lists and points in
 * `<mainBody>`, the closing in `<conclusions>`, footnotes as `<authorialNote>` where first cited
 * (later citations as `<noteRef>`). eIds are the page's ids. Pure and deterministic.
 */
import type { Footnote, Inline, Paragraph, ResolutionDocument } from '../schema.ts';
import { calendarDate, ordinal, printedItemNumber } from '../document/index.ts';
import { listId } from '../document/eid.ts';
import { xml, type Xml } from './xml.ts';

const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** The FRBR Work IRI: `/akn/un/statement/deliberation/un-ga/2011-12-02/66-24`. */
export function workIri(doc: ResolutionDocument): string {
  const date = calendarDate(doc).iso;
  if (doc.kind === 'resolution' && doc.number) return `/akn/un/statement/deliberation/un-ga/${date}/${doc.number.replace('/', '-')}`;
  const actor = doc.committee ? `un-ga-${doc.committee.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : 'un-ga';
  // A draft is known by its date of issue first.
  return `/akn/un/statement/draft/${actor}/${doc.issued?.date ?? date}/${doc.id}`;
}

interface Context {
  notes: Map<string, Footnote>;
  /** Markers whose note has already been placed. */
  placed: Set<string>;
}

function inline(nodes: Inline[], ctx: Context): Xml {
  return xml`${nodes.map((n) => {
    switch (n.type) {
      case 'text':
        return n.value;
      case 'emphasis':
        return xml`<i>${n.value}</i>`;
      case 'correction':
        return xml`<span class="editorialCorrection" title="${`Editorial correction; the source reads "${n.original.replace('\n', ' ')}"`}">${n.value}</span>`;
      case 'noteRef':
        return noteAt(n.marker, ctx);
    }
  })}`;
}

function noteAt(marker: string, ctx: Context): Xml {
  const note = ctx.notes.get(marker)!;
  if (ctx.placed.has(marker)) return xml`<noteRef marker="${marker}" href="#${note.eId}"/>`;
  ctx.placed.add(marker);
  const body =
    note.text === null ? xml`<p><remark>The source text carries this marker but not the note.</remark></p>` : xml`<p>${inline(note.inline, ctx)}</p>`;
  return xml`<authorialNote marker="${marker}" placement="bottom" eId="${note.eId}">${body}</authorialNote>`;
}

function point(p: Paragraph, ctx: Context, element: 'paragraph' | 'point'): Xml {
  const num = p.num === null ? '' : xml`<num>${element === 'paragraph' ? `${p.num}.` : printedItemNumber(p.num)}</num>`;
  const text = xml`<p>${inline(p.inline, ctx)}</p>`;
  // A heading above an operative paragraph stands beside it in the body, as a paragraph of its own class.
  const heading = p.heading ? xml`<p class="crossHeading">${p.heading.text}</p>` : '';
  if (p.items.length === 0) return xml`${heading}<${element} eId="${p.eId}">${num}<content>${text}</content></${element}>`;
  return xml`${heading}<${element} eId="${p.eId}">${num}<intro>${text}</intro><list eId="${listId(p.eId)}">${p.items.map((i) => point(i, ctx, 'point'))}</list></${element}>`;
}

function preambleParagraph(p: Paragraph, ctx: Context): Xml {
  // Preambular paragraphs have no items in this corpus; if one had, they follow as a blockList.
  const items = p.items.length
    ? xml`<blockList eId="${listId(p.eId)}">${p.items.map((i) => xml`<item eId="${i.eId}"><num>(${i.num})</num><p>${inline(i.inline, ctx)}</p></item>`)}</blockList>`
    : '';
  return xml`<p eId="${p.eId}">${inline(p.inline, ctx)}</p>${items}`;
}

/** The masthead lines that are not the title, then the title with its number. */
function preface(doc: ResolutionDocument): Xml {
  const heading = doc.number && doc.kind === 'resolution' ? `${doc.number}. ${doc.title}` : doc.title;
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  let cut = doc.masthead.length;
  for (let i = doc.masthead.length - 1; i >= 0; i--) {
    const joined = norm(doc.masthead.slice(i).join(' '));
    if (joined === norm(heading) || joined === norm(doc.title)) {
      cut = i;
      break;
    }
  }
  const numbered = cut < doc.masthead.length && norm(doc.masthead.slice(cut).join(' ')) === norm(heading) && heading !== doc.title;
  return xml`<preface>${doc.masthead.slice(0, cut).map((line) => xml`<p>${line}</p>`)}<p class="title">${numbered ? xml`<docNumber>${doc.number}.</docNumber> ` : ''}<docTitle>${doc.title}</docTitle></p></preface>`;
}

/** The Work's own elements, in the schema's order: aliases before its date, number and name after its country. */
interface WorkExtras {
  aliases?: Xml | '';
  numbering?: Xml | '';
}

/** One level of the FRBR identification: Work, Expression or Manifestation, with the elements only it has. */
function frbr(
  level: 'Work' | 'Expression' | 'Manifestation',
  iri: string,
  component: string,
  date: { date: string; name: string },
  author: string,
  work: WorkExtras = {},
): Xml {
  const [self, uri] = level === 'Manifestation' ? [`${iri}/!${component}.xml`, `${iri}.akn`] : [`${iri}/!${component}`, iri];
  const isWork = level === 'Work';
  return xml`<FRBR${level}><FRBRthis value="${self}"/><FRBRuri value="${uri}"/>${isWork ? (work.aliases ?? '') : ''}<FRBRdate date="${date.date}" name="${date.name}"/><FRBRauthor href="#${author}"/>${isWork ? xml`<FRBRcountry value="un"/>${work.numbering ?? ''}` : ''}${level === 'Expression' ? xml`<FRBRlanguage language="eng"/>` : ''}</FRBR${level}>`;
}

interface Identity {
  work: string;
  expression: string;
  /** The date of the Work and of its transformation. */
  date: { date: string; name: string };
}

/** The identification of the resolution (component "main") or of one of its annexes. */
function identification(id: Identity, component: string, work: { author: string } & WorkExtras, expressionDate: { date: string; name: string }): Xml {
  return xml`<identification source="#edition">${frbr('Work', id.work, component, id.date, work.author, work)}${frbr('Expression', id.expression, component, expressionDate, 'generalAssembly')}${frbr('Manifestation', id.expression, component, { date: id.date.date, name: 'transformation' }, 'edition')}</identification>`;
}

/** Each annex as an attachment: a document of its own, a component of the resolution's Work (`…/!annex_1`). */
function attachments(doc: ResolutionDocument, id: Identity, ctx: Context): Xml | '' {
  if (doc.annexes.length === 0) return '';
  return xml`<attachments>${doc.annexes.map(
    (annex) =>
      xml`<attachment><doc name="annex"><meta>${identification(id, annex.eId, { author: 'generalAssembly' }, id.date)}</meta><preface><p class="title"><docTitle>${annex.heading}</docTitle></p>${annex.title ? xml`<p class="subtitle">${annex.title.text}</p>` : ''}</preface><mainBody>${annex.paragraphs.map((p) => point(p, ctx, 'paragraph'))}</mainBody></doc></attachment>`,
  )}</attachments>`;
}

export function toAkomaNtoso(doc: ResolutionDocument): string {
  const work = workIri(doc);
  const expression = `${work}/eng@`;
  const { iso: date, kind: dateKind } = calendarDate(doc);
  const ctx: Context = { notes: new Map(doc.footnotes.map((n) => [n.marker, n])), placed: new Set() };
  const name = doc.kind === 'draft' ? 'draftResolution' : 'resolution';
  const conclusions = doc.closing.length
    ? xml`<conclusions>${doc.closing.map((line, i) => (i === doc.closing.length - 1 && doc.adopted ? xml`<p><date date="${doc.adopted.date}">${line}</date></p>` : xml`<p>${line}</p>`))}</conclusions>`
    : '';
  const id: Identity = { work, expression, date: { date, name: dateKind } };
  const body = xml`<preamble><formula name="enactingFormula"><p>${doc.formula}</p></formula>${doc.preamble.map((p) => preambleParagraph(p, ctx))}</preamble><mainBody>${doc.operative.map((p) => point(p, ctx, 'paragraph'))}</mainBody>${conclusions}${attachments(doc, id, ctx)}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
${
  xml`<akomaNtoso xmlns="${AKN_NS}">
  <statement name="${name}">
    <meta>
      ${identification(
        id,
        'main',
        {
          author: doc.kind === 'draft' ? 'sponsors' : 'generalAssembly',
          aliases: doc.symbol ? xml`<FRBRalias name="symbol" value="${doc.symbol}"/>` : '',
          numbering: xml`<FRBRnumber value="${doc.number ?? doc.id}"/><FRBRname value="${doc.kind === 'draft' ? 'draft resolution' : 'resolution'}"/>`,
        },
        { date: doc.issued?.date ?? date, name: doc.issued ? 'publication' : dateKind },
      )}
      <references source="#edition">
        <TLCOrganization eId="generalAssembly" href="/akn/ontology/organizations/un/generalAssembly" showAs="General Assembly of the United Nations"/>
        <TLCOrganization eId="edition" href="/akn/ontology/organizations/un/ictSecurityEdition" showAs="ICT and international security: reference edition"/>
        ${doc.kind === 'draft' ? xml`<TLCOrganization eId="sponsors" href="/akn/ontology/organizations/un/sponsors" showAs="${doc.submittedBy ?? (doc.sponsors.join(', ') || 'not stated')}"/>` : ''}
        <TLCConcept eId="session" href="/akn/ontology/concepts/un/session/${doc.session}" showAs="${ordinal(doc.session)} session"/>
      </references>
    </meta>
    ${preface(doc)}
    ${body}
  </statement>
</akomaNtoso>`.value
}
`;
}

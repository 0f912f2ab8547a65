/**
 * Builds the paragraph tree from blocks and checks the numbering.
 *
 * Plain blocks before the first numbered one are preambular paragraphs, numbered in order.
 * Numbered blocks are operative paragraphs and must run 1, 2, 3 … without gap or repeat.
 * Labelled blocks are items of the paragraph or item before them. Items nest: "(d)" followed
 * by "(i)", "(ii)" makes sub-items of (d), while "(i)" after "(h)" is simply the ninth letter.
 * The rule: a label continues the innermost open list that expects it; otherwise "(a)" or "(i)"
 * opens a new list under the last item; anything else is a gap in the lettering.
 */
import type { Block } from './blocks.ts';
import { ROMAN_NUMERAL, SECTION_NUMBER, wordKey } from './lines.ts';
import { operativePhrase } from './emphasis.ts';
import { stripMarkers } from './markers.ts';
import { opensPreambularParagraph } from './vocabulary.ts';
import { annexParagraphId, annexUnnumberedId, operativeId, pointId, preambleId } from './ids.ts';
import type { Problem } from './problems.ts';

export interface Node {
  eId: string;
  num: string | null;
  block: Block;
  items: Node[];
  /** The heading printed above an operative paragraph. */
  heading?: Block;
}

/** Short words a heading may hold; other fragments ("I nv ite s") are a word torn apart by the extraction. */
const SMALL_WORDS = new Set(['a', 'an', 'as', 'at', 'be', 'by', 'in', 'is', 'it', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we']);

const joinBlocks = (a: Block, b: Block): Block => ({ ...a, lines: [...a.lines, ...b.lines] });

/** A section's number alone on its line: "I.", "II", "A.". */
const isSectionNumber = (block: Block) => block.kind === 'plain' && block.lines.length === 1 && SECTION_NUMBER.test(block.lines[0]!.text);

/**
 * A block of the operative part that is a heading: no line of it ends as a sentence does (after
 * a section's Roman numeral, a line of its title may end in a comma), and its words are whole.
 */
function isHeadingBlock(block: Block): boolean {
  const numbered = ROMAN_NUMERAL.test(block.lines[0]?.text ?? '');
  return (
    block.kind === 'plain' &&
    block.lines.length <= (numbered ? 6 : 3) &&
    block.lines.every((l, i) => !(numbered && i < block.lines.length - 1 ? /[;:.]\**$/ : /[,;:.]\**$/).test(stripMarkers(l.text))) &&
    block.lines.every((l) => l.text.split(/\s+/).every((w) => !/^\p{Ll}{1,2}$/u.test(w) || SMALL_WORDS.has(w)))
  );
}

type Style = 'alpha' | 'roman' | 'decimal';

interface OpenList {
  owner: Node;
  style: Style;
  last: string;
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

export function toRoman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) while (n >= value) ((out += letters), (n -= value));
  return out;
}

function fromRoman(s: string): number | null {
  for (let n = 1; n < 400; n++) if (toRoman(n) === s) return n;
  return null;
}

/** The label after `last` in a list of the given style: b after a, aa after z, iv after iii. */
export function nextLabel(style: Style, last: string): string {
  if (style === 'decimal') return last.replace(/\d+$/, (k) => String(Number(k) + 1));
  if (style === 'roman') return toRoman(fromRoman(last)! + 1);
  if (last === 'z') return 'aa';
  if (/^([a-z])\1+$/.test(last)) {
    const c = last[0]!;
    return c === 'z' ? 'a'.repeat(last.length + 1) : String.fromCharCode(c.charCodeAt(0) + 1).repeat(last.length);
  }
  return String.fromCharCode(last.charCodeAt(0) + 1);
}

/**
 * The tree of a resolution's paragraphs. `single`: a resolution of one paragraph, whose text
 * (all its unnumbered blocks) is its one operative paragraph, `para_1` without a number.
 */
/** The letters before `label` stand in the block's text, in order: "(a) … (b) …" before "(c)". */
function runsInline(block: Block, label: string): boolean {
  if (!/^[a-z]$/.test(label)) return false;
  const text = block.lines.map((l) => l.text).join(' ');
  let from = 0;
  for (let c = 'a'; c < label; c = String.fromCharCode(c.charCodeAt(0) + 1)) {
    from = text.indexOf(`(${c}) `, from);
    if (from === -1) return false;
  }
  return true;
}

/** A labelled block's lines with its label put back as text, where it printed it. */
function restoreLabel(block: Block, label: string): Block['lines'] {
  const [first, ...rest] = block.lines;
  if (first && first.n === block.line) return [{ ...first, text: `(${label}) ${first.text}` }, ...rest];
  return [{ n: block.line, kind: 'text', text: `(${label})` }, ...block.lines];
}

/** Plural nouns that open lines of running text and look like verbs ("States parties …"). */
const NOUNS_LIKE_VERBS = new Set([
  'States',
  'Nations',
  'Parties',
  'Members',
  'Governments',
  'Countries',
  'Islands',
  'Affairs',
  'Rights',
  'Forces',
  'Peoples',
  'Territories',
]);
const opensOperativeSentence = (text: string) => {
  const phrase = operativePhrase(text);
  return phrase !== null && !opensPreambularParagraph(text) && !NOUNS_LIKE_VERBS.has(phrase.split(' ')[0]!);
};

/** Lists nest (a) › (i) in the Assembly's texts; deeper than this is a misreading, or an attack on the renderers. */
export const MAX_LIST_DEPTH = 4;

export function buildTree(blocks: Block[], { single = false } = {}): { preamble: Node[]; operative: Node[]; problems: Problem[] } {
  if (single) return buildSingle(blocks);
  // "Having considered …," / "Approves the report …": recitals, then one operative paragraph, unnumbered.
  const last = blocks.findLastIndex((b) => b.kind !== 'labelled');
  if (last !== -1 && blocks[last]!.kind === 'plain' && !blocks.some((b) => b.kind === 'numbered')) {
    const block = blocks[last]!;
    const at = block.lines.findIndex((l, i) => opensOperativeSentence(l.text) && (i === 0 || /,\**$/.test(stripMarkers(block.lines[i - 1]!.text))));
    if (at !== -1) {
      const recital: Block[] = at > 0 ? [{ ...block, lines: block.lines.slice(0, at) }] : [];
      const verb: Block = { kind: 'numbered', label: '1', line: block.lines[at]!.n, lines: block.lines.slice(at) };
      const tree = buildTree([...blocks.slice(0, last), ...recital, verb, ...blocks.slice(last + 1)]);
      return { ...tree, operative: tree.operative.map((p) => ({ ...p, num: null })) };
    }
  }
  const preamble: Node[] = [];
  const operative: Node[] = [];
  const problems: Problem[] = [];
  let lists: OpenList[] = [];
  let owner: Node | null = null;
  const seenNumbers = new Set<string>();
  let heading: Block | null = null;

  for (const [i, block] of blocks.entries()) {
    if (block.lines.length === 0) {
      problems.push({ line: block.line, message: `${block.kind === 'numbered' ? 'paragraph' : 'item'} ${block.label} has no text` });
      continue;
    }
    if (heading && block.kind !== 'numbered') {
      problems.push({ line: heading.line, message: 'a heading in the operative part not followed by a numbered paragraph' });
      heading = null;
    }
    if (block.kind === 'plain') {
      // A heading among the operative paragraphs, or above the first ("I" / "International Convention …" / "1.").
      if ((operative.length > 0 || blocks[i + 1]?.kind === 'numbered') && isHeadingBlock(block)) {
        heading = block;
        continue;
      }
      if (operative.length > 0) {
        problems.push({ line: block.line, message: 'unnumbered paragraph in the operative part: is a number missing before it?' });
        continue;
      }
      owner = { eId: preambleId(preamble.length + 1), num: null, block, items: [] };
      preamble.push(owner);
      lists = [];
    } else if (block.kind === 'numbered') {
      const num = block.label!;
      // Expect the number after the last one printed, so that one slip is reported once.
      const expected = String(operative.length ? Number(operative[operative.length - 1]!.num) + 1 : 1);
      if (seenNumbers.has(num)) {
        problems.push({ line: block.line, message: `operative paragraph ${num} appears twice` });
        continue;
      }
      if (num !== expected) {
        problems.push({ line: block.line, message: `operative paragraph ${num} where ${expected} was expected: numbering gap` });
      }
      seenNumbers.add(num);
      owner = { eId: operativeId(num), num, block, items: [], ...(heading ? { heading } : {}) };
      heading = null;
      operative.push(owner);
      lists = [];
    } else {
      if (!owner) {
        problems.push({ line: block.line, message: `item (${block.label}) before any paragraph` });
        continue;
      }
      const label = block.label!;
      const at = lists.findLastIndex((l) => nextLabel(l.style, l.last) === label);
      let list: OpenList;
      if (at !== -1) {
        lists = lists.slice(0, at + 1);
        list = lists[at]!;
        list.last = label;
      } else if (label === `${owner.num}.1`) {
        // "3.1", "3.2" …: sub-paragraphs of paragraph 3 itself, before any of its items.
        lists = [{ owner, style: 'decimal', last: label }];
        list = lists[0]!;
      } else if ((label === 'a' || label === 'i') && lists.length >= MAX_LIST_DEPTH) {
        problems.push({
          line: block.line,
          message: `item (${label}) would open a list ${MAX_LIST_DEPTH + 1} deep: at most ${MAX_LIST_DEPTH} levels of items are read ((a), (i) and two more)`,
        });
        continue;
      } else if (label === 'a' || label === 'i') {
        const parentList = lists[lists.length - 1];
        const parent = parentList ? parentList.owner.items[parentList.owner.items.length - 1]! : owner;
        list = { owner: parent, style: label === 'a' ? 'alpha' : 'roman', last: label };
        lists.push(list);
      } else {
        // "… by (a) providing …; (b) investing …;" / "(c) eradicating …": items run inline, one of them at a line's start.
        const inner = lists.length ? lists[lists.length - 1]!.owner.items.at(-1)! : owner;
        if (runsInline(inner.block, label)) {
          inner.block.lines.push(...restoreLabel(block, label));
          continue;
        }
        const expected = lists.length ? nextLabel(lists[lists.length - 1]!.style, lists[lists.length - 1]!.last) : 'a';
        problems.push({ line: block.line, message: `item (${label}) where (${expected}) was expected: lettering gap` });
        continue;
      }
      list.owner.items.push({ eId: pointId(list.owner.eId, label), num: label, block, items: [] });
    }
  }
  if (heading) problems.push({ line: heading.line, message: 'a heading at the end of the operative part, with no paragraph after it' });
  if (operative.length === 0 && problems.length === 0) {
    const line = blocks[blocks.length - 1]?.line ?? 1;
    problems.push({ line, message: 'no operative paragraphs: expected numbered paragraphs "1.", "2." … after the preamble' });
  }
  return { preamble, operative, problems };
}

function buildSingle(blocks: Block[]): { preamble: Node[]; operative: Node[]; problems: Problem[] } {
  const numbered = blocks.find((b) => b.kind === 'numbered');
  if (numbered)
    return {
      preamble: [],
      operative: [],
      problems: [
        {
          line: numbered.line,
          message: `paragraph ${numbered.label} in a resolution of one paragraph: its formula "The General Assembly" has no comma, or opens the sentence`,
        },
      ],
    };
  // The leading unnumbered blocks are the paragraph's text; its items follow as in any paragraph.
  const items = blocks.findIndex((b) => b.kind !== 'plain');
  const text = items === -1 ? blocks : blocks.slice(0, items);
  if (text.length === 0) return { preamble: [], operative: [], problems: [{ line: blocks[0]?.line ?? 1, message: 'no text after "The General Assembly"' }] };
  const paragraph: Block = { kind: 'numbered', label: '1', line: text[0]!.line, lines: text.flatMap((b) => b.lines) };
  const tree = buildTree([paragraph, ...blocks.slice(text.length)]);
  return { ...tree, operative: tree.operative.map((p) => ({ ...p, num: null })) };
}

/**
 * The paragraphs of an annex, whose form varies (a declaration numbered 1, 2 …; a programme
 * with unnumbered paragraphs; items): each block in order, numbered ones as `ANNEX__para_N`,
 * unnumbered ones as `ANNEX__p_N` in order, items under the paragraph before them. A number
 * or an item label given twice is refused, as an eId must be unique.
 */
export function buildAnnexTree(input: Block[], annex: string, titles: readonly string[]): { title: Block | null; paragraphs: Node[]; problems: Problem[] } {
  const paragraphs: Node[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let plain = 0;
  let title: Block | null = null;
  let heading: Block | null = null; // a heading waiting for the paragraph under it
  const blocks = input.flatMap((block, i) => (i === 0 ? splitTitle(block, titles) : [block])).flatMap(splitAtSectionNumbers);
  for (const [i, block] of blocks.entries()) {
    // Headings: the annex's title above its first paragraph, then its sections' ("I." / "Global context …").
    if (i + 1 < blocks.length && (isSectionNumber(block) || isHeadingBlock(block))) {
      if (heading !== null && !isSectionNumber(heading) && paragraphs.length === 0 && title === null) {
        title = heading;
        heading = block;
      } else heading = heading === null ? block : joinBlocks(heading, block);
      continue;
    }
    if (block.lines.length === 0) {
      problems.push({ line: block.line, message: `annex ${block.kind === 'numbered' ? 'paragraph' : 'item'} ${block.label} has no text` });
      continue;
    }
    const paragraph = paragraphs[paragraphs.length - 1];
    // "(i)", "(ii)" after "(a)" are sub-items of the last lettered item ("(i)" after "(h)" is the ninth letter).
    const lettered = paragraph?.items.at(-1);
    const roman =
      block.kind === 'labelled' &&
      lettered &&
      fromRoman(block.label!) !== null &&
      !(block.label === 'i' && lettered.num === 'h') &&
      (block.label === 'i' || lettered.items.length > 0);
    const owner = roman ? lettered : paragraph;
    const eId =
      block.kind === 'plain'
        ? annexUnnumberedId(annex, ++plain)
        : block.kind === 'numbered'
          ? annexParagraphId(annex, block.label!)
          : owner
            ? pointId(owner.eId, block.label!)
            : null;
    if (eId === null) {
      problems.push({ line: block.line, message: `item (${block.label}) before any paragraph of the annex` });
      continue;
    }
    if (seen.has(eId)) {
      problems.push({
        line: block.line,
        message: `${block.kind === 'labelled' ? `item (${block.label})` : `paragraph ${block.label}`} appears twice in the annex`,
      });
      continue;
    }
    seen.add(eId);
    const node: Node = { eId, num: block.label, block, items: [] };
    if (heading && paragraphs.length === 0 && title === null && !isSectionNumber(heading)) title = heading;
    else if (heading) node.heading = heading;
    heading = null;
    if (block.kind === 'labelled') owner!.items.push(node);
    else paragraphs.push(node);
  }
  return { title, paragraphs, problems };
}

/** A block cut before and after each line that is a section's number alone ("… product safety" / "I."). */
function splitAtSectionNumbers(block: Block): Block[] {
  const parts: Block['lines'][] = [[]];
  for (const line of block.lines) {
    const number = SECTION_NUMBER.test(line.text);
    if (number && parts.at(-1)!.length) parts.push([]);
    parts.at(-1)!.push(line);
    if (number) parts.push([]);
  }
  // The first part is the block, numbered or labelled as it was; the rest are unnumbered.
  return parts
    .filter((lines, i) => i === 0 || lines.length > 0)
    .map((lines, i): Block => (i === 0 ? { ...block, lines } : { kind: 'plain', label: null, line: lines[0]!.n, lines }));
}

/**
 * The first block of an annex, its title split off where the title runs straight into the text
 * ("Political declaration of …" / "We, Heads of State …"): where its first lines spell, word for
 * word, a title the resolution gives (its own, or one it quotes).
 */
function splitTitle(block: Block, titles: readonly string[]): Block[] {
  if (block.kind !== 'plain') return [block];
  const known = new Set(titles.map(wordKey));
  for (let k = 1; k <= Math.min(4, block.lines.length - 1); k++) {
    if (
      !known.has(
        wordKey(
          block.lines
            .slice(0, k)
            .map((l) => l.text)
            .join(' '),
        ),
      )
    )
      continue;
    const [title, rest] = cutBlock(block, k);
    return [title, ...splitSubtitle(rest)];
  }
  return splitSubtitle(block);
}

/** A block cut in two before its line `k`. */
const cutBlock = (block: Block, k: number): [Block, Block] => [
  { ...block, lines: block.lines.slice(0, k) },
  { ...block, line: block.lines[k]!.n, lines: block.lines.slice(k) },
];

/** A declaration's subtitle above its opening words ("Universal health coverage: …" / "We, Heads of State …"). */
function splitSubtitle(block: Block): Block[] {
  const at = block.lines.findIndex((l, k) => k > 0 && k <= 3 && /^We,? /.test(l.text) && !/[,;:.]$/.test(block.lines[k - 1]!.text));
  return at === -1 ? [block] : cutBlock(block, at);
}

/**
 * Reads a folder of sources as the ingest needs them: each .txt (or .pdf, through pdftotext)
 * with the .meta.json beside it, in name order; everything a user can get wrong in the folder
 * (a name that is not UTF-8, a symbolic link that loops, a folder named like a source, an
 * oversized file, a PDF beside its own text) is a problem with the file and line 1, never an
 * exception. The disk is read here; parsing stays pure (src/lib/corpus.ts).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileProblem, SourceFile } from '../lib/corpus.ts';
import { MAX_SOURCE_BYTES } from '../lib/parse/index.ts';

const META_SUFFIX = '.meta.json';
/** How a PDF is read: poppler's pdftotext, as the UN's PDFs are commonly extracted (see README). */
export const PDF_TO_TEXT = ['pdftotext', '-enc', 'UTF-8'] as const;

/** What went wrong reading a file, in words: a symbolic link that loops, a missing target, no permission. */
function fileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'a symbolic link that loops';
  if (code === 'ENOENT') return 'a symbolic link to nothing, or a file removed while reading';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'not a folder';
  return (error as Error).message;
}

/** A source's extension: .txt (a text as received) or .pdf (an official PDF, read through pdftotext). */
const isSource = (name: string) => name.endsWith('.txt') || name.endsWith('.pdf');
const stem = (name: string) => name.replace(/\.(?:txt|pdf)$/, '');

/** The text of a PDF, or a problem: pdftotext missing or the PDF unreadable. */
function pdfText(path: string, bytes: Buffer): Buffer | FileProblem {
  try {
    return execFileSync(PDF_TO_TEXT[0], [...PDF_TO_TEXT.slice(1), '-', '-'], {
      input: bytes,
      maxBuffer: 4 * MAX_SOURCE_BYTES,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === 'ENOENT') return { file: path, line: 1, message: 'reading a PDF needs pdftotext (Debian: apt-get install poppler-utils)' };
    return {
      file: path,
      line: 1,
      message: `pdftotext could not read this PDF: ${
        String(e.stderr ?? e.message)
          .trim()
          .split('\n')[0]
      }`,
    };
  }
}

/** The sources of a folder (or only the one named `only`), with their metadata, in name order. */
export async function readSources(dir: string, problems: FileProblem[], only?: string): Promise<SourceFile[]> {
  let names: string[];
  try {
    names = [];
    // As bytes: a name that is not UTF-8 would otherwise come back altered, and not be found.
    for (const raw of await readdir(dir, { encoding: 'buffer' })) {
      try {
        names.push(new TextDecoder('utf-8', { fatal: true }).decode(raw));
      } catch {
        const shown = [...raw].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
        problems.push({ file: join(dir, shown), line: 1, message: 'file name is not UTF-8: rename the file' });
      }
    }
    names.sort();
  } catch (error) {
    problems.push({ file: dir, line: 1, message: `cannot read the sources folder: ${fileError(error)}` });
    return [];
  }
  if (only !== undefined) {
    if (!names.includes(only) || !isSource(only)) {
      problems.push({ file: join(dir, only), line: 1, message: 'no such source: a source is a .txt or .pdf file' });
      return [];
    }
    names = names.filter((n) => n === only || n === stem(only) + META_SUFFIX);
  }
  const texts = names.filter(isSource);
  for (const meta of names.filter((n) => n.endsWith(META_SUFFIX))) {
    if (!texts.some((t) => stem(t) === meta.slice(0, -META_SUFFIX.length))) {
      problems.push({ file: join(dir, meta), line: 1, message: 'metadata file without a source text beside it' });
    }
  }
  for (const name of texts) {
    if (name.endsWith('.pdf') && texts.includes(`${stem(name)}.txt`))
      problems.push({ file: join(dir, name), line: 1, message: `both ${stem(name)}.txt and this PDF: keep one source per document` });
  }
  if (texts.length === 0) problems.push({ file: dir, line: 1, message: 'no source texts (*.txt or *.pdf) in the sources folder' });
  const present = new Set(names);
  const read = await Promise.all(
    texts.map(async (name): Promise<SourceFile | FileProblem> => {
      const path = join(dir, name);
      try {
        return await readSource(dir, name, present);
      } catch (error) {
        return { file: path, line: 1, message: `cannot read: ${fileError(error)}` };
      }
    }),
  );
  // In name order, whatever order the reads finished in.
  for (const r of read) if ('message' in r) problems.push(r);
  return read.filter((r): r is SourceFile => 'bytes' in r);
}

/** One source and its metadata, or why it cannot be read. */
async function readSource(dir: string, name: string, present: Set<string>): Promise<SourceFile | FileProblem> {
  const path = join(dir, name);
  // Refuse an oversized file before reading it.
  const info = await stat(path).catch((error: unknown) => fileError(error));
  if (typeof info === 'string') return { file: path, line: 1, message: `cannot read: ${info}` };
  if (!info.isFile()) return { file: path, line: 1, message: 'a folder, not a file: a source is a .txt or .pdf file' };
  const pdf = name.endsWith('.pdf');
  const limit = pdf ? 20 * MAX_SOURCE_BYTES : MAX_SOURCE_BYTES;
  if (info.size > limit)
    return { file: path, line: 1, message: `file is ${info.size} bytes; a resolution ${pdf ? 'PDF' : 'text'} is far below ${limit} bytes` };
  const metaName = stem(name) + META_SUFFIX;
  const raw = await readFile(path);
  const bytes = pdf ? pdfText(path, raw) : raw;
  if ('message' in bytes) return bytes;
  // The hash is the file's as received: for a PDF, the PDF's.
  const source: SourceFile = { file: name, bytes, ...(pdf ? { sha256: createHash('sha256').update(raw).digest('hex') } : {}) };
  if (present.has(metaName)) {
    const meta = await readFile(join(dir, metaName)).catch((error: unknown) => fileError(error));
    if (typeof meta === 'string') return { file: join(dir, metaName), line: 1, message: `cannot read: ${meta}` };
    source.metadata = { file: metaName, bytes: meta };
  }
  return source;
}

/**
 * Folders the pipeline owns and replaces as a whole: the data folder the ingest writes and the
 * site the build writes. Guarantees, for every folder published here:
 *
 * - it is never a folder the user's sources live in (or above them), nor the project root;
 * - a folder that already exists is replaced only if its manifest says this program wrote it,
 *   and then only if it holds nothing but the files that manifest lists: a file the program did
 *   not write is never deleted, moved or overwritten;
 * - the new content is built beside it and swapped in by two renames, so a run killed at any
 *   moment leaves the old folder or the new one, never a mix and never a temporary file inside;
 *   between the two renames (microseconds) the old one waits under `.NAME.old-*`, and the next
 *   run puts it back (`recoverFolder`) before anything else.
 */
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** The manifest inside every owned folder: who wrote it and which files. */
export const MANIFEST = '.manifest';

interface Manifest {
  writtenBy: string;
  files: string[];
}

/** A refusal to publish a folder: the message names the folder and what to do. */
export class FolderError extends Error {}

const inside = (child: string, parent: string) => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !rel.startsWith(sep));
};

/** The real path of a folder that may not exist yet: its nearest existing ancestor, resolved. */
function realFolder(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realFolder(parent), basename(absolute));
}

/**
 * Why `out` may not be published to, or null. `keep` are folders that hold the user's own
 * files (the sources): `out` may be neither one of them, nor inside one, nor above one.
 */
export function refuseOut(out: string, { keep = [], root }: { keep?: string[]; root: string }): string | null {
  const target = realFolder(out);
  if (existsSync(target) && !statSync(target).isDirectory()) return `${out} is a file, not a folder`;
  const project = realFolder(root);
  if (inside(project, target)) return `${out} is the project folder${target === project ? '' : ' or above it'}; choose a folder of its own`;
  if (inside(target, join(project, '.git'))) return `${out} is inside .git`;
  for (const folder of keep) {
    const own = realFolder(folder);
    if (inside(target, own)) return `${out} is ${target === own ? 'the sources folder' : 'inside the sources folder'} (${folder}); choose another folder`;
    if (inside(own, target)) return `${out} contains the sources folder (${folder}); choose another folder`;
  }
  return null;
}

function readManifest(folder: string): Manifest | null {
  try {
    const data = JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')) as Partial<Manifest>;
    return typeof data.writtenBy === 'string' && Array.isArray(data.files) ? { writtenBy: data.writtenBy, files: data.files.map(String) } : null;
  } catch {
    return null;
  }
}

/** Every file under a folder, relative, with `/` between parts. */
function listFiles(folder: string, prefix = ''): string[] {
  return readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(folder, rel) : [rel];
  });
}

/**
 * Why the existing folder `out` may not be replaced by `writtenBy`, or null. An empty folder
 * or none at all may always be written.
 */
export function refuseReplace(out: string, writtenBy: string): string | null {
  if (!existsSync(out)) return null;
  const present = listFiles(out);
  if (present.length === 0) return null;
  const manifest = readManifest(out);
  if (!manifest) return `${out} holds files that ${writtenBy} did not write (it has no ${MANIFEST}); empty it or choose another folder`;
  if (manifest.writtenBy !== writtenBy) return `${out} was written by ${manifest.writtenBy}, not ${writtenBy}; choose another folder`;
  const owned = new Set([...manifest.files, MANIFEST]);
  const foreign = present.filter((f) => !owned.has(f));
  if (foreign.length)
    return `${out} holds ${foreign.length === 1 ? 'a file' : `${foreign.length} files`} that ${writtenBy} did not write (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); move ${foreign.length === 1 ? 'it' : 'them'} out first`;
  return null;
}

const leftoverPrefix = (out: string, kind: 'new' | 'old') => `.${basename(out)}.${kind}-`;

/**
 * Undoes what an interrupted run left beside `out`: a swap stopped between its two renames is
 * completed backwards (the old folder returns), and half-built folders are removed. Only the
 * names this module makes (`.NAME.new-*`, `.NAME.old-*`) are touched.
 */
export function recoverFolder(out: string): void {
  const parent = dirname(resolve(out));
  if (!existsSync(parent)) return;
  const names = readdirSync(parent);
  const old = names.filter((n) => n.startsWith(leftoverPrefix(out, 'old')));
  for (const name of old) {
    const path = join(parent, name);
    if (!existsSync(out) && readManifest(path)) renameSync(path, out);
    else rmSync(path, { recursive: true, force: true });
  }
  for (const name of names.filter((n) => n.startsWith(leftoverPrefix(out, 'new')))) rmSync(join(parent, name), { recursive: true, force: true });
}

/**
 * A new folder beside `out`, on its device, for the next content of `out`: fill it, then
 * `publishFolder`. Call `recoverFolder` and the refusals first.
 */
export function stageFolder(out: string): string {
  const parent = dirname(resolve(out));
  mkdirSync(parent, { recursive: true });
  const staged = mkdtempSync(join(parent, leftoverPrefix(out, 'new')));
  // mkdtemp makes it private (0700); the published folder is an ordinary one, readable by a web server.
  chmodSync(staged, 0o755);
  return staged;
}

/**
 * Writes the manifest of what `staged` holds and swaps it in for `out`, removing the old
 * folder, which `refuseReplace` has checked holds only what `writtenBy` wrote.
 */
export function publishFolder(staged: string, out: string, writtenBy: string): void {
  const files = listFiles(staged)
    .filter((f) => f !== MANIFEST)
    .sort();
  writeFileSync(join(staged, MANIFEST), JSON.stringify({ writtenBy, files } satisfies Manifest, null, 1) + '\n');
  const target = resolve(out);
  if (existsSync(target) && lstatSync(target).isDirectory()) {
    const old = `${join(dirname(target), leftoverPrefix(out, 'old'))}${process.pid}`;
    renameSync(target, old);
    renameSync(staged, target);
    rmSync(old, { recursive: true, force: true });
  } else {
    renameSync(staged, target);
  }
}

/**
 * Moves what one staged folder holds into another (both the program's own, not yet published),
 * folder by folder where both have one: the open data's `data/` joins the page Astro made there.
 * Two writers of one file is a bug of the build, refused rather than settled by overwriting.
 */
export function mergeInto(from: string, into: string): void {
  for (const name of readdirSync(from)) {
    const [source, target] = [join(from, name), join(into, name)];
    if (!existsSync(target)) renameSync(source, target);
    else if (statSync(source).isDirectory() && statSync(target).isDirectory()) {
      // The fuller folder is moved whole and the other's entries into it: the open data's
      // thousands of files are then one rename, not one each, beside the one page Astro made there.
      if (readdirSync(source).length <= readdirSync(target).length) mergeInto(source, target);
      else {
        mergeInto(target, source);
        rmdirSync(target);
        renameSync(source, target);
      }
    } else throw new FolderError(`two parts of the build wrote ${target}`);
  }
}

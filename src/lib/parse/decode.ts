import { fail } from './problems.ts';

/** No resolution comes near this size; anything larger is rejected before it is read. */
export const MAX_SOURCE_BYTES = 1_000_000;

/** Longest line read: a paragraph of 20,000 words is about 130,000 characters. */
export const MAX_LINE_CHARS = 200_000;

/** "little-endian, with a byte-order mark" and the like when the bytes are UTF-16, else null. */
function utf16Kind(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little-endian, byte-order mark FF FE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big-endian, byte-order mark FE FF';
  // Without a mark: ASCII text in UTF-16 has a NUL in every other byte.
  const n = Math.min(bytes.length, 200) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd > (n / 2) * 0.8 && even === 0) return 'little-endian, no byte-order mark';
  if (even > (n / 2) * 0.8 && odd === 0) return 'big-endian, no byte-order mark';
  return null;
}

/** 1-based line of a byte offset: the number of newlines before it, plus one. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 if the bytes there are not UTF-8. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
  if (need === 0 || i + need > bytes.length) return 0;
  for (let k = 1; k < need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return need;
}

/**
 * Turns a source file's bytes into text, refusing what cannot be a resolution:
 * an oversized, empty, binary or non-UTF-8 file. Each refusal names the line to look at.
 */
export function decodeSource(bytes: Uint8Array): string {
  if (bytes.length > MAX_SOURCE_BYTES) {
    fail(1, `file is ${bytes.length} bytes; a resolution text is far below ${MAX_SOURCE_BYTES} bytes`);
  }
  const utf16 = utf16Kind(bytes);
  if (utf16) fail(1, `UTF-16 text (${utf16}): re-save the file as UTF-8`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) fail(lineAt(bytes, nul), 'binary file: NUL byte found; expected UTF-8 text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let i = 0;
    while (i < bytes.length) {
      const n = utf8SequenceLength(bytes, i);
      if (n === 0) break;
      i += n;
    }
    fail(lineAt(bytes, i), `not UTF-8: invalid byte 0x${bytes[i]?.toString(16).padStart(2, '0')}; re-save the file as UTF-8`);
  }
  // What XML forbids and a text has no use for; vertical tab and form feed are read as spaces (normalize).
  const control = /[\u0001-\u0008\u000e-\u001f\u007f\ufffe\uffff]/.exec(text);
  if (control) {
    fail(
      text.slice(0, control.index).split('\n').length,
      `binary file: control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
    );
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') fail(1, 'empty file: no text');
  const lines = text.split('\n');
  const long = lines.findIndex((l) => l.length > MAX_LINE_CHARS);
  if (long !== -1) fail(long + 1, `line of ${lines[long]!.length} characters; a paragraph of a resolution is far below ${MAX_LINE_CHARS}`);
  return text;
}

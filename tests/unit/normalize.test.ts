import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/lib/parse/decode.ts';
import { normalize } from '../../src/lib/parse/normalize.ts';
import { SourceError } from '../../src/lib/parse/problems.ts';
import { realSources } from '../helpers/sources.ts';

const samples = [
  '\uFEFFThe General Assembly,\r\nRecalling\u00a0its resolution,\r\n\r\n1. *Decides*\u2009to remain seized.  \r\n',
  'line one\rline two\r\n\tindented\u200b word\n',
  ...realSources().map((s) => new TextDecoder().decode(s.bytes)),
];

describe('normalize', () => {
  it.each(samples.map((s, i) => [i, s]))('keeps every line at its number (sample %i)', (_, text) => {
    expect(normalize(text as string).split('\n')).toHaveLength((text as string).split(/\r\n|\r|\n/).length);
  });

  it.each(samples.map((s, i) => [i, s]))('is idempotent (sample %i)', (_, text) => {
    const once = normalize(text as string);
    expect(normalize(once)).toBe(once);
  });

  it('removes the BOM, unifies line endings and spaces, drops zero-width characters and trailing spaces', () => {
    expect(normalize(samples[0]!)).toBe('The General Assembly,\nRecalling its resolution,\n\n1. *Decides* to remain seized.\n');
    expect(normalize(samples[1]!)).toBe('line one\nline two\n indented word\n');
  });

  it('reads the Unicode line and paragraph separators, vertical tab, next line and a form feed inside a line as spaces; keeps a form feed that opens a line', () => {
    expect(normalize('Recalling\u2028its\u2029resolution,\u000bwith\u0085all\fits words\n\fA/RES/78/16')).toBe(
      'Recalling its resolution, with all its words\n\fA/RES/78/16',
    );
  });

  it('changes no visible character', () => {
    for (const text of samples) {
      const visible = (s: string) => s.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '');
      expect(visible(normalize(text))).toBe(visible(text));
    }
  });
});

describe('decodeSource', () => {
  const problem = (bytes: Uint8Array) => {
    try {
      decodeSource(bytes);
    } catch (error) {
      return (error as SourceError).problems[0];
    }
    return null;
  };

  it('accepts UTF-8 with or without BOM', () => {
    expect(decodeSource(new TextEncoder().encode('\uFEFFThe text'))).toBe('The text');
  });

  it('names the line of a bad byte', () => {
    expect(problem(Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0xff]))).toEqual({ line: 3, message: 'not UTF-8: invalid byte 0xff; re-save the file as UTF-8' });
    expect(problem(Uint8Array.from([0x61, 0x0a, 0x00]))).toEqual({ line: 2, message: 'binary file: NUL byte found; expected UTF-8 text' });
    expect(problem(new TextEncoder().encode('a\nb\u0007'))).toMatchObject({ line: 2, message: expect.stringMatching(/control character U\+0007/) });
    expect(problem(new TextEncoder().encode('a\nb\n\uffff'))).toMatchObject({ line: 3, message: expect.stringMatching(/control character U\+FFFF/) });
  });
});

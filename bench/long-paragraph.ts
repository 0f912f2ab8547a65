/**
 * Comparing very long paragraphs: two paragraphs of 20,000 words (a few words changed, and wholly
 * different) diffed in a process of their own, its peak memory against a floor process that
 * builds and tokenizes the same texts but does not diff them.
 *   node bench/long-paragraph.ts diff|floor   (the child; prints nothing)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { diffWords, tokenize } from '../src/lib/compare/diff.ts';
import { realCorpus } from '../tests/helpers/sources.ts';
import { walk } from '../src/lib/document/index.ts';

const WORDS = 20_000;

function texts(): string[] {
  const docs = realCorpus();
  const pool = docs
    .flatMap((d) => [...walk([...d.preamble, ...d.operative])].map((p) => p.text))
    .join(' ')
    .split(' ');
  const long = (from: number) => Array.from({ length: WORDS }, (_, i) => pool[(from + i * 7) % pool.length]!).join(' ');
  const a = long(0);
  return [a, a.replace(/^(\S+)/, 'Recalling').replace(/ (\S+)$/, ' changed'), long(3)];
}

/** Peak resident memory (MB) and seconds of a child running one mode. */
function child(mode: 'diff' | 'floor'): { peakMB: number; seconds: number } {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [import.meta.filename, mode, '--report'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`long-paragraph ${mode}: ${run.stderr}`);
  return { peakMB: Number(run.stdout.trim()), seconds: Math.round((performance.now() - t0) / 10) / 100 };
}

export function benchLongParagraph() {
  const floor = child('floor');
  const diff = child('diff');
  return {
    words: WORDS,
    floorPeakMB: floor.peakMB,
    diffPeakMB: diff.peakMB,
    overFloorMB: diff.peakMB - floor.peakMB,
    diffSeconds: diff.seconds,
    floorSeconds: floor.seconds,
  };
}

if (import.meta.main && process.argv[3] === '--report') {
  const [a, b, c] = texts() as [string, string, string];
  if (process.argv[2] === 'diff') {
    diffWords(a, b);
    diffWords(a, c);
  } else {
    tokenize(a);
    tokenize(b);
    tokenize(c);
  }
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  console.log(hwm ? Math.round(Number(hwm[1]) / 1024) : 0);
}

/**
 * `npm run bench`: builds the site, then measures it and synthetic corpora, writes
 * bench/results.json and prints each measure against its target.
 *
 *   npm run bench                         # everything (about a quarter of an hour)
 *   npm run bench -- --only search,weight # some sections: corpus, search, weight, lighthouse, fuzz, valid-data, long-paragraph, scale
 *   npm run bench -- --only corpus --corpus DIR  # real documents from DIR (default ../shared/corpus/un-ga-78-80)
 *   BENCH_SCALE=1000 BENCH_SCALE_RUNS=1 BENCH_FUZZ_RUNS=2000 npm run bench
 *
 * `scale` builds synthetic corpora (BENCH_SCALE sizes, default 1000 and 5000) and the real corpus
 * (the --corpus folder or the shared one, when there), each against its floor.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { startStaticServer } from '../src/build/static-server.ts';
import { realCorpus, realSources } from '../tests/helpers/sources.ts';
import { benchCorpus } from './corpus.ts';
import { benchFuzz } from './fuzz.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchLongParagraph } from './long-paragraph.ts';
import { benchScale } from './scale.ts';
import { benchValidData } from './valid-data.ts';
import { benchSearch, searchTimings } from './search.ts';
import { ServedLog } from './served.ts';
import { benchWeight } from './weight.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const SECTIONS = ['corpus', 'search', 'weight', 'lighthouse', 'fuzz', 'valid-data', 'long-paragraph', 'scale'] as const;
const SHARED_CORPUS = join(ROOT, '../shared/corpus/un-ga-78-80');
const { values } = parseArgs({ options: { only: { type: 'string' }, corpus: { type: 'string' } } });
const only = new Set(values.only ? values.only.split(',') : SECTIONS);
/** The folder of real documents, when there is one. */
const realCorpusDir = values.corpus ?? (existsSync(SHARED_CORPUS) ? SHARED_CORPUS : null);

interface Target {
  name: string;
  value: number | null;
  unit: string;
  target: number;
  kind: 'max' | 'min';
}

const results: Record<string, unknown> = { date: new Date().toISOString(), machine: { cpus: cpus().length, node: process.version } };
const targets: Target[] = [];

const served = new ServedLog();
const { server, origin } = await startStaticServer(DIST, { gzip: true, onResponse: served.record });
const browser = await launchChromium();
try {
  if (only.has('search')) {
    const search = await benchSearch(browser, origin, DIST, served, realCorpus());
    results['search'] = search;
    targets.push(
      { name: 'search: compressed bytes fetched for a first query', value: search.firstQueryBytes, unit: 'B', target: 150_000, kind: 'max' },
      { name: `search: typing to rendered results, median of ${search.queries}`, value: search.medianMs, unit: 'ms', target: 50, kind: 'max' },
      {
        name: `search: phrase recall, paragraphs holding each of ${search.phraseRecall.phrases} phrases that are hits`,
        value: search.phraseRecall.recallPercent,
        unit: '%',
        target: 100,
        kind: 'min',
      },
    );
  }
  if (only.has('weight')) {
    const weight = await benchWeight(browser, origin, served);
    results['pageWeight'] = weight;
    targets.push(
      { name: 'page weight: resolution page, first view (compressed)', value: weight['resolution']!.bytes, unit: 'B', target: 20_000, kind: 'max' },
      {
        name: 'page weight: render-blocking scripts on any page type',
        value: Math.max(...Object.values(weight).map((w) => w.renderBlockingScripts)),
        unit: '',
        target: 0,
        kind: 'max',
      },
    );
  }
  if (only.has('lighthouse')) {
    const scores = await benchLighthouse(origin);
    results['lighthouse'] = scores;
    for (const [type, s] of Object.entries(scores)) {
      for (const [category, score] of Object.entries(s))
        targets.push({ name: `lighthouse ${category}: ${type}`, value: score, unit: '', target: 100, kind: 'min' });
    }
  }
  if (only.has('corpus')) {
    if (realCorpusDir) {
      const corpus = benchCorpus(realCorpusDir);
      results['corpus'] = corpus;
      console.log(`corpus: ${corpus.read} of ${corpus.documents} read (${corpus.readPercent} %), ${corpus.refused} refused, ${corpus.crashed} crashed`);
      targets.push(
        { name: 'corpus: real documents read with every invariant', value: corpus.readPercent, unit: '%', target: 90, kind: 'min' },
        { name: 'corpus: real documents misread', value: corpus.misread, unit: '', target: 0, kind: 'max' },
        { name: 'corpus: real documents that crash the ingest', value: corpus.crashed, unit: '', target: 0, kind: 'max' },
      );
    } else console.log('corpus: no folder of real documents (../shared/corpus, or --corpus DIR); section skipped');
  }
  if (only.has('fuzz')) {
    const fuzz = benchFuzz(realSources(), Number(process.env['BENCH_FUZZ_RUNS'] ?? 10_000));
    results['badInput'] = fuzz;
    targets.push(
      { name: `bad input: other exceptions in ${fuzz.runs} damaged sources`, value: fuzz.otherExceptions, unit: '', target: 0, kind: 'max' },
      { name: 'bad input: slowest input', value: fuzz.maxMs, unit: 'ms', target: 1000, kind: 'max' },
    );
  }
  if (only.has('valid-data')) {
    const valid = benchValidData(Number(process.env['BENCH_VALID_RUNS'] ?? 10_000));
    results['validData'] = valid;
    targets.push({
      name: `valid data: exceptions in ${valid.documents} random valid documents through every renderer and exporter`,
      value: valid.exceptions,
      unit: '',
      target: 0,
      kind: 'max',
    });
  }
  if (only.has('long-paragraph')) {
    const long = benchLongParagraph();
    results['longParagraph'] = long;
    targets.push({
      name: `long paragraph: peak memory diffing two ${long.words}-word paragraphs, as a multiple of the floor (tokenizing them)`,
      value: Math.round((long.diffPeakMB / long.floorPeakMB) * 100) / 100,
      unit: '×',
      target: 2,
      kind: 'max',
    });
  }
  if (only.has('scale')) {
    const bases = realCorpus();
    const sizes = (process.env['BENCH_SCALE'] ?? '1000,5000').split(',').filter(Boolean).map(Number);
    // The search of each corpus' first build, served as a host would.
    const measure = async (dist: string) => {
      const log = new ServedLog();
      const site = await startStaticServer(dist, { gzip: true, onResponse: log.record });
      try {
        return await searchTimings(browser, site.origin, log);
      } finally {
        site.server.close();
      }
    };
    // Five of each: on this kind of machine one build in three or so falls in a slow spell of the host.
    const scale = await benchScale(bases, sizes, Number(process.env['BENCH_SCALE_RUNS'] ?? 5), realCorpusDir, measure);
    results['scale'] = scale;
    for (const s of scale) {
      const name = `scale: ${s.corpus} corpus of ${s.documents}`;
      targets.push(
        { name: `${name}: build time as a multiple of the floor (bare Astro + Pagefind CLI)`, value: s.ratioToFloor, unit: '×', target: 2, kind: 'max' },
        { name: `${name}: clicks from the home page to the farthest document`, value: s.clicksToFarthestDocument, unit: '', target: 2, kind: 'max' },
      );
    }
    const at = (n: number) => scale.find((s) => s.corpus === 'synthetic' && s.documents === n);
    if (at(5000)) {
      const search = at(5000)!.search as { firstQueryBytes: number; medianMs: number } | null;
      targets.push({ name: 'scale: peak memory of any build phase, N=5000', value: at(5000)!.peakMB, unit: 'MB', target: 1024, kind: 'max' });
      if (search)
        targets.push(
          { name: 'scale: search, compressed bytes fetched for a first query, N=5000', value: search.firstQueryBytes, unit: 'B', target: 150_000, kind: 'max' },
          { name: 'scale: search, typing to rendered results, median, N=5000', value: search.medianMs, unit: 'ms', target: 50, kind: 'max' },
        );
    }
    if (at(1000) && at(5000)) {
      targets.push({
        name: 'scale: t(5000) / t(1000)',
        value: Math.round((at(5000)!.seconds / at(1000)!.seconds) * 100) / 100,
        unit: '',
        target: 5,
        kind: 'max',
      });
    }
  }
} finally {
  await browser.close();
  server.close();
}

const checked = targets.map((t) => ({ ...t, met: t.value !== null && (t.kind === 'max' ? t.value <= t.target : t.value >= t.target) }));
results['targets'] = checked;
const file = join(import.meta.dirname, 'results.json');
const previous = (() => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
})();
// A partial run (--only) keeps the other sections, and their targets, from the last run.
const kept = values.only
  ? ((previous['targets'] as typeof checked | undefined) ?? []).filter((t) => !checked.some((c) => c.name.split(':')[0] === t.name.split(':')[0]))
  : [];
const allTargets = [...kept, ...checked];
writeFileSync(file, JSON.stringify(values.only ? { ...previous, ...results, targets: allTargets } : results, null, 2) + '\n');
console.table(
  allTargets.map((t) => ({
    measure: t.name,
    value: `${t.value ?? 'n/a'} ${t.unit}`.trim(),
    target: `${t.kind === 'max' ? '≤' : '≥'} ${t.target} ${t.unit}`.trim(),
    met: t.met ? 'yes' : 'NO',
  })),
);

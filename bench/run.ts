/**
 * `npm run bench`: measures the built site (run after `npm run build`; the npm script does)
 * and writes bench/results.json, printing each measure against its target.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../scripts/chromium.ts';
import { startStaticServer } from '../scripts/static-server.ts';
import { benchSearch } from './search.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

interface Target {
  name: string;
  value: number;
  unit: string;
  target: number;
  /** "max": the value must not exceed the target. */
  kind: 'max' | 'min';
}

const served = { bytes: 0, paths: [] as string[] };
const { server, origin } = await startStaticServer(DIST, {
  gzip: true,
  onResponse: (path, bytes) => {
    served.bytes += bytes;
    served.paths.push(path);
  },
});
const browser = await launchChromium();
try {
  const search = await benchSearch(browser, origin, DIST, served);
  const targets: Target[] = [
    { name: 'search: bytes fetched for a first query (compressed)', value: search.firstQueryBytes, unit: 'B', target: 150_000, kind: 'max' },
    { name: `search: typing to rendered results, median of ${search.queries}`, value: search.medianMs, unit: 'ms', target: 50, kind: 'max' },
  ];
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    search,
    targets: targets.map((t) => ({ ...t, met: t.kind === 'max' ? t.value <= t.target : t.value >= t.target })),
  };
  writeFileSync(join(import.meta.dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.table(Object.fromEntries(Object.entries(search).map(([k, v]) => [k, { value: v }])));
  console.table(results.targets.map((t) => ({ measure: t.name, value: `${t.value} ${t.unit}`, target: `${t.kind === 'max' ? '≤' : '≥'} ${t.target} ${t.unit}`, met: t.met ? 'yes' : 'NO' })));
} finally {
  await browser.close();
  server.close();
}

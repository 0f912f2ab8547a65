/**
 * The build's command line (the build itself: src/build/build-site.ts).
 *
 *   node scripts/build-site.ts --check                  # npm run build: the project's own site
 *   node scripts/build-site.ts --sources DIR --work DIR # any corpus, into DIR/resolutions and DIR/dist
 *   node scripts/build-site.ts --json                   # quiet; each phase's time and peak memory as JSON
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../src/build/build-site.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: 'content/sources' },
    work: { type: 'string' },
    check: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const work = values.work ? resolve(values.work) : null;
const result = await buildSite({
  sources: resolve(values.sources),
  data: work ? join(work, 'resolutions') : resolve('content/resolutions'),
  dist: work ? join(work, 'dist') : resolve('dist'),
  cache: work ? join(work, 'cache') : resolve('node_modules/.astro'),
  check: values.check,
  quiet: values.json,
}).catch((error: unknown) => {
  console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
if (values.json) console.log(JSON.stringify(result, null, 2));
else console.log(`build: ${result.phases.map((p) => `${p.name} ${p.seconds.toFixed(1)} s`).join(', ')}; ${result.seconds.toFixed(1)} s in all`);

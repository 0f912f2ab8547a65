/** Every internal link and #fragment in dist/ resolves: a check of the whole build. */
import { describe, expect, it } from 'vitest';
import { DIST } from './harness.ts';
import { checkLinks, htmlFiles } from '../helpers/link-check.ts';

describe('links in dist/', () => {
  it('the build has the pages', () => {
    expect(htmlFiles(DIST).length).toBeGreaterThanOrEqual(6);
  });

  it('every internal href, src and form action resolves to a file, and every #fragment to an id in it', () => {
    const { checked, broken } = checkLinks(DIST);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });
});

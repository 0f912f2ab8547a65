import { describe, expect, it } from 'vitest';
import { DeploymentError, readDeployment } from '../../src/lib/site/deployment.ts';

describe('SITE_URL and SITE_BASE', () => {
  it('default to no origin and the root', () => expect(readDeployment({})).toEqual({ origin: null, base: '/' }));

  it('read an origin, with or without its slash, and a base with or without its slashes', () => {
    expect(readDeployment({ SITE_URL: 'https://un.example.org/', SITE_BASE: 'ict' })).toEqual({ origin: 'https://un.example.org', base: '/ict/' });
    expect(readDeployment({ SITE_URL: 'http://localhost:8080', SITE_BASE: '/a/b/' })).toEqual({ origin: 'http://localhost:8080', base: '/a/b/' });
  });

  it.each([
    [{ SITE_URL: 'un.example.org' }, /SITE_URL must be an origin such as https:\/\/example.org/],
    [{ SITE_URL: 'https://un.example.org/ict/' }, /without a path \(not "https:\/\/un.example.org\/ict\/"\); put a path in SITE_BASE/],
    [{ SITE_URL: 'ftp://un.example.org' }, /SITE_URL must be an origin/],
    [{ SITE_BASE: '/a b/' }, /SITE_BASE must be a path such as \/ict\//],
    [{ SITE_BASE: '/../etc/' }, /SITE_BASE must be a path/],
    [{ SITE_BASE: '/x?y/' }, /SITE_BASE must be a path/],
  ])('refuse %o, saying what was expected', (env, message) => {
    expect(() => readDeployment(env)).toThrow(DeploymentError);
    expect(() => readDeployment(env)).toThrow(message);
  });
});

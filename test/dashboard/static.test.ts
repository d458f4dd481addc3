// The dashboard's file handler: redirects, the allow-list (nothing else on disk is reachable),
// content types, caching, methods.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DASHBOARD_FILES } from '../../src/api/dashboard/files.ts';
import { handleDashboardRequest } from '../../src/api/dashboard/index.ts';

const get = (path: string, init: RequestInit = {}) => handleDashboardRequest(new Request(`http://localhost${path}`, init));

describe('dashboard files', () => {
  it('redirects / and /dashboard to /dashboard/, keeping the shared state in the query', async () => {
    const root = await get('/?actors=vladimir-putin');
    expect(root?.status).toBe(302);
    expect(root?.headers.get('location')).toBe('/dashboard/?actors=vladimir-putin');
    const bare = await get('/dashboard?event=e-1');
    expect(bare?.status).toBe(308);
    expect(bare?.headers.get('location')).toBe('/dashboard/?event=e-1');
  });

  it('serves the page with a content security policy that allows only its own origin', async () => {
    const res = (await get('/dashboard/'))!;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<script type="module" src="app.js"></script>');
  });

  it('has every allow-listed file on disk (a library upgrade that moved its build fails here)', async () => {
    for (const [name, entry] of Object.entries(DASHBOARD_FILES)) {
      expect(existsSync(entry.file), `${name} → ${entry.file}`).toBe(true);
      const res = (await get(`/dashboard/${name}`))!;
      expect(res.status, name).toBe(200);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const lib = (await get('/dashboard/vendor/cytoscape.esm.min.mjs'))!;
    expect(lib.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(lib.headers.get('cache-control')).toContain('max-age=86400');
    expect((await get('/dashboard/app.js'))!.headers.get('cache-control')).toBe('no-cache');
  });

  it('refuses every name outside the allow-list, traversal included', async () => {
    for (const path of [
      '/dashboard/package.json',
      '/dashboard/vendor%2F..%2F..%2Fpackage.json',
      '/dashboard/..%2Fserver.ts',
      '/dashboard/public/app.js',
      '/dashboard/vendor/cytoscape.cjs.js',
      '/dashboard/__proto__',
      '/dashboard/constructor',
      '/dashboard/index.ts',
    ]) {
      const res = await get(path);
      expect(res?.status, path).toBe(404);
    }
    // `..` is resolved by the URL parser before the handler: it leaves the dashboard altogether.
    expect(await get('/dashboard/../package.json')).toBeNull();
    expect(await get('/dashboard/%2e%2e/package.json')).toBeNull();
  });

  it('leaves other paths to the API and answers only GET and HEAD', async () => {
    for (const path of ['/graphql', '/export/graph.json', '/metrics', '/dashboards', '/healthz']) expect(await get(path), path).toBeNull();
    const post = (await get('/dashboard/', { method: 'POST' }))!;
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = (await get('/dashboard/style.css', { method: 'HEAD' }))!;
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 304 to a request that has the current version', async () => {
    const first = (await get('/dashboard/style.css'))!;
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const again = (await get('/dashboard/style.css', { headers: { 'if-none-match': etag } }))!;
    expect(again.status).toBe(304);
  });
});

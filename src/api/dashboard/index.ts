// The analyst dashboard, served by the API server as a graphql-yoga plugin that answers before
// GraphQL sees the request (mounted in src/api/server.ts: `plugins: [useDashboard(), …]`).
//
//   GET /              → 302 /dashboard/
//   GET /dashboard     → 308 /dashboard/ (the page's modules are addressed relative to it)
//   GET /dashboard/…   → a file of the allow-list in files.ts, or 404
//
// The page itself is static; it reads everything through POST /graphql and the `eventAdded`
// subscription (SSE), like any other client of the API.
import { readFile, stat } from 'node:fs/promises';
import type { Plugin } from 'graphql-yoga';
import { scoped } from '../../logger.ts';
import { CONTENT_TYPES, DASHBOARD_FILES, type DashboardFile } from './files.ts';

const log = scoped({ component: 'dashboard' });

export const DASHBOARD_PATH = '/dashboard/';

/**
 * What the page may load: its own files and the API on the same origin. Styles may be inline
 * because vis-timeline injects its stylesheet and both libraries set element styles.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });
}

function redirect(status: 302 | 308, location: string): Response {
  return new Response(null, { status, headers: { location } });
}

async function serveFile(request: Request, entry: DashboardFile): Promise<Response> {
  let info;
  try {
    info = await stat(entry.file);
  } catch {
    // A library build missing from node_modules: `npm install` was not run, or a package moved its files.
    log.warn({ file: entry.file }, `Dashboard file ${entry.file} is missing`);
    return text(404, 'Not found\n');
  }
  const etag = `W/"${info.size.toString(16)}-${Math.trunc(info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPES[entry.kind],
    etag,
    'cache-control': entry.vendor ? 'public, max-age=86400' : 'no-cache',
    'x-content-type-options': 'nosniff',
    ...(entry.kind === 'html' ? { 'content-security-policy': CONTENT_SECURITY_POLICY, 'referrer-policy': 'no-referrer' } : {}),
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  headers['content-length'] = String(info.size);
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
  return new Response(await readFile(entry.file), { status: 200, headers });
}

/** Answers a dashboard request; `null` for every other path (GraphQL, exports, metrics …). */
export async function handleDashboardRequest(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  const { pathname, search } = url;
  if (pathname !== '/' && pathname !== '/dashboard' && !pathname.startsWith(DASHBOARD_PATH)) return null;
  if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed\n', { allow: 'GET, HEAD' });
  if (pathname === '/') return redirect(302, DASHBOARD_PATH + search);
  if (pathname === '/dashboard') return redirect(308, DASHBOARD_PATH + search);
  const name = pathname.slice(DASHBOARD_PATH.length);
  const entry = Object.hasOwn(DASHBOARD_FILES, name) ? DASHBOARD_FILES[name] : undefined;
  if (!entry) return text(404, 'Not found\n');
  return serveFile(request, entry);
}

export function useDashboard(): Plugin {
  return {
    async onRequest({ request, endResponse }) {
      const response = await handleDashboardRequest(request);
      if (response) endResponse(response);
    },
  };
}

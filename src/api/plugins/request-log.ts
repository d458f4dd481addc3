// One log line per HTTP request: method, path, status, operation name and duration.
// EXAMPLE: "POST /graphql 200 timeline (12.3ms)"
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../logger.ts';

export function useRequestLog(log: Logger): Plugin {
  const started = new WeakMap<Request, number>();
  const operations = new WeakMap<Request, string>();
  // Below debug nothing is logged for health checks, below info nothing at all: skip the work.
  const on = () => log.isLevelEnabled('debug') || log.isLevelEnabled('info');
  return {
    onRequest({ request }) {
      if (on()) started.set(request, performance.now());
    },
    onParams({ request, params }) {
      if (params.operationName && on()) operations.set(request, params.operationName);
    },
    onResponse({ request, response }) {
      if (!on()) return;
      const t0 = started.get(request);
      const ms = t0 === undefined ? null : Math.round((performance.now() - t0) * 10) / 10;
      const path = new URL(request.url).pathname;
      const operation = operations.get(request) ?? null;
      const fields = { method: request.method, path, status: response.status, operation, ms };
      const message = `${request.method} ${path} ${response.status}${operation ? ` ${operation}` : ''}${ms === null ? '' : ` (${ms}ms)`}`;
      if (path === '/healthz' || path === '/readyz' || path === '/metrics') log.debug(fields, message);
      else log.info(fields, message);
    },
  };
}

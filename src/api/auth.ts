// API keys for mutations: `Authorization: Bearer KEY` with a key from KHABAR_API_KEYS.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createGraphQLError } from 'graphql-yoga';

export type AuthState = 'missing' | 'invalid' | 'valid' | 'disabled';

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/**
 * How a request stands: `disabled` when no key is configured, else `missing`/`invalid`/`valid`.
 * Keys are compared in constant time (on their hashes, so lengths do not leak either).
 * EXAMPLE: "Authorization: Bearer s3cret" with KHABAR_API_KEYS=s3cret,other → valid
 */
export function authState(headers: Headers, keys: readonly string[]): AuthState {
  if (keys.length === 0) return 'disabled';
  const header = headers.get('authorization');
  const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!m) return 'missing';
  const given = digest(m[1]!);
  let ok = false;
  for (const key of keys) ok = timingSafeEqual(given, digest(key)) || ok;
  return ok ? 'valid' : 'invalid';
}

/** Throws the GraphQL error for a request that may not change anything. */
export function requireApiKey(state: AuthState): void {
  if (state === 'valid') return;
  const messages: Record<Exclude<AuthState, 'valid'>, [string, number]> = {
    disabled: ['Mutations are disabled on this server: no API key is configured (set KHABAR_API_KEYS)', 403],
    missing: ['Mutations need an API key: send the header "Authorization: Bearer <key>"', 401],
    invalid: ['The API key is not valid', 401],
  };
  const [message, status] = messages[state];
  throw createGraphQLError(message, {
    extensions: { code: state === 'disabled' ? 'FORBIDDEN' : 'UNAUTHENTICATED', http: { status, ...(status === 401 ? { headers: { 'WWW-Authenticate': 'Bearer' } } : {}) } },
  });
}

import { describe, expect, it } from 'vitest';
import { authState, requireApiKey } from '../../src/api/auth.ts';

const h = (authorization?: string) => new Headers(authorization ? { authorization } : {});

describe('API keys', () => {
  it('accepts any configured key as a Bearer token', () => {
    expect(authState(h('Bearer k2'), ['k1', 'k2'])).toBe('valid');
    expect(authState(h('bearer   k1 '), ['k1', 'k2'])).toBe('valid');
  });

  it('tells missing, invalid and disabled apart', () => {
    expect(authState(h(), ['k1'])).toBe('missing');
    expect(authState(h('Basic k1'), ['k1'])).toBe('missing');
    expect(authState(h('Bearer k11'), ['k1'])).toBe('invalid');
    expect(authState(h('Bearer k1'), [])).toBe('disabled');
  });

  it('throws GraphQL errors with codes and HTTP statuses', () => {
    expect(() => requireApiKey('valid')).not.toThrow();
    expect(() => requireApiKey('missing')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
    expect(() => requireApiKey('disabled')).toThrow(/KHABAR_API_KEYS/);
  });
});

import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { AppError } from '../src/errors.ts';

describe('loadConfig', () => {
  it('gives defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 4000, NEO4J_USER: 'neo4j', NEO4J_BOLT_PORT: 7687, KHABAR_API_KEYS: [], KHABAR_GRAPHIQL: true });
    expect(c.NEO4J_URI).toBeUndefined();
  });

  it('parses lists, booleans and numbers', () => {
    const c = loadConfig({ KHABAR_API_KEYS: 'a, b,,c', KHABAR_GRAPHIQL: 'off', PORT: '8080' });
    expect(c.KHABAR_API_KEYS).toEqual(['a', 'b', 'c']);
    expect(c.KHABAR_GRAPHIQL).toBe(false);
    expect(c.PORT).toBe(8080);
  });

  it('names every bad variable in one error', () => {
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      const msg = (err as AppError).message;
      expect(msg).toMatch(/PORT/);
      expect(msg).toMatch(/NEO4J_URI: a bolt:\/\/ or neo4j:\/\/ URI/);
      expect(msg).toMatch(/LOG_LEVEL/);
    }
  });
});

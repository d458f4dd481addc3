// Argument checks shared by resolvers. Types, enums and dates are checked by GraphQL itself
// (scalars.ts); these are the rules between arguments, with messages that say what came.
import { badInput } from './errors.ts';

/** Most ids in one list argument. @default 50 */
export const MAX_IDS = 50;
/** Longest search text. @default 500 */
export const MAX_SEARCH_CHARS = 500;
/** Deepest network. @default 3 */
export const MAX_NETWORK_DEPTH = 3;

/** EXAMPLE: from 2025-12-01, to 2025-01-01 → error '"from" (2025-12-01) is after "to" (2025-01-01)' */
export function checkRange(from: string | null | undefined, to: string | null | undefined, names: [string, string] = ['from', 'to']): void {
  if (from && to && from > to) throw badInput(`"${names[0]}" (${from}) is after "${names[1]}" (${to})`);
}

export function checkIds(ids: readonly string[] | null | undefined, name: string, opts: { min?: number; max?: number } = {}): string[] | null {
  if (ids == null) return null;
  const min = opts.min ?? 0;
  const max = opts.max ?? MAX_IDS;
  const unique = [...new Set(ids)];
  if (unique.length < min) throw badInput(`"${name}" needs at least ${min} different id${min === 1 ? '' : 's'}, got ${unique.length}`);
  if (unique.length > max) throw badInput(`"${name}" may hold at most ${max} ids, got ${unique.length}`);
  if (unique.some((id) => id.trim() === '')) throw badInput(`"${name}" holds an empty id`);
  return unique;
}

export function checkConfidence(v: number | null | undefined, name = 'minConfidence'): number | null {
  if (v == null) return null;
  if (!(v >= 0 && v <= 1)) throw badInput(`"${name}" must be between 0 and 1, got ${v}`);
  return v;
}

export function checkDepth(depth: number | null | undefined): number {
  const d = depth ?? 1;
  if (!Number.isInteger(d) || d < 1 || d > MAX_NETWORK_DEPTH) throw badInput(`"depth" must be 1 to ${MAX_NETWORK_DEPTH}, got ${d}`);
  return d;
}

export function checkSearchText(text: string): string {
  const t = text.trim();
  if (!t) throw badInput('"text" must not be empty');
  if (t.length > MAX_SEARCH_CHARS) throw badInput(`"text" may be at most ${MAX_SEARCH_CHARS} characters, got ${t.length}`);
  return t;
}

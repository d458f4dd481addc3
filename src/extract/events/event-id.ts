// Event ids: a deterministic hash of what makes an event the same in any article — its type,
// date value, sorted participant ids and location — so the same event extracted from several
// articles (in several languages) gets the same id when they agree on these.
// EXAMPLE: eventId('MEETING', '2024-03-11', ['abbas-araghchi', 'hakan-fidan'], 'Ankara') → "evt-…" (16 hex digits)

/** FNV-1a, 32-bit, over UTF-16 code units, from a given offset basis. */
function fnv1a(s: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function eventId(type: string, dateValue: string | null, participantIds: readonly string[], location: string | null): string {
  const key = [type, dateValue ?? '', [...participantIds].sort().join(','), location ?? ''].join('|');
  const a = fnv1a(key, 0x811c9dc5).toString(16).padStart(8, '0');
  const b = fnv1a(key, 0x01000193 ^ 0x5bd1e995).toString(16).padStart(8, '0');
  return `evt-${a}${b}`;
}

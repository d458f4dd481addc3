// A character trie over folded lexicon forms, walked from each word start of the text: one pass,
// each step one Map look-up with a small-integer key. Forms are at most a few dozen characters, so
// the walk from a word start is bounded and the scan is linear in the text.
//
// EXAMPLE: forms "وزیر خارجه", "وزیر امور خارجه"; text "… وزیر امور خارجه روسیه …"
//   → from the word start of "وزیر": ends after "خارجه" (the longest form); "روسیه" is its own walk.
import { NEWLINE, SPACE } from './fold.ts';

export class Trie<P> {
  private readonly children: Array<Map<number, number> | undefined> = [undefined];
  private readonly terminals: Array<P[] | undefined> = [undefined];
  /** The root's children by character: every word start takes this first step, so it is a plain array look-up. */
  private readonly rootKids = new Int32Array(0x10000);

  /** Number of nodes (for tests and size reports). */
  get size(): number {
    return this.children.length;
  }

  /** Adds a folded form (single spaces between words) with its payload; returns the terminal node. */
  add(folded: string, payload: P, same: (a: P, b: P) => boolean = () => false): number {
    let node = 0;
    for (let i = 0; i < folded.length; i++) {
      const c = folded.charCodeAt(i);
      let kids = this.children[node];
      if (!kids) {
        kids = new Map();
        this.children[node] = kids;
      }
      let next = kids.get(c);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(undefined);
        this.terminals.push(undefined);
        kids.set(c, next);
        if (node === 0) this.rootKids[c] = next;
      }
      node = next;
    }
    const list = (this.terminals[node] ??= []);
    if (!list.some((p) => same(p, payload))) list.push(payload);
    return node;
  }

  child(node: number, c: number): number | undefined {
    if (node === 0) return this.rootKids[c] || undefined;
    return this.children[node]?.get(c);
  }

  terminal(node: number): P[] | undefined {
    return this.terminals[node];
  }

  /**
   * Walks from `node` over `text` starting at `pos`, appending `[end, node]` pairs to `out` for every
   * terminal reached at a word end. Runs of spaces in the text match one space of a form.
   */
  walk(text: string, pos: number, node: number, fold: Uint16Array, word: Uint8Array, out: number[]): void {
    const n = text.length;
    let prev = -1;
    for (let j = pos; j < n; j++) {
      const c = fold[text.charCodeAt(j)]!;
      if (c === SPACE && prev === SPACE) continue;
      if (c === NEWLINE) return;
      const next = node === 0 ? this.rootKids[c] || undefined : this.children[node]?.get(c);
      if (next === undefined) return;
      node = next;
      prev = c;
      if (this.terminals[node] !== undefined) {
        // A form ending in a letter must end at a word end: "پوتین" does not match in "پوتینی".
        const atEnd = j + 1 >= n || word[text.charCodeAt(j + 1)] !== 1 || word[c] !== 1;
        if (atEnd) out.push(j + 1, node);
      }
    }
  }
}

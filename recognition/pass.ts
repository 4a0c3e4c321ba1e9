/**
 * What many controls of one page share (a container's headings, a form's text fields, a radio group), read once
 * per recognition pass instead of once per control: keeps recognising a page linear in its number of controls.
 * A pass is short-lived and synchronous, so the page cannot change under it; the next pass reads afresh.
 */
export class RecognitionPass {
  private readonly tables = new Map<string, WeakMap<object, unknown>>();

  /** `compute(key)`, computed at most once in this pass for each table and key. */
  once<K extends object, V>(table: string, key: K, compute: (key: K) => V): V {
    let memo = this.tables.get(table);
    if (!memo) this.tables.set(table, (memo = new WeakMap()));
    if (memo.has(key)) return memo.get(key) as V;
    const value = compute(key);
    memo.set(key, value);
    return value;
  }
}

import model from './weights.json';

/**
 * The narrative model: one logistic regression per element over lower-cased word uni/bigrams and character 3-5-grams,
 * trained offline by scripts/narrative-model/train.py (which writes weights.json). Pure: no DOM, no browser API, no fs.
 * The features must stay identical to train.py's `feats` and `matrix`.
 */
export type Element = 'harm' | 'imminence' | 'timeframe' | 'nexus' | 'personAtRisk';
export const ELEMENTS: readonly Element[] = ['harm', 'imminence', 'timeframe', 'nexus', 'personAtRisk'];

interface Weights {
  elements: Element[];
  threshold: number;
  bias: number[];
  features: Record<string, number[]>;
}

const WEIGHTS = model as unknown as Weights;
/** The model overrides the rules on an element only when it disagrees with them with more confidence than this. */
export const MODEL_THRESHOLD: number = WEIGHTS.threshold;

let table: Map<string, number[]> | null = null;
let charTable: Map<number, Array<{ gram: string; w: number[] }>> | null = null;
function features(): Map<string, number[]> {
  table ??= new Map(Object.entries(WEIGHTS.features));
  return table;
}
/**
 * The character n-grams by a hash of their code units (the scorer looks up hundreds of thousands of them in a long
 * text: a number is found faster than a string is hashed); a hit is confirmed against the n-gram itself.
 */
function charFeatures(): Map<number, Array<{ gram: string; w: number[] }>> {
  if (charTable) return charTable;
  charTable = new Map();
  for (const [key, w] of features()) {
    if (!key.startsWith('c:')) continue;
    const gram = key.slice(2);
    let h = [...gram].length;
    for (let k = 0; k < gram.length; k++) h = (Math.imul(h, 31) + gram.charCodeAt(k)) | 0;
    const list = charTable.get(h);
    if (list) list.push({ gram, w });
    else charTable.set(h, [{ gram, w }]);
  }
  return charTable;
}

// As Python's re: [a-z0-9]+ joined by : . or ' (the text is lower-cased first).
const TOKEN = /[a-z0-9]+(?:[:.'][a-z0-9]+)*/g;
// train.py's WS, character for character (neither language's \s alone: they differ on a few characters).
// eslint-disable-next-line no-control-regex -- \x1c-\x1f are whitespace to Python: spelled out to match it
const WS = /[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/** A token list's word features, named as train.py's `feats` names them: each word, and each pair of neighbours. */
function* wordKeys(words: readonly string[]): Generator<string> {
  for (let i = 0; i < words.length; i++) {
    yield 'w:' + words[i];
    if (i + 1 < words.length) yield 'b:' + words[i] + ' ' + words[i + 1];
  }
}

/** The probability that the text states each element, in the order of ELEMENTS. */
export function modelProbabilities(text: string): Record<Element, number> {
  const f = features();
  const c = charFeatures();
  const t = text.toLowerCase();
  // Binary features: each known one counts once (a feature's weights are one array, so the array stands for it).
  const seen = new Set<number[]>();
  const blocks: number[][][] = [[], []]; // words and bigrams; characters
  const add = (w: number[] | undefined, block: 0 | 1) => {
    if (!w || seen.has(w)) return;
    seen.add(w);
    blocks[block]!.push(w);
  };
  for (const key of wordKeys(t.match(TOKEN) ?? [])) add(f.get(key), 0);
  const spaced = ' ' + t.replace(WS, ' ') + ' ';
  // Code points, not UTF-16 units, as Python slices strings (an emoji is one character there): where each code point
  // starts, so that an n-gram of code points is a range of units.
  const starts: number[] = [];
  for (let u = 0; u < spaced.length; u++) {
    starts.push(u);
    const unit = spaced.charCodeAt(u);
    if (unit >= 0xd800 && unit < 0xdc00 && u + 1 < spaced.length) {
      const next = spaced.charCodeAt(u + 1);
      if (next >= 0xdc00 && next < 0xe000) u++;
    }
  }
  starts.push(spaced.length);
  const points = starts.length - 1;
  for (let i = 0; i + 3 <= points; i++) {
    for (let n = 3; n <= 5 && i + n <= points; n++) {
      const from = starts[i]!;
      const to = starts[i + n]!;
      let h = n;
      for (let k = from; k < to; k++) h = (Math.imul(h, 31) + spaced.charCodeAt(k)) | 0;
      const hits = c.get(h);
      if (hits) for (const hit of hits) if (hit.gram.length === to - from && spaced.startsWith(hit.gram, from)) add(hit.w, 1);
    }
  }
  const present = blocks.filter((b) => b.length > 0).length;
  const z = [...WEIGHTS.bias];
  for (const block of blocks) {
    if (block.length === 0) continue;
    const scale = 1 / Math.sqrt(block.length * present);
    for (const w of block) for (let j = 0; j < z.length; j++) z[j]! += w[j]! * scale;
  }
  return Object.fromEntries(WEIGHTS.elements.map((e, j) => [e, 1 / (1 + Math.exp(-z[j]!))])) as Record<Element, number>;
}

// A sentence or line: the unit the model's words are quoted from.
const PIECE = /[^.!?\n]+[.!?]*/g;
const MAX_QUOTE_CHARS = 120;

/**
 * The words that weighed most towards the element: the sentence whose words and word pairs push its probability up
 * the most (at most MAX_QUOTE_CHARS around its strongest word or pair), as written in the text. Null when no sentence
 * pushes it up at all: the model then has nothing to point at.
 */
export function strongestWords(text: string, element: Element): string | null {
  const j = WEIGHTS.elements.indexOf(element);
  const f = features();
  let best: { piece: string; score: number; top: string } | null = null;
  for (const match of text.matchAll(PIECE)) {
    const piece = match[0];
    const words = piece.toLowerCase().match(TOKEN);
    if (!words) continue;
    const seen = new Set<string>();
    let score = 0;
    let top = { key: '', weight: 0 };
    for (const key of wordKeys(words)) {
      if (seen.has(key)) continue;
      seen.add(key);
      const weight = f.get(key)?.[j] ?? 0;
      score += weight;
      if (weight > top.weight) top = { key, weight };
    }
    if (score > (best?.score ?? 0) && top.key) best = { piece, score, top: top.key };
  }
  return best ? quoteAround(best.piece, best.top.slice(2)) : null;
}

function quoteAround(piece: string, words: string): string {
  const trimmed = piece.trim();
  if (trimmed.length <= MAX_QUOTE_CHARS) return trimmed;
  const lower = piece.toLowerCase();
  // Lower-casing keeps every index where it keeps the length (tokens are ASCII); otherwise quote from the start.
  const found = lower.length === piece.length ? firstTokens(lower, words.split(' ')) : -1;
  const at = Math.max(0, found);
  let start = Math.max(0, at - 50);
  let end = Math.min(piece.length, start + MAX_QUOTE_CHARS);
  if (start > 0) start = piece.indexOf(' ', start) + 1 || start;
  if (end < piece.length) end = Math.max(piece.lastIndexOf(' ', end), at + words.length, start + 1);
  return piece.slice(start, end).trim() || trimmed.slice(0, MAX_QUOTE_CHARS);
}

/** Where the tokens (one word or a pair) first appear as tokens in the lower-cased text, or -1. */
function firstTokens(lower: string, words: string[]): number {
  const tokens = [...lower.matchAll(TOKEN)];
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((w, k) => tokens[i + k]![0] === w)) return tokens[i]!.index!;
  }
  return -1;
}

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
function features(): Map<string, number[]> {
  table ??= new Map(Object.entries(WEIGHTS.features));
  return table;
}

// As Python's re: [a-z0-9]+ joined by : . or ' (the text is lower-cased first).
const TOKEN = /[a-z0-9]+(?:[:.'][a-z0-9]+)*/g;
// train.py's WS, character for character (neither language's \s alone: they differ on a few characters).
// eslint-disable-next-line no-control-regex -- \x1c-\x1f are whitespace to Python: spelled out to match it
const WS = /[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/** The probability that the text states each element, in the order of ELEMENTS. */
export function modelProbabilities(text: string): Record<Element, number> {
  const f = features();
  const t = text.toLowerCase();
  const seen = new Set<string>();
  const blocks: number[][][] = [[], []]; // words and bigrams; characters
  const add = (key: string, block: 0 | 1) => {
    if (seen.has(key)) return;
    seen.add(key);
    const w = f.get(key);
    if (w) blocks[block]!.push(w);
  };
  const words = t.match(TOKEN) ?? [];
  for (const w of words) add('w:' + w, 0);
  for (let i = 0; i + 1 < words.length; i++) add('b:' + words[i] + ' ' + words[i + 1], 0);
  // Code points, not UTF-16 units, as Python slices strings (emoji are one character there).
  const chars = Array.from(' ' + t.replace(WS, ' ') + ' ');
  for (const n of [3, 4, 5]) for (let i = 0; i + n <= chars.length; i++) add('c:' + chars.slice(i, i + n).join(''), 1);
  const present = blocks.filter((b) => b.length > 0).length;
  const z = [...WEIGHTS.bias];
  for (const block of blocks) {
    if (block.length === 0) continue;
    const scale = 1 / Math.sqrt(block.length * present);
    for (const w of block) for (let j = 0; j < z.length; j++) z[j]! += w[j]! * scale;
  }
  return Object.fromEntries(WEIGHTS.elements.map((e, j) => [e, 1 / (1 + Math.exp(-z[j]!))])) as Record<Element, number>;
}

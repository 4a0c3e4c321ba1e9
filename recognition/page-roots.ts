/**
 * Where a page keeps its form: the document, the open shadow roots of its components (Salesforce Lightning and
 * other web-component stacks) and the documents of its same-origin frames. The guide stays one per tab and reads
 * frames from the top: a same-origin frame's document is as reachable as a shadow root, while injecting into it
 * would mean a second guide session that must agree with the first. Cross-origin frames are out of reach by design.
 *
 * Every walk here is bounded, so a page that nests thousands of components or frames costs little.
 */
export type PageRoot = Document | ShadowRoot;

const MAX_SHADOW_DEPTH = 2;
const MAX_SHADOW_HOSTS = 50;
const MAX_FRAMES = 8;

/** Open shadow roots of the page's own components (not QuickFreeze's), `MAX_SHADOW_DEPTH` levels deep. */
export function shadowRootsIn(scope: Document | Element | ShadowRoot, depth = 0): ShadowRoot[] {
  if (depth >= MAX_SHADOW_DEPTH) return [];
  const found: ShadowRoot[] = [];
  let hosts = 0;
  for (const el of Array.from(scope.querySelectorAll('*'))) {
    const shadow = (el as HTMLElement).shadowRoot;
    if (!shadow || el.tagName.toLowerCase().startsWith('quickfreeze-')) continue;
    if (++hosts > MAX_SHADOW_HOSTS) break;
    found.push(shadow, ...shadowRootsIn(shadow, depth + 1));
  }
  return found;
}

/** The documents of the visible same-origin frames of `doc` (one level: a frame's own frames are not read). */
export function sameOriginFrames(doc: Document): Document[] {
  const frames: Document[] = [];
  for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe, frame')).slice(0, MAX_FRAMES)) {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument; // null (or a throw in older engines) for a cross-origin frame
    } catch {
      inner = null;
    }
    if (inner?.documentElement && !isHiddenFrame(frame)) frames.push(inner);
  }
  return frames;
}

function isHiddenFrame(frame: HTMLIFrameElement): boolean {
  if (frame.closest('[hidden], [aria-hidden="true"], [inert]')) return true;
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  return style?.display === 'none' || style?.visibility === 'hidden';
}

let sharedDoc: Document | null = null;
let sharedRoots: readonly PageRoot[] | null = null;

/** The document, its frames' documents, and the open shadow roots in each: where recognition reads, in page order. */
export function pageRoots(doc: Document): readonly PageRoot[] {
  return doc === sharedDoc ? (sharedRoots ??= walkRoots(doc)) : walkRoots(doc);
}

function walkRoots(doc: Document): PageRoot[] {
  const roots: PageRoot[] = [];
  for (const d of [doc, ...sameOriginFrames(doc)]) roots.push(d, ...shadowRootsIn(d));
  return roots;
}

/**
 * `run` with every `pageRoots(doc)` in it answered by one walk of the page. Finding the roots visits every element;
 * one refresh of the guide asks four times (its watcher, the fields, the page kind, the form carry). `run` is
 * synchronous and changes nothing of the page, so no page script can add a root meanwhile.
 */
export function sharingPageRoots<T>(doc: Document, run: () => T): T {
  sharedDoc = doc;
  sharedRoots = null;
  try {
    return run();
  } finally {
    // A refresh is never nested in another; were it, the outer one would only walk again.
    sharedDoc = sharedRoots = null;
  }
}

/** `querySelectorAll` over several roots, at most `limit` elements in all. */
export function queryRoots<E extends Element = Element>(roots: readonly (PageRoot | Element)[], selector: string, limit: number): E[] {
  const out: E[] = [];
  for (const root of roots) {
    for (const el of Array.from(root.querySelectorAll<E>(selector))) {
      if (out.length >= limit) return out;
      out.push(el);
    }
  }
  return out;
}

const MAX_PAGE_TEXT = 2_000_000;
/** `innerText` of an element that is not rendered is its raw text: a shadow root's style sheet is no page text. */
const UNRENDERED = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'LINK']);

/**
 * The visible text of the whole page, frames and components included (`innerText` stops at a frame and at a
 * shadow root): what a confirmation's references are read from and what its proof keeps.
 */
export function pageText(doc: Document, max = MAX_PAGE_TEXT): string {
  let out = '';
  for (const root of pageRoots(doc)) {
    if (out.length >= max) break;
    const parts = root.nodeType === 9 ? [(root as Document).body] : Array.from(root.children).filter((c) => !UNRENDERED.has(c.tagName));
    for (const el of parts) {
      const text = (el as HTMLElement | null)?.innerText ?? '';
      if (text) out += (out ? '\n' : '') + text;
    }
  }
  return out.slice(0, max);
}

import { REQUESTER_CONTEXT } from './field-roles';
import type { RecognitionPass } from './pass';

/**
 * Indexes over the page, each built in one walk and kept for the pass: a control's labels, the heading before a
 * container's child, the members of a radio or checkbox group and the elements that hold all of them.
 */

const LABELS = 'labels';
const HEADINGS = 'headings';
const HOLDERS = 'holders';

/**
 * `el.labels` from one index of the page's labels: every label whose control is `el`, in page order. (Reading
 * `labels` walks the whole page in browsers, once per control.)
 */
export function labelsOf(el: Element, pass: RecognitionPass): HTMLLabelElement[] {
  return pass.once(LABELS, el.getRootNode(), indexLabels).get(el) ?? [];
}

function indexLabels(root: Node): Map<Element, HTMLLabelElement[]> {
  const byControl = new Map<Element, HTMLLabelElement[]>();
  if (!('querySelectorAll' in root)) return byControl;
  for (const label of Array.from((root as ParentNode).querySelectorAll('label'))) {
    const control = label.control;
    if (!control) continue;
    const labels = byControl.get(control);
    if (labels) labels.push(label);
    else byControl.set(control, [label]);
  }
  return byControl;
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role=heading]';

/** The last heading among `container`'s children that comes before its child `child`. */
export function headingBefore(container: Element, child: Element, pass: RecognitionPass): Element | null {
  return pass.once(HEADINGS, container, indexHeadings).get(child) ?? null;
}

function indexHeadings(container: Element): Map<Element, Element | null> {
  const before = new Map<Element, Element | null>();
  const seen: Element[] = [];
  let last: Element | null = null;
  for (let child = container.firstElementChild; child; child = child.nextElementSibling) {
    before.set(child, last);
    if (child.matches(HEADING)) seen.push((last = child));
    else if (last && isSummaryBlock(child) && closedBySummary(last)) {
      // The summary closes its sub-section: what follows belongs to the heading above that one, if any.
      const closed = rank(last);
      last = seen.findLast((h) => rank(h) < closed) ?? null;
    }
  }
  return before;
}

const rank = (heading: Element): number => Number(heading.tagName[1]) || Number(heading.getAttribute('aria-level')) || 2;

/**
 * A read-only summary (a description list or a table with no control in it, as GOV.UK's "Your details" list): under
 * a sub-section heading that names the requester, it is that sub-section's whole content (the signed-in officer's
 * details), so what follows it is not the requester's. (A list of the accounts already added, under "Accounts", still
 * heads the field that adds one more.)
 */
export function isSummaryBlock(el: Element): boolean {
  return (el.tagName === 'DL' || el.tagName === 'TABLE') && !el.querySelector('input:not([type=hidden]), select, textarea');
}

export const closedBySummary = (heading: Element): boolean => rank(heading) > 1 && REQUESTER_CONTEXT.test(heading.textContent ?? '');

/** The inputs that `selector` finds in `scope`, grouped by their `name` (unnamed ones left out), in page order. */
export function inputsByName(scope: ParentNode, selector: string): Map<string, HTMLInputElement[]> {
  const groups = new Map<string, HTMLInputElement[]>();
  for (const input of Array.from(scope.querySelectorAll<HTMLInputElement>(selector))) {
    if (!input.name) continue;
    const members = groups.get(input.name);
    if (members) members.push(input);
    else groups.set(input.name, [input]);
  }
  return groups;
}

/**
 * The elements that contain every one of `members`: their lowest common ancestor and its ancestors. An element
 * holds them all exactly when it is one of these, so finding the group's container is one walk up.
 */
export function holdersOf(members: readonly Element[], pass: RecognitionPass): ReadonlySet<Element> {
  return pass.once(HOLDERS, members, commonAncestors);
}

function commonAncestors(members: readonly Element[]): Set<Element> {
  const [first, ...rest] = members;
  if (!first) return new Set();
  // The first member's ancestors, lowest first. Each further member meets that path at its lowest shared
  // ancestor; the highest of those meeting points is the common ancestor of them all.
  const path: Element[] = [];
  for (let node: Element | null = first; node; node = node.parentElement) path.push(node);
  const depthOnPath = new Map(path.map((el, i) => [el, i] as const));
  let lowest = 0;
  for (const member of rest) {
    let node: Element | null = member;
    while (node && !depthOnPath.has(node)) node = node.parentElement;
    if (!node) return new Set();
    lowest = Math.max(lowest, depthOnPath.get(node)!);
  }
  return new Set(path.slice(lowest));
}

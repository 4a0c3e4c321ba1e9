/** Elements a person cannot see: hidden, inert, templates, display:none / visibility:hidden, off-page honeypots. */
export function isVisible(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], template, [inert]')) return false;
  const withCheck = el as Element & { checkVisibility?: (o?: object) => boolean };
  if (typeof withCheck.checkVisibility === 'function' && hasLayout(el)) {
    if (!withCheck.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) return false;
    return !isOffPage(el);
  }
  return !hiddenByStyle(el);
}

let layoutKnown: boolean | undefined;
/** Real browsers lay pages out; DOM emulations used in unit tests report zero-sized boxes for everything. */
function hasLayout(el: Element): boolean {
  if (layoutKnown === undefined) {
    const root = el.ownerDocument.documentElement;
    layoutKnown = root.getBoundingClientRect().width > 0;
  }
  return layoutKnown;
}

function isOffPage(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width < 2 && rect.height < 2) {
    // Radios and checkboxes styled away behind their labels are still usable: judge them by their label.
    const input = el as HTMLInputElement;
    if ((input.type === 'radio' || input.type === 'checkbox') && input.labels?.[0]) {
      return input.labels[0].getBoundingClientRect().width < 2;
    }
    return true;
  }
  const view = el.ownerDocument.defaultView;
  const scrollX = view?.scrollX ?? 0;
  const scrollY = view?.scrollY ?? 0;
  return rect.right + scrollX < 0 || rect.bottom + scrollY < 0;
}

function hiddenByStyle(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  // `visibility` is inherited (a child may override it), `display: none` hides the whole subtree.
  const own = view.getComputedStyle(el);
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return true;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (view.getComputedStyle(node).display === 'none') return true;
  }
  return false;
}

/** For tests: forget the cached layout probe. */
export function resetLayoutProbe(): void {
  layoutKnown = undefined;
}

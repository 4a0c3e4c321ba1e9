/** Events by which a person acts on a control; a page script can make any of them, but not a trusted one. */
const ACTION_EVENTS = ['click', 'auxclick', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'change', 'submit'];

/**
 * Contract section 5: only the investigator's own actions count. QuickFreeze's shadow roots are open, so a page
 * script can reach their buttons and `click()` them; events it makes are untrusted and stop here, in the capture
 * phase at the root, before any of QuickFreeze's handlers inside can see them.
 */
export function dropUntrustedEvents(root: ShadowRoot): void {
  for (const type of ACTION_EVENTS) {
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      { capture: true },
    );
  }
}

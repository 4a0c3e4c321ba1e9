/**
 * Put text into a portal field the way typing would, so the page's framework (React, Angular, rich-text
 * editors) notices. Called only from a click on a guide button that says it will do this.
 */
export function insertIntoField(element: HTMLElement, text: string): void {
  element.focus();
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    const existing = element.value;
    const next = existing.trim() ? `${existing.replace(/\s+$/, '')}\n\n${text}` : text;
    const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, next);
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  // contenteditable: move the caret to the end and insert as typed text, which editors handle as user input.
  const selection = element.ownerDocument.getSelection();
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  range.collapse(false);
  selection?.removeAllRanges();
  selection?.addRange(range);
  const prefix = (element.textContent ?? '').trim() ? '\n\n' : '';
  if (!element.ownerDocument.execCommand('insertText', false, prefix + text)) {
    element.append(element.ownerDocument.createTextNode(prefix + text));
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

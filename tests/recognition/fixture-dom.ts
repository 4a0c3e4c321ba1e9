import { loadPage } from '../support/dom';

/**
 * Browsers turn `<template shadowrootmode="open">` into its parent's shadow root while parsing (declarative shadow
 * DOM, as server-rendered web components ship it); happy-dom does not, so the fixture harness does it here.
 * Innermost first, so a nested component's template is attached before its host moves into a shadow root.
 */
export function attachDeclarativeShadowRoots(root: Document | ShadowRoot): void {
  const templates = Array.from(root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode="open"]')).reverse();
  for (const template of templates) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(template.content.cloneNode(true));
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

/** A fixture page as Chromium would parse it (scripts off), shadow roots and same-origin frames included. */
export function loadFixturePage(html: string, url: string): Document {
  const doc = loadPage(html, url);
  attachDeclarativeShadowRoots(doc);
  for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
    if (frame.contentDocument) attachDeclarativeShadowRoots(frame.contentDocument);
  }
  return doc;
}

/**
 * A fixture selector (tests/fixtures/portals/README.md): CSS, where ` >>> ` steps into the open shadow root of the
 * element found so far, or into the document of the iframe found so far.
 */
export function queryFixture(doc: Document, selector: string): Element | null {
  let scope: Document | ShadowRoot | null = doc;
  let found: Element | null = null;
  for (const part of selector.split(/\s*>>>\s*/)) {
    if (!scope) return null;
    found = scope.querySelector(part);
    if (!found) return null;
    scope = found.shadowRoot ?? (found as HTMLIFrameElement).contentDocument ?? null;
  }
  return found;
}

import { describe, expect, it, vi } from 'vitest';
import { pageRoots, sharingPageRoots } from '../../recognition/page-roots';
import { loadPage } from '../support/dom';

const withComponent = () => {
  const doc = loadPage('<main><div id="host"></div><p>form</p></main>');
  doc.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<input name="case">';
  return doc;
};
const walksOf = (doc: Document) => {
  const spy = vi.spyOn(doc, 'querySelectorAll');
  return () => spy.mock.calls.filter(([selector]) => selector === '*').length;
};
const addComponent = (doc: Document) => {
  const host = doc.createElement('section');
  doc.body.append(host);
  host.attachShadow({ mode: 'open' }).innerHTML = '<textarea></textarea>';
};

describe('pageRoots shared by one refresh', () => {
  it('walks the page once however often one refresh asks', () => {
    const doc = withComponent();
    const walks = walksOf(doc);
    const [first, again] = sharingPageRoots(doc, () => [pageRoots(doc), pageRoots(doc)]);
    expect(again).toBe(first);
    expect(first).toHaveLength(2);
    expect(walks()).toBe(1);
  });

  it('walks afresh outside a refresh, so a component added in between is read', () => {
    const doc = withComponent();
    sharingPageRoots(doc, () => pageRoots(doc));
    addComponent(doc);
    expect(pageRoots(doc)).toHaveLength(3);
    addComponent(doc);
    expect(pageRoots(doc)).toHaveLength(4);
    expect(sharingPageRoots(doc, () => pageRoots(doc))).toHaveLength(4);
  });

  it('never answers one document with the roots of another', () => {
    const one = withComponent();
    const other = loadPage('<p>plain</p>');
    const walks = walksOf(one);
    sharingPageRoots(one, () => {
      expect(pageRoots(one)).toHaveLength(2);
      expect(pageRoots(other)).toEqual([other]);
      expect(pageRoots(one)).toHaveLength(2);
      // Were a refresh ever nested in another, each would still read its own document.
      expect(sharingPageRoots(other, () => pageRoots(other))).toEqual([other]);
    });
    expect(walks()).toBe(1);
  });

  it('a refresh that throws still ends its sharing', () => {
    const doc = withComponent();
    expect(() => sharingPageRoots(doc, () => {
      pageRoots(doc);
      throw new Error('refresh failed');
    })).toThrow('refresh failed');
    addComponent(doc);
    expect(pageRoots(doc)).toHaveLength(3);
  });
});

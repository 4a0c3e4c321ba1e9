import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../scripts/lib/fixtures.mjs';
import { findControls } from '../../recognition/field-locator';
import { labelCandidates, precedingText, textOf } from '../../recognition/labels';
import { RecognitionPass } from '../../recognition/pass';
import { loadPage } from '../support/dom';

/** Radio and checkbox groups spread over a grid under headings, in and out of a fieldset, and a second form. */
const GROUPED = `<!doctype html><html><body><main><h1>Request</h1>
  <form><h2>Options</h2><div>${Array.from({ length: 24 }, (_, k) => `${k % 8 === 0 ? `<h3>Block ${k / 8}</h3>` : ''}<div><label for="g${k}">Item ${k}</label><input type="${k % 2 ? 'radio' : 'checkbox'}" id="g${k}" name="group${k % 3}"></div>`).join('')}</div>
    <fieldset><legend>Notify the user?</legend><label><input type="radio" name="notify" value="yes"> Yes</label><label><input type="radio" name="notify" value="no"> No</label></fieldset>
    <p>Shared label</p><label><input type="checkbox" name="group0"> Also in group 0</label></form>
  <form><section aria-label="Second"><h2>Other form</h2><p>Pick one</p><div><input type="radio" name="group0" id="o1"><label for="o1">One</label></div><div><input type="radio" name="group0" id="o2"><label for="o2">Two</label></div></section></form>
</main></body></html>`;

describe('recognition pass', () => {
  const pages = [...loadFixtures().map((f) => ({ name: f.name, html: f.html, url: f.url })), { name: 'grouped', html: GROUPED, url: 'https://portal.test/' }];

  it.each(pages.map((p) => [p.name, p] as const))('%s: one pass shared by every control reads what a fresh read of each control reads', (_name, page) => {
    const doc = loadPage(page.html, page.url);
    const pass = new RecognitionPass();
    const controls = findControls(doc);
    expect(controls.map((c) => labelCandidates(c, pass))).toEqual(controls.map((c) => labelCandidates(c)));
  });

  it('keeps each table apart and computes each key once', () => {
    const pass = new RecognitionPass();
    const key = {};
    let calls = 0;
    expect(pass.once('a', key, () => ++calls)).toBe(1);
    expect(pass.once('a', key, () => ++calls)).toBe(1);
    expect(pass.once('b', key, () => ++calls)).toBe(2);
    expect(calls).toBe(2);
  });
});

describe('bounded reads of page text', () => {
  it('textOf stops after a few thousand nodes without text', () => {
    const doc = loadPage(`<div id="t">${'<span></span>'.repeat(6000)}late text</div><div id="u">${'<span></span>'.repeat(100)}early text</div>`);
    expect(textOf(doc.getElementById('t'))).toBe('');
    expect(textOf(doc.getElementById('u'))).toBe('early text');
  });

  it('precedingText looks past at most 100 siblings per level', () => {
    const far = loadPage(`<form><div>Label</div>${'<span></span>'.repeat(120)}<input id="x"></form>`);
    const near = loadPage(`<form><div>Label</div>${'<span></span>'.repeat(80)}<input id="x"></form>`);
    expect(precedingText(far.getElementById('x')!)).toBe('');
    expect(precedingText(near.getElementById('x')!)).toBe('Label');
  });
});

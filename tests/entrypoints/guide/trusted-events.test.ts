import { describe, expect, it } from 'vitest';
import { dropUntrustedEvents } from '../../../entrypoints/guide/trusted-events';

describe('dropUntrustedEvents', () => {
  it('keeps events a page script makes from reaching controls inside the shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    dropUntrustedEvents(root);
    const button = document.createElement('button');
    root.append(button);
    const seen: string[] = [];
    for (const type of ['click', 'keydown', 'pointerdown', 'submit']) button.addEventListener(type, () => seen.push(type));
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    button.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    button.dispatchEvent(new Event('submit', { bubbles: true }));
    expect(seen).toEqual([]);
  });

  it('leaves controls outside the shadow root alone', () => {
    const host = document.createElement('div');
    document.body.append(host);
    dropUntrustedEvents(host.attachShadow({ mode: 'open' }));
    const outside = document.createElement('button');
    document.body.append(outside);
    let clicked = false;
    outside.addEventListener('click', () => (clicked = true));
    outside.click();
    expect(clicked).toBe(true);
  });
});

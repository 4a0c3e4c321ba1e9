import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LeftFields } from '../../recognition/snapshot';
import type { FieldSnapshot } from '../../rules/types';

const field = (key: string, value: string): FieldSnapshot => ({ key, role: 'emergency-description', kind: 'textarea', label: '', value, checked: null, files: [] });

describe('LeftFields: the focus signal of the snapshot', () => {
  let controller: AbortController;
  let narrative: HTMLTextAreaElement;
  let caseNumber: HTMLInputElement;
  let elements: Map<string, Element>;
  beforeEach(() => {
    controller = new AbortController();
    narrative = document.createElement('textarea');
    caseNumber = document.createElement('input');
    document.body.append(narrative, caseNumber);
    elements = new Map<string, Element>([
      ['f0', narrative],
      ['f1', caseNumber],
    ]);
  });
  afterEach(() => {
    controller.abort();
    document.body.replaceChildren();
  });

  it('marks a field left with text, and only that one; other fields are passed on as they are', () => {
    const onLeft = vi.fn();
    const left = new LeftFields(onLeft, controller.signal);
    left.noteLeft(narrative);
    expect(onLeft).toHaveBeenCalledTimes(1);
    const other = field('f1', 'RPD-1');
    const marked = left.mark([field('f0', 'Threat to kill'), other], elements);
    expect(marked[0]!.leftWithText).toBe(true);
    expect(marked[1]).toBe(other);
  });

  it('forgets a field once it is emptied', () => {
    const left = new LeftFields(() => undefined, controller.signal);
    left.noteLeft(narrative);
    expect(left.mark([field('f0', '  ')], elements)[0]!.leftWithText).toBeUndefined();
    expect(left.mark([field('f0', 'Threat to kill')], elements)[0]!.leftWithText).toBeUndefined();
  });

  it('ignores focus changes a page script makes: untrusted events, with or without a press before them', () => {
    const onLeft = vi.fn();
    const left = new LeftFields(onLeft, controller.signal);
    left.watch([narrative, caseNumber]);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    narrative.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    narrative.focus();
    narrative.blur();
    expect(onLeft).not.toHaveBeenCalled();
    expect(left.mark([field('f0', 'Threat to kill')], elements)[0]!.leftWithText).toBeUndefined();
  });

  it('stops listening when its signal aborts', () => {
    const left = new LeftFields(() => undefined, controller.signal);
    const listen = vi.spyOn(narrative, 'addEventListener');
    left.watch([narrative]);
    left.watch([narrative]);
    expect(listen).toHaveBeenCalledTimes(1);
    expect(listen.mock.calls[0]![2]).toMatchObject({ signal: controller.signal });
  });
});

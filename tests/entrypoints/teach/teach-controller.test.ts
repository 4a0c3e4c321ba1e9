import { guideTextIn } from '../../components/guide/guide-text';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTeach, teachView, undoChange } from '../../../entrypoints/teach/teach-controller';
import type { TeachPanelProps } from '../../../components/guide/TeachPanel';
import { FakeSession, settle } from '../guide/fake-session';
import { fixture } from '../guide/fixture-page';

describe('teach panel (teach.js)', () => {
  const page = fixture('zoom-taught-additional-info');
  let session: FakeSession;
  let controller: AbortController;
  let drawn: TeachPanelProps | null = null;
  let closed = 0;
  beforeEach(() => {
    session = new FakeSession(page.url).load(page.html);
    controller = new AbortController();
    closed = 0;
    startTeach(session, controller.signal, () => closed++, (drawing) => (drawn = drawing.teach));
  });
  afterEach(() => controller.abort());

  const panel = (): TeachPanelProps => drawn!;
  const keyOf = (id: string) => session.snapshot.fields.find((f) => session.snapshot.elements.get(f.key)!.id === id)!.key;
  const roleOf = (id: string) => session.recognition!.fields.find((f) => f.element.id === id)!.role;

  it('lists the page’s fields by label for the keyboard, none taught yet', () => {
    expect(panel().fields.map((f) => f.label)).toEqual(['Officer name', 'Officer e-mail', 'Agency case number', 'Subject account (e-mail or user ID)', 'Additional information', 'Notes for our reviewers']);
    expect(panel().items).toEqual([]);
  });

  it('teaches the page kind and a field from the list; recognition applies both at once', async () => {
    panel().onTeachPageKind('emergency');
    await settle();
    expect(session.recognition!.page).toBe('emergency');
    panel().onTeachField(keyOf('zf-2745'), 'emergency-description', false);
    await settle();
    expect(roleOf('zf-2745')).toBe('emergency-description');
    expect(panel().fields.find((f) => f.key === keyOf('zf-2745'))!.taught).toBe(true);
    expect(panel().items.map((i) => i.text)).toEqual(['This page is: Emergency disclosure request', '“Additional information” is the emergency description']);
    expect(panel().status).toBe('Taught: this field is the emergency description.');
  });

  it('"not X" takes a wrong role away; undo and reset bring the guesses back', async () => {
    panel().onTeachField(keyOf('zf-2743'), 'case-number', true);
    await settle();
    expect(roleOf('zf-2743')).toBeNull();
    panel().onUndo('field:0');
    await settle();
    expect(roleOf('zf-2743')).toBe('case-number');
    panel().onTeachPageKind('preservation');
    await settle();
    panel().onReset();
    await settle();
    expect(session.recognition!.page).toBe('other');
    expect(session.taught.current).toBeNull();
  });

  it('a click the page makes picks nothing and is not swallowed', async () => {
    panel().onPick();
    expect(panel().picking).toBe(true);
    const target = document.getElementById('zf-2745')!;
    let pageSawClick = false;
    target.addEventListener('click', () => (pageSawClick = true));
    target.click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await settle();
    expect(pageSawClick).toBe(true);
    expect(panel().selectedKey).toBeNull();
    expect(panel().picking).toBe(true);
    expect(session.taught.changes).toEqual([]);
  });

  it('Close stops picking and hands the panel back to the guide', () => {
    panel().onPick();
    expect(panel().picking).toBe(true);
    panel().onToggle();
    expect(closed).toBe(1);
    expect(panel().picking).toBe(false);
  });
});

describe('teach view (pure)', () => {
  const sig = (label: string) => ({ label, name: '', kind: 'text' as const, nth: 0 });
  const taught = { providerId: 'zoom', pagePattern: '/a', pageKind: null, fields: [{ signature: sig('gone'), role: 'case-number' as const, not: false }], updatedAt: '' };

  it('names a teaching whose field is not on the page by its signature', () => {
    expect(teachView([], [], taught, guideTextIn('en')).items).toEqual([{ id: 'field:0', text: '“gone” is the case number' }]);
  });

  it('undo of an item is the matching change', () => {
    expect(undoChange('page-kind', taught)).toEqual({ kind: 'page-kind', pageKind: null });
    expect(undoChange('field:0', taught)).toEqual({ kind: 'forget-field', signature: sig('gone') });
    expect(undoChange('field:5', taught)).toBeNull();
  });
});

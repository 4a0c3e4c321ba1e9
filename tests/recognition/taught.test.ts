import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../scripts/lib/fixtures.mjs';
import { providerForUrl } from '../../providers/registry';
import { recognizePage } from '../../recognition/recognize';
import { applyTaught, signaturesOf, taughtPageKind } from '../../recognition/taught';
import type { FieldRole } from '../../recognition/field-roles';
import { fieldSignatures, type FieldSignature, type TaughtPage } from '../../storage/taught-schema';
import { loadPage } from '../support/dom';

const sig = (label: string, kind: FieldSignature['kind'] = 'text', nth = 0): FieldSignature => ({ label, name: '', kind, nth });

describe('applyTaught (pure)', () => {
  const fields = (): Array<{ role: FieldRole | null }> => [{ role: null }, { role: 'case-number' }, { role: 'account-identifier' }];
  const signatures = [sig('additional information', 'textarea'), sig('reference'), sig('e-mail')];

  it('gives a taught role and pins the field', () => {
    const list = fields();
    const pinned = applyTaught(list, signatures, [{ signature: sig('additional information', 'textarea'), role: 'emergency-description', not: false }]);
    expect(list.map((f) => f.role)).toEqual(['emergency-description', 'case-number', 'account-identifier']);
    expect(pinned).toEqual(new Set([list[0]]));
  });

  it('"not X" removes X and only X', () => {
    const list = fields();
    applyTaught(list, signatures, [
      { signature: sig('reference'), role: 'case-number', not: true },
      { signature: sig('e-mail'), role: 'case-number', not: true },
    ]);
    expect(list.map((f) => f.role)).toEqual([null, null, 'account-identifier']);
  });

  it('a teaching for another signature (other kind, other nth) changes nothing', () => {
    const list = fields();
    const pinned = applyTaught(list, signatures, [
      { signature: sig('additional information', 'text'), role: 'emergency-description', not: false },
      { signature: sig('reference', 'text', 1), role: 'ncmec-report-ids', not: false },
    ]);
    expect(list.map((f) => f.role)).toEqual([null, 'case-number', 'account-identifier']);
    expect(pinned.size).toBe(0);
  });
});

describe('taughtPageKind', () => {
  const taught = (pageKind: TaughtPage['pageKind']): TaughtPage => ({ providerId: 'zoom', pagePattern: '/', pageKind, fields: [], updatedAt: '' });
  it('the taught kind wins over the guess', () => {
    expect(taughtPageKind('other', { confirmationWording: false, requestFieldCount: 4 }, taught('emergency'))).toBe('emergency');
    expect(taughtPageKind('preservation', { confirmationWording: false, requestFieldCount: 4 }, taught(null))).toBe('preservation');
    expect(taughtPageKind('other', { confirmationWording: false, requestFieldCount: 4 }, null)).toBe('other');
  });
  it('except a confirmation shown in place of the form', () => {
    expect(taughtPageKind('confirmation', { confirmationWording: true, requestFieldCount: 0 }, taught('emergency'))).toBe('confirmation');
    expect(taughtPageKind('confirmation', { confirmationWording: false, requestFieldCount: 0 }, taught('emergency'))).toBe('emergency');
  });
});

describe('recognizePage applies what is taught before the heuristics', () => {
  const fixture = loadFixtures().find((f) => f.name === 'zoom-taught-additional-info')!;
  const provider = providerForUrl(fixture.url)!;

  it('the fixture is misread without teaching: page other, no narrative', () => {
    const doc = loadPage(fixture.html, fixture.url);
    const recognition = recognizePage(doc, new URL(fixture.url), provider);
    expect(recognition.page).toBe('other');
    expect(recognition.fields.some((f) => f.role === 'emergency-description')).toBe(false);
  });

  it('taught page kind and narrative hold, also when the page is rendered with fresh ids', () => {
    const first = loadPage(fixture.html, fixture.url);
    const before = recognizePage(first, new URL(fixture.url), provider);
    const narrative = signaturesOf(before.fields)[before.fields.findIndex((f) => f.element.id === 'zf-2745')]!;
    const taught: TaughtPage = {
      providerId: 'zoom',
      pagePattern: '/requests/new',
      pageKind: 'emergency',
      fields: [
        { signature: narrative, role: 'emergency-description', not: false },
        { signature: { ...narrative, label: 'agency case number', name: 'agency-case', kind: 'text' }, role: 'case-number', not: true },
      ],
      updatedAt: '',
    };
    const fresh = loadPage(fixture.html.replace(/2745/g, '9981').replace(/zf-27/g, 'zf-55'), fixture.url);
    const after = recognizePage(fresh, new URL(fixture.url), provider, taught);
    expect(after.page).toBe('emergency');
    const roleOf = (id: string) => after.fields.find((f) => f.element.id === id)?.role ?? null;
    expect(roleOf('zf-9981')).toBe('emergency-description');
    expect(roleOf('zf-5546')).toBeNull(); // the larger textarea is not guessed to be the narrative
    expect(roleOf('zf-5543')).toBeNull(); // taught: not the case number
    expect(roleOf('zf-5544')).toBe('account-identifier');
  });

  it('a field taught "not the narrative" is not made the narrative by the emergency fallback', () => {
    const doc = loadPage(fixture.html.replace(/<div class="zm-row"><label for="zf-2746">[\s\S]*?<\/div>/, ''), fixture.url);
    const signatures = fieldSignatures([{ label: 'Additional information', name: 'info_2745', kind: 'textarea' }]);
    const notNarrative: TaughtPage = { providerId: 'zoom', pagePattern: '/requests/new', pageKind: 'emergency', fields: [{ signature: signatures[0]!, role: 'emergency-description', not: true }], updatedAt: '' };
    expect(recognizePage(doc, new URL(fixture.url), provider, { ...notNarrative, fields: [] }).fields.find((f) => f.element.id === 'zf-2745')?.role).toBe('emergency-description');
    expect(recognizePage(doc, new URL(fixture.url), provider, notNarrative).fields.find((f) => f.element.id === 'zf-2745')?.role).toBeNull();
  });
});

import { GuideTextContext } from '../../../components/guide/guide-text';
import { guideTextIn } from './guide-text';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { FindingsList, type FindingGroup } from '../../../components/FindingsList';
import { checkForm } from '../../../entrypoints/background/check-form';
import type { CheckFormResponse, FieldSnapshot } from '../../../messages/protocol';

const NOW = new Date('2026-11-22T12:00:00Z');
// A threat three weeks old, with nothing current: imminence is the element missing (a threat sent in the last days is current).
const PARTIAL =
  'At 21:40 UTC on 1 Nov 2026 the account holder sent a message threatening to kill his ex-partner J.D. (34). ' +
  'We need the subscriber details and recent IP addresses of the account to identify and locate him.';

function description(value: string, leftWithText?: boolean): FieldSnapshot {
  return { key: 'f0', role: 'emergency-description', kind: 'textarea', label: 'Describe the emergency', value, checked: null, files: [], leftWithText };
}

/** The guide's findings for an emergency description, as the background answers them. */
function answer(value: string, leftWithText?: boolean): CheckFormResponse {
  return checkForm({ snapshot: { providerId: 'tiktok', page: 'emergency', fields: [description(value, leftWithText)] } }, [], NOW);
}

function mount(response: CheckFormResponse): HTMLElement {
  const groups: FindingGroup[] = [{ fieldKey: 'f0', label: 'Describe the emergency', findings: response.findings.filter((f) => f.fieldKey === 'f0') }];
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <GuideTextContext.Provider value={guideTextIn('en')}>
        <FindingsList groups={groups} docs={response.docs} onJump={() => undefined} />
      </GuideTextContext.Provider>,
      root,
    ),
  );
  return root;
}

const shown = (root: HTMLElement) => Array.from(root.querySelectorAll('[data-rule]')).map((el) => [el.getAttribute('data-rule'), el.getAttribute('data-severity')]);

describe('the emergency checklist in the guide', () => {
  it('an empty description: the five elements as one list to write to, all notes', () => {
    const root = mount(answer(''));
    const lists = root.querySelectorAll('.checklist');
    expect(lists).toHaveLength(1);
    expect(lists[0]!.getAttribute('data-checklist')).toBe('to-write');
    expect(lists[0]!.querySelectorAll('[data-rule]')).toHaveLength(5);
    expect(new Set(shown(root).map(([, severity]) => severity))).toEqual(new Set(['info']));
    expect(root.textContent).toContain('Write these into the description');
    expect(root.textContent).toContain('Danger:');
    expect(root.querySelector('.understood')).toBeNull();
  });

  it('a real attempt missing imminence: that warning, and what was understood with the words typed', () => {
    const root = mount(answer(PARTIAL));
    expect(shown(root)).toEqual([['emergency/imminence', 'warning']]);
    expect(root.querySelector('.checklist')!.getAttribute('data-checklist')).toBe('warnings');
    const harm = root.querySelector('[data-understood="emergency/harm"]');
    expect(harm?.textContent).toMatch(/Danger: “[^”]*kill[^”]*”/);
    const nexus = root.querySelector('[data-understood="emergency/nexus"]');
    expect(nexus?.textContent).toContain('subscriber details');
    // Understood elements are not findings: the contract's finding elements are only the missing ones.
    expect(root.querySelector('[data-understood] [data-rule], [data-understood][data-rule]')).toBeNull();
  });

  it('a one-liner is a checklist while typed and warnings once the field is left', () => {
    expect(new Set(shown(mount(answer('Threat to kill'))).map(([, s]) => s))).toEqual(new Set(['info']));
    expect(new Set(shown(mount(answer('Threat to kill', true))).map(([, s]) => s))).toEqual(new Set(['warning']));
  });

  it('shows the page’s text as text, never as markup', () => {
    const hostile = 'He will kill <img src=x onerror="alert(1)"> his wife tonight.';
    const root = mount(answer(hostile));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-understood="emergency/harm"]')?.textContent).toContain('kill');
  });

  it('other findings of the field stay single items beside the checklist', () => {
    const response = answer('');
    response.findings.push({ ruleId: 'identifiers/phone-e164', severity: 'warning', message: 'Add the country code.', fieldKey: 'f0' });
    const root = mount(response);
    const single = root.querySelector('[data-rule="identifiers/phone-e164"]')!;
    expect(single.closest('.checklist')).toBeNull();
    expect(single.getAttribute('data-severity')).toBe('warning');
  });
});

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { FactCard, type FactCardView } from '../../components/FactCard';
import { guideTextIn } from './guide/guide-text';

const sourced: FactCardView = {
  key: 'preservation',
  title: 'Preservation',
  isDefault: false,
  fact: { summary: 'Kept for 90 days.', confidence: 'official', sources: [{ url: 'https://example.org/policy', title: 'Policy', checked: '2026-11-01' }] },
};
// What the background sends for a fact the investigator entered for an added portal: no source, already translated.
const entered: FactCardView = { key: 'entered-preservation', title: 'Aufbewahrung (von Ihnen eingetragen)', isDefault: false, fact: { summary: '90 Tage', confidence: 'secondary', sources: [] } };

function mount(view: FactCardView): HTMLElement {
  const root = document.createElement('div');
  act(() => render(<FactCard view={view} providerName="Example" text={guideTextIn('de')} />, root));
  return root;
}

describe('FactCard language', () => {
  it('marks a sourced fact as in English (its sources’ language) on a German page', () => {
    const root = mount(sourced);
    expect(root.querySelector('.in-english')).not.toBeNull();
    expect(root.querySelector('p[lang="en"]')!.textContent).toBe('Kept for 90 days.');
  });

  it('does not mark a fact the investigator entered, which is shown in their language', () => {
    const root = mount(entered);
    expect(root.querySelector('.in-english')).toBeNull();
    expect(root.querySelector('p[lang="en"]')).toBeNull();
    expect(root.textContent).toContain('90 Tage');
  });
});

import { describe, expect, it } from 'vitest';
import { FACT_KEYS } from '../../providers/fact-keys';
import { CHECKED_PAGES, PAGE_KINDS, PAGE_KIND_TABLE, PAGE_TITLES, REQUEST_PAGES, isRequestPage } from '../../providers/page-kinds';

describe('the page-kind table', () => {
  it('has exactly the page kinds of contract section 2, once each', () => {
    expect([...PAGE_KINDS].sort()).toEqual(['confirmation', 'emergency', 'legal-process', 'login', 'other', 'preservation']);
  });

  it('marks the three request forms, and only them', () => {
    expect([...REQUEST_PAGES].sort()).toEqual(['emergency', 'legal-process', 'preservation']);
    expect(PAGE_KINDS.filter(isRequestPage).sort()).toEqual(['emergency', 'legal-process', 'preservation']);
  });

  it('checks the request forms and unrecognized portal pages, never sign-in or confirmation pages', () => {
    expect([...CHECKED_PAGES].sort()).toEqual(['emergency', 'legal-process', 'other', 'preservation']);
  });

  it('gives every kind a title and known facts without repeats', () => {
    for (const entry of PAGE_KIND_TABLE) {
      expect(PAGE_TITLES[entry.id].length, entry.id).toBeGreaterThan(3);
      expect(new Set(entry.facts).size, entry.id).toBe(entry.facts.length);
      for (const fact of entry.facts) expect(FACT_KEYS).toContain(fact);
    }
  });

  it('gives every kind but "other" words to be recognized by', () => {
    for (const entry of PAGE_KIND_TABLE) {
      if (entry.id === 'other') continue;
      expect(entry.urlWords, entry.id).not.toBeNull();
      expect(entry.headingWords.length, entry.id).toBeGreaterThan(0);
    }
  });
});

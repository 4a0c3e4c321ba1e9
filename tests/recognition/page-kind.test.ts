import { describe, expect, it } from 'vitest';
import { decidePageKind, kindInText, type PageSignals } from '../../recognition/page-kind';

const base: PageSignals = {
  urlKind: null,
  selectedKind: null,
  headingKinds: [],
  fieldKind: null,
  confirmationWording: false,
  passwordField: false,
  requestFieldCount: 0,
};
const s = (over: Partial<PageSignals>): PageSignals => ({ ...base, ...over });

describe('decidePageKind', () => {
  it('confirmation wording without a form is a confirmation, even under a /preservation URL', () => {
    expect(decidePageKind(s({ confirmationWording: true, urlKind: 'preservation' }))).toBe('confirmation');
  });
  it('a form on the page outweighs a hidden-away success message', () => {
    expect(decidePageKind(s({ confirmationWording: true, requestFieldCount: 5, headingKinds: ['preservation'] }))).toBe('preservation');
  });
  it('a password field without a request form is a login page', () => {
    expect(decidePageKind(s({ passwordField: true, requestFieldCount: 0 }))).toBe('login');
  });
  it('the selected request type wins over the URL', () => {
    expect(decidePageKind(s({ urlKind: 'preservation', selectedKind: 'emergency', requestFieldCount: 4 }))).toBe('emergency');
  });
  it('the URL wins over headings for a form', () => {
    expect(decidePageKind(s({ urlKind: 'legal-process', headingKinds: ['preservation'], requestFieldCount: 3 }))).toBe('legal-process');
  });
  it('headings, then field labels', () => {
    expect(decidePageKind(s({ headingKinds: ['emergency'], requestFieldCount: 3 }))).toBe('emergency');
    expect(decidePageKind(s({ fieldKind: 'emergency', requestFieldCount: 3 }))).toBe('emergency');
  });
  it('a help page about emergencies without a form is "other"', () => {
    expect(decidePageKind(s({ headingKinds: ['emergency'] }))).toBe('other');
  });
});

describe('kindInText', () => {
  it.each([
    ['Emergency Disclosure Request', 'emergency'],
    ['Request for preservation of records', 'preservation'],
    ['Submit a subpoena or search warrant', 'legal-process'],
    ['Account Preservation (18 U.S.C. 2703(f))', 'preservation'],
    ['My requests', null],
  ])('%s -> %s', (text, kind) => {
    expect(kindInText(text)).toBe(kind);
  });
});

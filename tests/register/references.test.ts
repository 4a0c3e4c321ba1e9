import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findReferences, referencesOfThisRequest } from '../../register/references';
import { loadFixtures } from '../../scripts/lib/fixtures.mjs';
import { loadPage } from '../support/dom';

const found = (text: string) => findReferences(text).map((r) => r.reference);

describe('reference extraction: hand-written cases', () => {
  it.each([
    ['Your request number is 48213977.', ['48213977']],
    ['Reference: DISC-48213', ['DISC-48213']],
    ['Ticket #00471952 has been created', ['00471952']],
    ['LERS reference: ABCD-1234-EFGH', ['ABCD-1234-EFGH']],
    ['[Ref: 771203] Preservation confirmed', ['771203']],
    ['Request ID: 8f3a9c2e', ['8f3a9c2e']],
  ])('%s', (text, refs) => {
    expect(found(text)).toEqual(refs);
  });

  it('takes none of the other numbers of a busy page', () => {
    const text = `Request received on 22/11/2026 at 14:03. Call our 24/7 line +1 650 555 0100 or 555-010-0199.
      Fee: $1,250.00. Page 1 of 2. Under 18 U.S.C. 2703(f) we keep data 90 days. Office: 1601 Willow Road, Menlo Park, CA 94025.
      Your agency case number 2026-00123 was noted. NCMEC CyberTip 123456789 is linked. Your reference number is 5550001234.`;
    expect(found(text)).toEqual(['5550001234']);
  });
});

describe('reference extraction on the confirmation fixtures', () => {
  for (const fixture of loadFixtures().filter((f) => f.references?.length)) {
    it(fixture.name, () => {
      const doc = loadPage(fixture.html, fixture.url);
      // Like innerText: text of separate elements stays separate.
      const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
      const parts: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!['SCRIPT', 'STYLE'].includes(n.parentElement?.tagName ?? '')) parts.push(n.nodeValue ?? '');
      // What the guide offers on a confirmation page: not the numbers of other requests the page names.
      const refs = referencesOfThisRequest(parts.join(' '));
      for (const reference of fixture.references!) expect(refs).toContain(reference);
      for (const not of fixture.notReferences ?? []) expect(refs).not.toContain(not);
    });
  }
});

const CORPUS = 'tests/fixtures/references/corpus.json';
describe('reference extraction corpus (labelled independently)', () => {
  interface Entry { id: string; text: string; references: string[]; notReferences: string[] }
  const entries: Entry[] = JSON.parse(readFileSync(CORPUS, 'utf8'));
  it('finds at least 90% of the references and takes at most 5% false ones', () => {
    let expected = 0, hit = 0, extra = 0, taken = 0;
    const misses: string[] = [];
    for (const e of entries) {
      const refs = found(e.text);
      taken += refs.length;
      expected += e.references.length;
      for (const r of e.references) {
        if (refs.includes(r)) hit++;
        else misses.push(`${e.id}: missed ${r}`);
      }
      for (const r of refs) if (!e.references.includes(r)) { extra++; misses.push(`${e.id}: took ${r}`); }
    }
    const recall = hit / Math.max(1, expected);
    const falseShare = extra / Math.max(1, taken);
    console.log(`references: recall ${(recall * 100).toFixed(1)}%, false ${(falseShare * 100).toFixed(1)}% over ${entries.length} texts`);
    if (process.env.CORPUS_DEBUG) console.log(misses.join('\n'));
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(falseShare).toBeLessThanOrEqual(0.05);
  });
});

describe('reference extraction across layout line breaks', () => {
  it('knows the agency’s own number when the label and value sit on separate lines', () => {
    expect(found('Case number: 31870452\nYour case / file number\nRPD-26-00417\nPage 1 of 2')).toEqual(['31870452']);
  });
});

describe('numbers a confirmation page names that are not this request’s reference', () => {
  const offered = (text: string) => referencesOfThisRequest(text);

  it.each([
    ['Ticket 00612093\nExtends earlier ticket\n00598114 (closed)', ['00612093'], '00598114'],
    ['Request ID: PRX-77120\nPrevious request: PRX-70411 (expired)', ['PRX-77120'], 'PRX-70411'],
    ['Confirmation number: 8812004\nLinked request ID 8799310, the original preservation', ['8812004'], '8799310'],
    ['Your request number is 5530129. Your help-desk ticket #77314 about your log-in stays open.', ['5530129'], '77314'],
  ])('%s', (text, want, other) => {
    expect(offered(text)).toEqual(want);
    // Still read as a reference, of another request: an extension's e-mail links the two.
    expect(findReferences(text).find((f) => f.reference === other)?.how).toBe('other-request');
  });

  it.each([
    ['Requester’s case: SO-26-1187\nRequest no. 41187730', ['41187730']],
    ["Requester's case SO-26-1187\nRequest no. 41187730", ['41187730']],
    ['Requesting agency case number: PD-2026-0412\nReference: LE-88120', ['LE-88120']],
    ['Investigator’s case no. KR-26-551\nTicket #5512093', ['5512093']],
  ])('the requester’s own number is not the provider’s: %s', (text, want) => {
    expect(offered(text)).toEqual(want);
  });

  it.each([
    ['Ticket #00612093 has been created for your preservation request.', ['00612093']],
    ['Reference: ZM-2026-004417 (original request received 2 November)', ['ZM-2026-004417']],
    ['Your related documents were received. Request ID: 8f3a9c2e', ['8f3a9c2e']],
  ])('a number of this request stays offered: %s', (text, want) => {
    expect(offered(text)).toEqual(want);
  });
});

describe('the requester’s own number, written as people write it', () => {
  it.each([
    ['Agency case no. 2026-11873 · County Sheriff\nRequest ID: PR-55120', ['PR-55120']],
    ['Your department’s file number, SO-2026-3310, has been recorded. Reference: 26-PRES-004512', ['26-PRES-004512']],
    ['Your incident # HCPD 26-014552\nLERT reference LE-4HX9-22QA', ['LE-4HX9-22QA']],
  ])('%s', (text, want) => {
    expect(referencesOfThisRequest(text)).toEqual(want);
  });

  it('the provider’s "your reference no." is still the provider’s', () => {
    expect(referencesOfThisRequest('Your reference no. 5530129 is shown above.')).toEqual(['5530129']);
  });

  it.each([
    ['Your request has been processed. Your reference is 2208841.', ['2208841']],
    ['Thank you. Your reference is: PR-55120', ['PR-55120']],
    ['Preservation complete. Your ticket is 4471099.', ['4471099']],
  ])('the provider telling the addressee its number ("Your reference is …") gives its own: %s', (text, want) => {
    expect(referencesOfThisRequest(text)).toEqual(want);
  });
});

describe('a number with a button beside it', () => {
  it.each([
    ['LERT reference LE-4HX9-22QACopy\nMember airbnb.com/users/show/381552901', ['LE-4HX9-22QA']],
    ['Request ID: 77120553Copied', ['77120553']],
    ['Reference: DISC-48213Show details', ['DISC-48213']],
  ])('%s', (text, want) => {
    expect(referencesOfThisRequest(text)).toEqual(want);
  });

  it('a reference whose own letters end it is left whole', () => {
    expect(referencesOfThisRequest('Reference: kx_9QRopen')).toEqual(['kx_9QRopen']);
    expect(referencesOfThisRequest('Request ID: 8f3a9c2e')).toEqual(['8f3a9c2e']);
  });
});

describe('a number "case" introduces in a prefix-year-sequence shape', () => {
  it('is read as the case\'s number, which gives way to a labelled reference', () => {
    expect(referencesOfThisRequest('Reference DSC-LE-2611-0471, opened for case MPD-2026-004417.')).toEqual(['DSC-LE-2611-0471']);
    expect(referencesOfThisRequest('Ticket TKT-2026-118842 for case CR-2026-118842.')).toEqual(['TKT-2026-118842']);
  });

  it('is still the reference where nothing else is, and a digit-led number after "case" is not newly read', () => {
    expect(referencesOfThisRequest('Your data is preserved under case CR-2026-118842.')).toEqual(['CR-2026-118842']);
    expect(referencesOfThisRequest('Preservation request - Case 2026-0043817')).toEqual([]);
  });
});

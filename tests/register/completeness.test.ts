import { describe, expect, it } from 'vitest';
import { providerById } from '../../providers/registry';
import type { Provider } from '../../providers/schema';
import { certificateText, euAddresseeOf, needsCertificate } from '../../register/certificate';
import { completenessOf, gapLines } from '../../register/completeness';
import { marParagraph } from '../../register/mar-text';
import { productionSchema } from '../../register/production';
import { record } from './fixtures';

const order = productionSchema.parse({ order: 'eu-epoc', issuedAt: '2026-11-20T13:00:00.000Z', emergency: true, issuedBy: 'non-judicial', timeZone: 'Europe/Berlin', dueAt: null, validatedOn: null, answeredOn: null });
const represented = {
  ...providerById('meta')!,
  id: 'acme',
  name: 'Acme Chat',
  legal: { headquarters: null, euAddressee: { summary: 'x', value: { name: 'Acme EU B.V.', country: 'NL', role: 'legal-representative' }, confidence: 'official', sources: [] }, answersDirectForeignRequests: null },
} as unknown as Provider;

describe('completeness list before copying', () => {
  it('names nothing when everything is there', () => {
    expect(completenessOf([record({ reference: 'A-1' })], null)).toEqual([]);
  });

  it('names each missing item with the records it is missing from', () => {
    const gaps = completenessOf(
      [record({ reference: 'A-1', caseNumber: '' }), record({ reference: 'A-2', caseNumber: ' ', accountIdentifiers: [] }), record({ reference: 'A-3', preservedOn: '' })],
      null,
    );
    expect(gaps).toEqual([
      { item: 'case-number', references: ['A-1', 'A-2'] },
      { item: 'account-identifiers', references: ['A-2'] },
      { item: 'dates', references: ['A-3'] },
    ]);
    expect(gapLines(gaps)).toEqual(['case number: missing for A-1, A-2', 'account identifiers: missing for A-2', 'dates (of the preservation or the order): missing for A-3']);
  });

  it('a missing reference and the EU addressee (certificate only)', () => {
    const records = [record({ reference: '', providerId: 'meta' }), record({ reference: 'B-1', providerId: 'acme' })];
    expect(completenessOf(records, null).map((g) => g.item)).toEqual(['reference']);
    const gaps = completenessOf(records, (id) => id === 'acme');
    expect(gaps).toEqual([
      { item: 'reference', references: ['(no reference)'] },
      { item: 'eu-addressee', references: ['(no reference)'] },
    ]);
  });

  it('shortens a long list of references', () => {
    const records = Array.from({ length: 8 }, (_, i) => record({ reference: `R-${i}`, caseNumber: '' }));
    expect(gapLines(completenessOf(records, null))).toEqual(['case number: missing for R-0, R-1, R-2, R-3, R-4 and 3 more']);
  });
});

describe('certificate text (EPOC-PR, EPOC)', () => {
  it('only EU orders need one', () => {
    expect(needsCertificate(record({ basis: 'eu-epoc-pr' }))).toBe(true);
    expect(needsCertificate(record({ production: order }))).toBe(true);
    expect(needsCertificate(record({ production: { ...order, order: 'other' } }))).toBe(false);
    expect(needsCertificate(record({ basis: 'us-2703f' }))).toBe(false);
    expect(certificateText([record({ basis: 'us-2703f' })], () => undefined)).toBe('');
  });

  it('an EPOC-PR: provider, its EU addressee, identifiers, dates, references', () => {
    const text = certificateText(
      [record({ providerId: 'acme', reference: 'PR-77', basis: 'eu-epoc-pr', preservedOn: '2026-11-20', accountIdentifiers: ['acme:jane'], extensions: [{ id: 'e1xxxxxxx', requestedOn: '2027-01-10', reference: 'PR-77-E' }] })],
      () => represented,
    );
    expect(text).toBe(
      [
        '1. European Preservation Order (EPOC-PR)',
        '   Service provider: Acme Chat',
        '   Designated establishment or legal representative in the EU: Acme EU B.V. (NL), legal representative',
        '   Account identifier(s): acme:jane',
        '   Our case number: 2026-0042',
        "   Provider's preservation reference: PR-77",
        '   Date of preservation: 2026-11-20',
        '   Extensions: requested 2027-01-10 (reference PR-77-E)',
        '   Preserved until: 2027-02-18 (European Preservation Order (Reg. (EU) 2023/1543): 60 days, extendable once by 30)',
      ].join('\n'),
    );
    expect(euAddresseeOf(represented)?.name).toBe('Acme EU B.V.');
  });

  it('an EU entity that is not shown to be the addressee, or none, is "not known"', () => {
    const meta = certificateText([record({ providerId: 'meta', basis: 'eu-epoc-pr' })], (id) => providerById(id));
    expect(meta).toContain('in the EU: not known (the provider names Meta Platforms Ireland Ltd (IE), EU entity named for EU users, not shown to be its addressee)');
    expect(euAddresseeOf(providerById('meta'))).toBeNull();
    expect(certificateText([record({ providerId: 'nobody', basis: 'eu-epoc-pr', caseNumber: '', accountIdentifiers: [] })], () => undefined)).toContain(
      'in the EU: not known\n   Account identifier(s): not known\n   Our case number: not known',
    );
  });

  it('an EPOC: issue time, emergency, answer and validation deadlines in the investigator\'s zone', () => {
    const text = certificateText([record({ reference: 'EPOC-9', production: order })], () => undefined);
    expect(text).toContain('European Production Order (EPOC)');
    expect(text).toContain('Order reference: EPOC-9');
    expect(text).toContain('Issued: 2026-11-20 14:00 (Europe/Berlin) (emergency)');
    expect(text).toContain('Answer due: 2026-11-20 22:00 (Europe/Berlin)');
    expect(text).toContain('Validation due: 2026-11-22 14:00 (Europe/Berlin)');
  });

  it('the MAR text says a kept EPOC-PR is kept, and gives a production order\'s deadline', () => {
    const kept = marParagraph(record({ basis: 'eu-epoc-pr', productionConfirmedOn: '2026-12-10' }), { name: 'Meta', legalEntity: null });
    expect(kept).toContain('Preserved until: kept until the production order is answered (production order confirmed on 2026-12-10)');
    const epoc = marParagraph(record({ reference: 'EPOC-9', production: order }), { name: 'Meta', legalEntity: null });
    expect(epoc).toContain('European Production Order (EPOC) (emergency), reference: EPOC-9');
    expect(epoc).toContain('Answer due: 2026-11-20 22:00 (Europe/Berlin)');
  });
});

import { SOURCES, cite } from '../providers/sources';
import { defineInstrument } from './define';

const CHECKED = '2026-11-29';
const regulation = cite(SOURCES.euRegulation20231543, CHECKED);
const art3 = cite(SOURCES.euRegulationArt3Mirror, CHECKED);
const art4 = cite(SOURCES.euRegulationArt4Mirror, CHECKED);
const art10 = cite(SOURCES.euRegulationArt10Mirror, CHECKED);
const art10De = cite(SOURCES.euRegulationArt10De, CHECKED);
const art11 = cite(SOURCES.euRegulationArt11Mirror, CHECKED);
const art1 = cite(SOURCES.euRegulationArt1Fra, CHECKED);
const bird = cite(SOURCES.birdEEvidence, CHECKED);
const acompli = cite(SOURCES.acompliEEvidence, CHECKED);
const emergencyValidation = cite(SOURCES.eEvidenceEmergencyValidation, CHECKED);
const transposition = cite(SOURCES.directive20231544Transposition, CHECKED);

/** EU member states bound by the Regulation: all 27 but Denmark (ISO 3166-1 alpha-2; Greece is GR). */
export const E_EVIDENCE_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT',
  'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

export default defineInstrument({
  id: 'eu-e-evidence',
  title: 'Regulation (EU) 2023/1543 on European Production Orders and European Preservation Orders, with Directive (EU) 2023/1544',
  shortTitle: 'EU e-Evidence Regulation',
  status: {
    state: 'applies',
    since: '2026-08-18',
    asOf: CHECKED,
    fact: {
      summary: 'The Regulation applies from 18 August 2026; it was adopted on 12 July 2023 and published in OJ L 191 of 28 July 2023.',
      article: 'Art. 34',
      value: { appliesFrom: '2026-08-18', adopted: '2023-07-12' },
      confidence: 'secondary',
      sources: [bird, acompli, regulation],
    },
  },
  countries: {
    codes: [...E_EVIDENCE_STATES],
    complete: true,
    fact: {
      summary: 'Every EU member state but Denmark is bound by the Regulation.',
      article: null,
      value: { excluded: ['DK'] },
      confidence: 'secondary',
      sources: [bird, acompli],
    },
  },
  facts: {
    addressee: {
      summary:
        'An order goes to the designated establishment or legal representative of a provider offering services in the EU, when that addressee is in another member state bound by the Regulation. Authorities keep their own powers over providers established or represented on their territory.',
      article: 'Art. 1(1), Art. 3(1)-(2)',
      value: { addresseeInAnotherBoundState: true, ownTerritoryIsDomestic: true },
      confidence: 'official',
      sources: [regulation, art1, art3],
    },
    designationDeadline: {
      summary:
        'Directive (EU) 2023/1544 had to be transposed by 18 February 2026; providers offering services in the EU then had to designate an establishment or appoint a legal representative by 18 August 2026.',
      article: 'Dir. (EU) 2023/1544',
      value: { transposition: '2026-02-18', designation: '2026-08-18' },
      confidence: 'secondary',
      sources: [transposition],
    },
    productionIssuers: {
      summary:
        'A production order for subscriber data or for data only to identify the user may be issued by a judge, a court, an investigating judge or a prosecutor. One for other traffic data or for content data needs a judge, a court or an investigating judge. Another competent investigating authority may issue either, but it must then be validated by such an authority.',
      article: 'Art. 4(1)-(2)',
      value: {
        subscriber: { issue: ['judge', 'prosecutor'], validate: ['judge', 'prosecutor'] },
        identification: { issue: ['judge', 'prosecutor'], validate: ['judge', 'prosecutor'] },
        traffic: { issue: ['judge'], validate: ['judge'] },
        content: { issue: ['judge'], validate: ['judge'] },
      },
      confidence: 'official',
      sources: [regulation, art4],
    },
    preservationIssuers: {
      summary:
        'A preservation order for any category of data may be issued by a judge, a court, an investigating judge or a prosecutor, or by another competent investigating authority with validation by one of them.',
      article: 'Art. 4(3)',
      value: { any: { issue: ['judge', 'prosecutor'], validate: ['judge', 'prosecutor'] } },
      confidence: 'secondary',
      sources: [regulation, art4],
    },
    emergencyValidation: {
      summary:
        'In an emergency, an order issued by a non-judicial authority without prior validation must be validated afterwards, within 48 hours.',
      article: 'Art. 4(5)',
      value: { hours: 48 },
      confidence: 'secondary',
      sources: [emergencyValidation],
    },
    productionDeadline: {
      summary:
        'The provider must produce the data within 10 days of receiving a production order, and in an emergency without undue delay and at the latest within 8 hours; in an emergency the enforcing authority may object within 96 hours.',
      article: 'Art. 10(2)-(4)',
      value: { days: 10, emergencyHours: 8, enforcingObjectionHours: 96 },
      confidence: 'official',
      sources: [regulation, art10, art10De],
    },
    preservationPeriod: {
      summary:
        'The provider preserves the data for 60 days; the issuing authority may extend this once by 30 days within that period. Once it confirms that a production request has been issued, the data is kept as long as needed to produce it.',
      article: 'Art. 11(1)-(2)',
      value: { days: 60, extensionDays: 30, maxExtensions: 1, keptOnceProductionConfirmed: true },
      confidence: 'official',
      sources: [regulation, art11],
    },
  },
});

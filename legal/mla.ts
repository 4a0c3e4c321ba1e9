import { SOURCES, cite } from '../providers/sources';
import { defineInstrument } from './define';

const CHECKED = '2026-11-29';
const dojSlides = cite(SOURCES.dojBeyondBorders, CHECKED);
const tcyTemplate = cite(SOURCES.tcyArticle31Template, CHECKED);
const unodcWriter = cite(SOURCES.unodcMlaWriter, CHECKED);
const githubPolicy = cite(SOURCES.githubLegalGuidelines, CHECKED);

export default defineInstrument({
  id: 'mla',
  title: 'Mutual legal assistance: bilateral and multilateral MLA treaties, and letters rogatory where none applies',
  shortTitle: 'Mutual legal assistance',
  status: {
    state: 'in-force',
    since: null,
    asOf: CHECKED,
    fact: {
      summary:
        'Mutual legal assistance is always open between states: under a treaty where one exists, otherwise by letters rogatory. A US provider then answers the US process obtained for you.',
      article: null,
      value: { alwaysAvailable: true },
      confidence: 'secondary',
      sources: [githubPolicy, dojSlides],
    },
  },
  countries: null,
  facts: {
    reaches: {
      summary:
        'An MLA request reaches every kind of data, content included; for content held by a US provider it is the usual route for foreign authorities without a CLOUD Act agreement.',
      article: null,
      value: { categories: ['subscriber', 'traffic', 'content'] },
      confidence: 'secondary',
      sources: [dojSlides],
    },
    previousPreservation: {
      summary:
        'The Council of Europe\'s template for subscriber requests asks for any earlier preservation: its date, its reference number and who asked for and carried it out.',
      article: 'T-CY template, section 10',
      value: { asks: ['date', 'reference', 'requesting authority', 'executing authority'] },
      confidence: 'official',
      sources: [tcyTemplate],
    },
    completeness: {
      summary: 'The UNODC MLA Request Writer stops the drafter when essential information is missing.',
      article: null,
      value: { checksCompleteness: true },
      confidence: 'secondary',
      sources: [unodcWriter],
    },
  },
});

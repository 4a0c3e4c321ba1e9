import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms = cite(SOURCES.vintedTermsLt, '2026-12-02');

export default defineProvider({
  id: 'vinted',
  name: 'Vinted',
  ownDomains: ['vinted.com', 'vinted.lt', 'vinted.fr', 'vinted.de', 'vinted.co.uk'],
  products: ['Vinted'],
  portalName: null,
  portal: {
    summary: 'No Vinted law-enforcement portal, guide or request address was found; its terms name only the company that runs and hosts the platform.',
    value: [],
    confidence: 'secondary',
    sources: [terms],
  },
  exampleUrls: [],
  emailWords: ['vinted'],
  emailDomains: ['vinted.com', 'vinted.lt'],
  legal: {
    headquarters: {
      summary: 'Vinted\'s terms say the platform is run and hosted by VINTED, UAB, registered in Vilnius, Lithuania.',
      value: 'LT',
      confidence: 'official',
      sources: [terms],
    },
    euAddressee: {
      summary: 'The platform is run by VINTED, UAB in Lithuania, an EU company; no source names it as Vinted\'s e-Evidence addressee.',
      value: { name: 'VINTED, UAB', country: 'LT', role: 'eu-entity' },
      confidence: 'official',
      sources: [terms],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'Vinted\'s terms (in force from 6 December 2021) name VINTED, UAB, Lithuanian company number 302767152, as the operator and host.',
      value: 'VINTED, UAB (302767152), Švitrigailos g. 13, 03228 Vilnius, Lithuania',
      confidence: 'official',
      sources: [terms],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});

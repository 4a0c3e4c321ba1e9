import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const termsSe = cite(SOURCES.spotifyTermsSe, '2026-12-04');

const privacy = cite(SOURCES.spotifyPrivacyXk, '2026-12-04');

export default defineProvider({
  id: 'spotify',
  name: 'Spotify',
  ownDomains: ['spotify.com'],
  products: ['Spotify'],
  portalName: null,
  portal: {
    summary: 'No Spotify law-enforcement portal, guide or request address was found; its terms and privacy policy name only the company that provides the service.',
    value: [],
    confidence: 'secondary',
    sources: [termsSe],
  },
  exampleUrls: [],
  emailWords: ['spotify'],
  emailDomains: ['spotify.com'],
  legal: {
    headquarters: {
      summary: 'Spotify\'s Swedish terms are an agreement with Spotify AB at Regeringsgatan 19 in Stockholm, Sweden.',
      value: 'SE',
      confidence: 'official',
      sources: [termsSe],
    },
    euAddressee: {
      summary: 'Spotify AB, the provider named in the Swedish terms and the processor of users\' data in the privacy policy, is a Swedish (EU) company; no source names it as Spotify\'s e-Evidence addressee.',
      value: { name: 'Spotify AB', country: 'SE', role: 'eu-entity' },
      confidence: 'official',
      sources: [termsSe, privacy],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'The Swedish terms name Spotify AB, Stockholm, as the service provider, and the privacy policy (in force from 5 December 2023) says Spotify AB processes users\' personal data.',
      value: 'Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden',
      confidence: 'official',
      sources: [termsSe, privacy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});

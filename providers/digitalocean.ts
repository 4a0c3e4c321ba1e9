import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guidelines = cite(SOURCES.digitaloceanLawEnforcement, '2026-12-05');

const help = cite(SOURCES.digitaloceanHelpPrivacy, '2026-12-05');

const transparency = cite(SOURCES.digitaloceanTransparency, '2026-12-05');

const terms = cite(SOURCES.digitaloceanTermsContract, '2026-12-05');

const dmca = cite(SOURCES.digitaloceanDmcaPolicy, '2026-12-05');

const guide = cite(SOURCES.digitaloceanLeGuide, '2026-12-05');

export default defineProvider({
  id: 'digitalocean',
  name: 'DigitalOcean',
  ownDomains: ['digitalocean.com'],
  products: ['DigitalOcean Droplets', 'DigitalOcean Spaces', 'DigitalOcean App Platform'],
  portalName: null,
  // The third-party guide says a request portal on Kodex exists but the text read gives no address, so no host is listed.
  portal: {
    summary:
      'DigitalOcean\'s law-enforcement guidelines say it discloses user information, under the ECPA, only on a subpoena, court order or search warrant, and that a request about a hosted site must give its IP address and a date range. A third-party guide says formal legal process goes through a DigitalOcean request portal on Kodex; the text read gives no address for it.',
    value: [],
    confidence: 'secondary',
    sources: [guidelines, guide],
  },
  exampleUrls: [],
  // Case is matched: the brand is written in camel case; lower-case host names do not name the provider.
  emailWords: ['DigitalOcean'],
  emailWordsMatchCase: true,
  emailDomains: ['digitalocean.com'],
  legal: {
    headquarters: {
      summary:
        'A third-party guide calls DigitalOcean a US-based cloud hosting provider, and DigitalOcean\'s DMCA policy gives DigitalOcean, LLC\'s address in New York; DigitalOcean\'s own pages read here do not state its country as such.',
      value: 'US',
      confidence: 'secondary',
      sources: [guide, dmca],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'DigitalOcean\'s general terms and conditions are an agreement with DigitalOcean, LLC; its DMCA policy gives the company\'s address at 101 Avenue of the Americas, New York.',
      value: 'DigitalOcean, LLC, 101 Avenue of the Americas, 10th Floor, New York, NY 10013, United States',
      confidence: 'official',
      sources: [terms, dmca],
    },
    preservation: {
      summary:
        'DigitalOcean\'s transparency page describes preservation requests as asking it to copy and keep data for later legal process and says it gives out no user information on them; a third-party guide says it preserves for up to 90 days, renewable once.',
      value: { days: 90, extensionDays: null, extensionLeadDays: null, maxExtensions: 1, extensionHowTo: null },
      confidence: 'secondary',
      sources: [guide, transparency],
    },
    userNotification: {
      summary:
        'DigitalOcean says it tells customers about government requests for their information unless the law forbids it, and gives them time to challenge the request where it can.',
      value: { notifiesUser: true, exceptions: ['Notice prohibited by law'], howToPrevent: 'A legal prohibition on notice (e.g. a court order)' },
      confidence: 'official',
      sources: [help],
    },
    emergency: {
      summary:
        'DigitalOcean discloses without legal process only where it believes in good faith that an emergency involving death or serious physical injury requires it.',
      value: { criteria: 'Good-faith belief in an emergency involving death or serious physical injury', channel: null, requiredContent: [] },
      confidence: 'official',
      sources: [guidelines, transparency],
    },
    childSafety: null,
    international: {
      summary:
        'A third-party guide says that, DigitalOcean being US-based, foreign authorities generally need a mutual legal assistance request, a US court order or a qualifying cross-border order to compel content.',
      value: { route: 'MLAT, a US court order or a qualifying cross-border order (for content)', euEntity: null },
      confidence: 'secondary',
      sources: [guide],
    },
    identifiers: {
      summary: 'DigitalOcean\'s guidelines say a request about a site it hosts must name the site\'s IP address and a date range; broad or vague requests are not processed.',
      value: { accepted: ['IP address of the hosted site, with a date range'] },
      confidence: 'official',
      sources: [guidelines],
    },
  },
});

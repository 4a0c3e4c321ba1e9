import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const portalLaunch = cite(SOURCES.airbnbPortalLaunch, '2026-11-24');

const helpArticle = cite(SOURCES.airbnbHelpArticle, '2026-11-24');

const helpArticleDe = cite(SOURCES.airbnbHelpArticleDe, '2026-11-24');

export default defineProvider({
  id: 'airbnb',
  name: 'Airbnb',
  ownDomains: ['airbnb.com', 'airbnb.de'],
  products: ['Airbnb'],
  portalName: 'Airbnb Law Enforcement Portal',
  portal: {
    summary:
      'Airbnb asks all law enforcement seeking user data to register with its portal at airbnb.com/lert, where you submit and track requests. Requests sent any other way take longer.',
    value: [{ host: 'www.airbnb.com', pathPrefix: '/lert' }],
    confidence: 'official',
    sources: [portalLaunch, helpArticleDe],
  },
  exampleUrls: ['https://www.airbnb.com/lert', 'https://www.airbnb.com/lert/requests/new', 'https://www.airbnb.com/lert/login'],
  urlPageKinds: [],
  emailWords: ['airbnb'],
  legal: {
    headquarters: {
      summary:
        'US requests go to Airbnb, Inc. in San Francisco.',
      value: 'US',
      confidence: 'official',
      sources: [helpArticle],
    },
    euAddressee: {
      summary:
        'Airbnb names Airbnb Ireland UC as a separate entity; check which entity serves the user.',
      value: { name: 'Airbnb Ireland UC', country: 'IE', role: 'eu-entity' },
      confidence: 'official',
      sources: [helpArticle],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Address US requests to Airbnb, Inc. in San Francisco, served on its registered agent, Corporation Service Company. Use a subpoena for basic subscriber records, a 2703(d) order for other non-content records and a search warrant for content.',
      value: 'Airbnb, Inc., San Francisco (registered agent: Corporation Service Company)',
      confidence: 'official',
      sources: [helpArticle],
    },
    preservation: null,
    userNotification: null,
    // The newsroom post only says emergencies are an exception; it gives no criteria or channel.
    emergency: {
      summary: 'Airbnb discloses user data only on valid legal process or in an emergency. It does not say more about emergencies.',
      value: {
        criteria: 'Emergency situations (not further defined)',
        channel: null,
        requiredContent: [],
      },
      confidence: 'secondary',
      sources: [portalLaunch],
    },
    childSafety: null,
    international: {
      summary:
        'Besides Airbnb, Inc. for US requests, Airbnb\'s help article names separate entities, Airbnb Ireland UC and Airbnb Global Services Ltd. Check the article to see which entity serves the user.',
      value: {
        route: 'US requests go to Airbnb, Inc.; the help article also names Airbnb Ireland UC and Airbnb Global Services Ltd as separate entities',
        euEntity: null,
      },
      confidence: 'official',
      sources: [helpArticle],
    },
    identifiers: null,
  },
});

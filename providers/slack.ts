import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const overview = cite(SOURCES.slackDataRequests, '2026-11-29');

const policy = cite(SOURCES.slackDataRequestPolicy, '2026-11-29');

const policyZh = cite(SOURCES.slackDataRequestPolicyZh, '2026-11-29');

const transparency = cite(SOURCES.slackTransparency2021, '2026-11-29');

export default defineProvider({
  id: 'slack',
  name: 'Slack',
  ownDomains: ['slack.com'],
  products: ['Slack'],
  portalName: null,
  portal: {
    summary: 'Slack takes requests from law enforcement and governments, including foreign ones, at a legal-process e-mail address; it names no portal.',
    value: [],
    confidence: 'official',
    sources: [overview],
  },
  exampleUrls: [],
  channels: [
    {
      summary: 'Requests about customers under contract with Slack Technologies, LLC (US) go to Slack\'s legal-process address.',
      value: { kind: 'email', address: 'legalprocess@slack.com', purposes: ['all'], hours: null },
      confidence: 'official',
      sources: [overview, policy],
    },
    {
      summary: 'Requests about customers under contract with Slack Technologies Limited (Ireland) go to its international legal-process address.',
      value: { kind: 'email', address: 'intlegalprocess@slack.com', purposes: ['all'], hours: null },
      confidence: 'official',
      sources: [policyZh],
    },
  ],
  emailWords: ['Slack', 'SLACK'],
  emailWordsMatchCase: true,
  emailDomains: ['slack.com'],
  legal: {
    headquarters: {
      summary:
        'Slack Technologies, LLC is the US Slack company.',
      value: 'US',
      confidence: 'official',
      sources: [policy],
    },
    euAddressee: {
      summary:
        'Slack Technologies Limited in Ireland handles Irish-contracted customers.',
      value: { name: 'Slack Technologies Limited', country: 'IE', role: 'eu-entity' },
      confidence: 'official',
      sources: [policy, policyZh],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'Slack Technologies, LLC (US) or Slack Technologies Limited (Ireland), depending on the customer\'s contract.',
      value: 'Slack Technologies, LLC (US); Slack Technologies Limited (Ireland)',
      confidence: 'official',
      sources: [policy, policyZh],
    },
    preservation: null,
    userNotification: {
      summary: 'Unless the law forbids it, Slack tells a customer when it receives a request for that customer\'s data, including a government request.',
      value: { notifiesUser: true, exceptions: ['Notice is prohibited by law'], howToPrevent: 'A legal prohibition on notice, such as a non-disclosure order' },
      confidence: 'official',
      sources: [transparency],
    },
    emergency: {
      summary: 'Slack discloses data voluntarily only in an emergency involving imminent danger of death or serious physical injury to anyone.',
      value: { criteria: 'Imminent danger of death or serious physical injury', channel: null, requiredContent: [] },
      confidence: 'official',
      sources: [policy],
    },
    childSafety: null,
    international: {
      summary: 'Content needs a search warrant or the equivalent process of the applicable jurisdiction; requests about Irish-contracted customers go to Slack Technologies Limited.',
      value: { route: 'Search warrant or equivalent local process; international legal-process address for Irish-contracted customers', euEntity: 'Slack Technologies Limited (Ireland)' },
      confidence: 'official',
      sources: [policy, policyZh],
    },
    identifiers: null,
  },
});

import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const news = cite(SOURCES.twitchTransparencyNews, '2026-11-29');

export default defineProvider({
  id: 'twitch',
  name: 'Twitch',
  ownDomains: ['twitch.tv'],
  products: ['Twitch'],
  portalName: null,
  portal: {
    summary: 'No Twitch law-enforcement portal or request address was found; only a news report on its 2020 transparency report.',
    value: [],
    confidence: 'secondary',
    sources: [news],
  },
  exampleUrls: [],
  emailWords: ['twitch'],
  emailDomains: ['twitch.tv'],
  facts: {
    legalEntity: null,
    preservation: null,
    userNotification: null,
    emergency: {
      summary: 'As reported from its 2020 transparency report, Twitch itself sends user data to the police when it finds credible threats of violence.',
      value: { criteria: 'Credible threats of violence (Twitch refers them itself)', channel: null, requiredContent: [] },
      confidence: 'secondary',
      sources: [news],
    },
    childSafety: {
      summary: 'As reported from its 2020 transparency report, Twitch removes child exploitation and grooming content and reports it to NCMEC.',
      value: { asksForNcmecReportIds: null, note: 'Reports child exploitation to NCMEC (news report).' },
      confidence: 'secondary',
      sources: [news],
    },
    international: null,
    identifiers: null,
  },
});

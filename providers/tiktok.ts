import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guidelines = cite(SOURCES.tiktokGuidelines, '2026-11-24');

const guidelinesWithFaq = cite(SOURCES.tiktokGuidelinesWithFaq, '2026-11-24');

export default defineProvider({
  id: 'tiktok',
  name: 'TikTok',
  ownDomains: ['tiktok.com'],
  products: ['TikTok'],
  portalName: 'Law enforcement webform',
  portal: {
    summary:
      'TikTok takes data, preservation, extension and emergency requests only through its law-enforcement webform. Attach documents as PDF, in English or with a translation; requests through informal channels get no answer.',
    value: [{ host: 'www.tiktok.com', pathPrefix: '/legal/report/lawenforcementrequest' }],
    confidence: 'official',
    sources: [guidelines, guidelinesWithFaq],
  },
  exampleUrls: [
    'https://www.tiktok.com/legal/report/lawenforcementrequest',
    'https://www.tiktok.com/legal/report/lawenforcementrequest?lang=en',
    'https://www.tiktok.com/legal/report/lawenforcementrequest/submitted',
  ],
  urlPageKinds: [],
  emailWords: ['tiktok'],
  legal: {
    headquarters: null,
    euAddressee: {
      summary:
        'TikTok Technology Limited in Dublin serves users in the EEA and Switzerland.',
      value: { name: 'TikTok Technology Limited', country: 'IE', role: 'eu-entity' },
      confidence: 'official',
      sources: [guidelines, guidelinesWithFaq],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Address the TikTok entity that serves the user\'s location: one for the US, one for the UK, one for the EEA and Switzerland, and one for everywhere else.',
      value:
        'US: TikTok USDS Joint Venture LLC (Culver City, CA); UK: TikTok Information Technologies UK Limited (London); EEA and Switzerland: TikTok Technology Limited (Dublin); elsewhere: TikTok Pte. Ltd. (Singapore)',
      confidence: 'official',
      sources: [guidelines, guidelinesWithFaq],
    },
    preservation: {
      summary:
        'TikTok keeps the data for 90 days and may extend once by another 90 days on a formal extension request, but may refuse further extensions. Without legal process by then, the data may be deleted.',
      value: {
        days: 90,
        extensionDays: 90,
        extensionLeadDays: null,
        maxExtensions: 1,
        extensionHowTo: 'Send a formal extension request through the webform',
      },
      confidence: 'official',
      sources: [guidelines, guidelinesWithFaq],
    },
    userNotification: {
      summary:
        'Where the law requires it, TikTok tells users when it discloses their data. It relies on you to say clearly in the request if notice is prohibited or would cause harm.',
      value: {
        notifiesUser: true,
        exceptions: [
          'Notice is prohibited by law',
          'Notice would jeopardise the investigation',
          'Notice would put someone at risk of harm',
        ],
        howToPrevent: 'State clearly in the request that notice is prohibited, would jeopardise the investigation or would put someone at risk',
      },
      confidence: 'official',
      sources: [guidelines],
    },
    emergency: {
      summary:
        'TikTok discloses in an emergency when it believes in good faith that someone faces imminent harm or a risk of death or serious physical injury, for example child exploitation, a missing person, suicide or self-harm, threats of violence or terrorism, or a disaster. The request must come from a sworn officer through the webform.',
      value: {
        criteria:
          'Good-faith belief of an emergency involving imminent harm or risk of death or serious physical injury to a person, judged case by case',
        channel: 'Law enforcement webform, by a sworn officer from an official law-enforcement email domain',
        requiredContent: [],
      },
      confidence: 'official',
      sources: [guidelines, guidelinesWithFaq],
    },
    childSafety: {
      summary:
        'TikTok reports suspected child exploitation to NCMEC. If you follow up a CyberTipline report that TikTok made, give the Cybertip report number NCMEC assigned.',
      value: {
        asksForNcmecReportIds: true,
        note: 'When following up a TikTok CyberTipline report, include the NCMEC Cybertip report number.',
      },
      confidence: 'official',
      sources: [guidelinesWithFaq],
    },
    international: {
      summary:
        'Address the entity serving the user\'s location. If your country differs from that entity\'s, an MLAT request or letters rogatory may be needed; TikTok will tell you and point you to the central authority.',
      value: {
        route: 'Request to the local TikTok entity; MLAT or letters rogatory where the authority is in another country than that entity',
        euEntity: 'TikTok Technology Limited',
      },
      confidence: 'official',
      sources: [guidelines, guidelinesWithFaq],
    },
    identifiers: {
      summary:
        'Identify the account by user ID, username (with the account URL or a screenshot), phone number, email address or video ID. TikTok also asks for a screenshot of the account.',
      value: {
        accepted: ['TikTok user ID', 'Username (with account URL or screenshot)', 'Phone number', 'Email address', 'Video ID (with URL or screenshot)'],
      },
      confidence: 'official',
      sources: [guidelines, guidelinesWithFaq],
    },
  },
});

import type { Source } from './schema';

/** A cited page, once: every provider fact and every rule's docs refer to an entry here. */
export interface CatalogSource {
  readonly url: string;
  readonly title: string;
  /** `official`: the publisher's own page about itself, an archived copy of it, or statute text; `secondary`: a third party. */
  readonly kind: 'official' | 'secondary';
  readonly publisher?: string;
  /** The date the page itself states (its "last updated" date or archived version), when known. */
  readonly published: string | null;
}

/** A use of a catalogue entry: `checked` is the day QuickFreeze compared the fact with the page. */
export function cite(source: CatalogSource, checked: string): Source {
  return { url: source.url, title: source.title, kind: source.kind, checked, published: source.published };
}

/** Every page QuickFreeze cites. A test fails when a fact or a rule cites a URL that is not here, or differently. */
export const SOURCES = {
  // Statutes and standards
  usc2702: { url: 'https://www.law.cornell.edu/uscode/text/18/2702', title: '18 U.S.C. 2702(b)(8), (c)(4): emergency disclosure', kind: 'official', published: null },
  usc2703: { url: 'https://www.law.cornell.edu/uscode/text/18/2703', title: '18 U.S.C. 2703(f): preservation (LII copy of the US Code)', kind: 'official', published: null },
  usc2705: { url: 'https://www.law.cornell.edu/uscode/text/18/2705', title: '18 U.S.C. 2705(b): order not to notify', kind: 'official', published: null },
  usc2258a: { url: 'https://www.law.cornell.edu/uscode/text/18/2258A', title: '18 U.S.C. 2258A: reporting to NCMEC', kind: 'official', published: null },
  e164: { url: 'https://www.itu.int/rec/T-REC-E.164/en', title: 'ITU-T E.164 numbering plan', kind: 'official', published: null },
  // Airbnb
  airbnbPortalLaunch: {
    url: 'https://news.airbnb.com/airbnb-launches-new-law-enforcement-portal',
    title: 'Airbnb newsroom: Airbnb launches new law enforcement portal',
    kind: 'official',
    published: null,
  },
  airbnbHelpArticle: {
    url: 'https://www.airbnb.com/help/article/960/how-does-airbnb-respond-to-data-requests-from-law-enforcement?topic=262',
    title: 'Airbnb Help: how Airbnb responds to data requests from law enforcement',
    kind: 'official',
    published: null,
  },
  airbnbHelpArticleDe: {
    url: 'https://www.airbnb.de/help/article/960',
    title: 'Airbnb Help article 960 (German)',
    kind: 'official',
    published: null,
  },
  // Amazon
  amazonInformationRequests: {
    url: 'https://aws.amazon.com/compliance/amazon-information-requests/',
    title: 'Amazon Information Requests',
    kind: 'official',
    published: null,
  },
  // Apple
  appleUsGuidelines: {
    url: 'https://docslib.org/doc/338958/legal-process-guidelines-for-law-enforcement',
    title: 'Apple Legal Process Guidelines, United States (hosted copy)',
    kind: 'secondary',
    published: null,
  },
  appleNonUsGuidelines: {
    url: 'https://www.scribd.com/document/618568825/Law-Enforcement-Guidelines-Outside-Us',
    title: 'Apple Legal Process Guidelines, outside the United States (hosted copy)',
    kind: 'secondary',
    published: null,
  },
  applePortalGuide: {
    url: 'https://ministryofcyberaffairs.com/news/apple-law-enforcement-portal-police-data-request-guide-icloud-f68fad7c-50fc-4542-a435-ccab837940c6',
    title: 'Ministry of Cyber Affairs guide to the Apple law enforcement portal (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Binance
  binanceGuidelines: {
    url: 'https://www.binance.com/en/support/law-enforcement/guidelines',
    title: 'Binance government law enforcement guidelines',
    kind: 'official',
    published: null,
  },
  binanceLaunchNews: {
    url: 'https://getblock.net/en/news/binance-launches-assistance-system-for-government-agencies',
    title: 'GetBlock news: Binance launches request system for government agencies (third-party)',
    kind: 'secondary',
    published: '2022-08-25',
  },
  // Coinbase
  coinbaseLeGuide: {
    url: 'https://ministryofcyberaffairs.com/news/coinbase-law-enforcement-guide-how-police-request-data-lers-3d7d7ed9-a896-4d9d-9e31-0dd2a18d4ec3',
    title: 'Ministry of Cyber Affairs guide to Coinbase requests (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Discord
  discordSnowflakes: { url: 'https://discord.com/developers/docs/reference#snowflakes', title: 'Discord developer documentation: snowflakes', kind: 'official', published: null },
  discordLePage2024: {
    url: 'https://discord.com/safety/360044157931-working-with-law-enforcement',
    title: 'Discord: how Discord works with law enforcement',
    kind: 'official',
    published: '2024-02-16',
  },
  discordLePageOld: {
    url: 'https://discord.com/safety/360044157931-Working-with-law-enforcement',
    title: 'Discord: working with law enforcement (older version)',
    kind: 'official',
    published: null,
  },
  discordPortalGuide: {
    url: 'https://ministryofcyberaffairs.com/news/discord-law-enforcement-data-request-police-government-guide-a87dc4f8-bf33-4854-a666-72fc018de5b2',
    title: 'Ministry of Cyber Affairs guide to Discord requests (third-party)',
    kind: 'secondary',
    published: null,
  },
  discordPreservationFactCheck: {
    url: 'https://factually.co/fact-checks/technology/discord-preserve-restore-deleted-account-data-legal-processes-ab3f29',
    title: 'Factually: Discord preservation and legal process (third-party)',
    kind: 'secondary',
    published: null,
  },
  discordNoticeFactCheck: {
    url: 'https://factually.co/fact-checks/technology/discord-notifications-data-requests-law-enforcement-b6fa89',
    title: 'Factually: Discord user notification (third-party)',
    kind: 'secondary',
    published: '2026-01-13',
  },
  // Google
  googleRequestsPolicy: {
    url: 'https://policies.google.cn/terms/information-requests?gl=cn&hl=en',
    title: 'How Google handles government requests for user information',
    kind: 'official',
    published: null,
  },
  googleLersFaq: {
    url: 'https://support.google.com/transparencyreport/answer/9713961?hl=en',
    title: 'Google Transparency Report FAQ: requests for user information',
    kind: 'official',
    published: null,
  },
  googlePreservationFaq: {
    url: 'https://support.google.com/transparencyreport/answer/7380434?hl=en-GB',
    title: 'Google Transparency Report FAQ: user data requests',
    kind: 'official',
    published: null,
  },
  googleLersGuide: {
    url: 'https://ministryofcyberaffairs.com/news/google-lers-portal-police-government-data-request-guide-46679d06-1836-4d84-aac2-d7df99417e56',
    title: 'Ministry of Cyber Affairs guide to Google LERS (third-party)',
    kind: 'secondary',
    published: null,
  },
  googleGmailGuide: {
    url: 'https://ministryofcyberaffairs.com/news/google-gmail-law-enforcement-data-request-lers-police-government-guide-0e670b6c-29f3-4fc3-9f26-ba3fa559ec35',
    title: 'Ministry of Cyber Affairs guide to Google and Gmail requests (third-party)',
    kind: 'secondary',
    published: null,
  },
  googleEmergencyNews: {
    url: 'https://searchengineland.com/google-updates-transparency-reports-adds-preservation-requests-expands-emergency-disclosures-220936',
    title: 'Search Engine Land on Google emergency disclosure requests (third-party)',
    kind: 'secondary',
    published: null,
  },
  googleCaccSession: {
    url: 'https://eventscribe.net/2022/CACC/ajaxcalls/PresentationInfo.asp?PresentationID=1117046&efp=UUpETEtUR1IxNjYxMQ&rnd=9.940994E-02',
    title: 'Crimes Against Children Conference 2022: Google session on LERS',
    kind: 'secondary',
    published: null,
  },
  // Kik
  kikGuide2021: {
    url: 'https://www.scribd.com/document/704100652/Kik-Law-Enforcement-Guide-Final-2021',
    title: 'Kik Law Enforcement Guide 2021 (hosted copy)',
    kind: 'secondary',
    published: null,
  },
  // Kodex
  kodexProfile: {
    url: 'https://github.com/api-evangelist/kodex',
    title: 'API Evangelist profile of Kodex, app.kodexglobal.com (third-party)',
    kind: 'secondary',
    published: '2026-07-22',
  },
  // LinkedIn
  linkedinGuidelines2018: {
    url: 'https://www.manula.com/manuals/mcafee-institute/mcafee-learnings/1.2018/en/topic/linkedin-guidelines',
    title: 'LinkedIn law enforcement guidelines, 2018 (McAfee Institute copy)',
    kind: 'secondary',
    published: null,
  },
  linkedinPrivacyBlog2018: {
    url: 'https://cloudnine.com/ediscoverydaily/electronic-discovery/linkedin-has-privacy-and-law-enforcement-data-request-guidelines-too-social-tech-ediscovery/',
    title: 'eDiscovery Daily on LinkedIn privacy and law enforcement guidelines (third-party)',
    kind: 'secondary',
    published: null,
  },
  linkedinLeGuide: {
    url: 'https://ministryofcyberaffairs.com/news/linkedin-law-enforcement-data-request-police-government-guide-bec-employment-scams-51c886a7-12ed-463d-9895-6da03a0a4b12',
    title: 'Ministry of Cyber Affairs guide to LinkedIn requests (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Meta
  metaGuidelines: {
    url: 'https://github.com/OpenTermsArchive/contrib-versions/blob/main/Facebook/Law%20Enforcement%20Guidelines.md',
    title: 'Meta law enforcement guidelines',
    kind: 'official',
    published: null,
  },
  instagramUsernames: {
    url: 'https://qainsta.com/qa/view/how-should-a-username-look-on-instagram',
    title: 'Instagram username rules (third-party summary)',
    kind: 'secondary',
    published: null,
  },
  metaFacebookGuidelines: {
    url: 'https://github.com/OpenTermsArchive/pga-versions/blob/main/Facebook/Law%20Enforcement%20Guidelines.md',
    title: 'Meta law enforcement guidelines (Open Terms Archive copy)',
    kind: 'official',
    published: '2025-10-23',
  },
  metaInstagramGuidelines: {
    url: 'https://github.com/OpenTermsArchive/pga-versions/blob/main/Instagram/Law%20Enforcement%20Guidelines.md',
    title: 'Instagram law enforcement information (Open Terms Archive copy)',
    kind: 'official',
    published: '2026-07-27',
  },
  // Microsoft
  microsoftRequestsReport: {
    url: 'https://www.microsoft.com/en-us/about/corporate-responsibility/lerr',
    title: 'Microsoft Law Enforcement Requests Report and FAQ',
    kind: 'official',
    published: null,
  },
  microsoftPortalGuide: {
    url: 'https://ministryofcyberaffairs.com/news/microsoft-law-enforcement-data-request-police-government-guide-d307e259-8aab-4465-8fdb-39afb8b574a3',
    title: 'Ministry of Cyber Affairs guide to Microsoft requests (third-party)',
    kind: 'secondary',
    published: null,
  },
  microsoftAboutDfir: {
    url: 'https://aboutdfir.com/resources/preservation-letter-search-warrant-templates/microsoft/',
    title: 'AboutDFIR Microsoft preservation letter templates (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Pinterest
  pinterestLePageDa: {
    url: 'https://help.pinterest.com/da/law-enforcement',
    title: 'Pinterest law enforcement page (Danish)',
    kind: 'official',
    published: null,
  },
  pinterestGuidelines: {
    url: 'https://help.pinterest.com/en/articles/law-enforcement-guidelines',
    title: 'Pinterest law enforcement guidelines',
    kind: 'official',
    published: null,
  },
  pinterestTransparencyArchive: {
    url: 'https://pinterest.zendesk.com/hc/en-us/articles/217119537-Transparency-Report-Archive',
    title: 'Pinterest transparency report archive (2013-2014)',
    kind: 'official',
    published: null,
  },
  // Reddit
  redditTransparencyPost2015: {
    url: 'https://lr.in.psf.lt/r/announcements/comments/4cqyia/for_your_reading_pleasure_our_2015_transparency/d1l29zc/?context=3',
    title: 'Reddit 2015 transparency report announcement (mirror)',
    kind: 'secondary',
    published: '2016-03-31',
  },
  // Roblox
  robloxLeFaq: {
    url: 'https://en.help.roblox.com/hc/pt/articles/11219680442260-Perguntas-Frequentes-da-P%C3%A1gina-de-Ajuda-para-Autoridades-Legais',
    title: 'Roblox law enforcement help page FAQ (Portuguese)',
    kind: 'official',
    published: null,
  },
  // Snap
  snapGuide2023: {
    url: 'https://online.documentine.com/sprint-l-site-law-enforcement/1/snap-inc-law-enforcement-guide-storage-googleapis-com.html',
    title: 'Snap Inc. Law Enforcement Guide, August 2023 (hosted copy)',
    kind: 'secondary',
    published: '2023-08-15',
  },
  snapGuide2020: {
    url: 'https://www.pdfdrive.to/dl/snapchat-law-enforcement-guide',
    title: 'Snap Inc. Law Enforcement Guide, September 2020 (hosted copy)',
    kind: 'secondary',
    published: '2020-09-29',
  },
  snapSafetyPage: {
    url: 'https://www.snap.com/en-US/safety/safety-enforcement',
    title: 'Snap: information for law enforcement',
    kind: 'official',
    published: null,
  },
  snapSafetyPageNewer: {
    url: 'https://ayostore.id/mastah-kampret/kTMt92YuAXYuNnLzVWdsFmd6MHc0/safety/safety-enforcement?lang=en-US',
    title: 'Snap: information for law enforcement, newer version (proxied copy)',
    kind: 'secondary',
    published: null,
  },
  snapPageCopy: {
    url: 'https://maslak.wata.cc/?p=98498',
    title: 'Paraphrased copy of Snap law enforcement page (third-party)',
    kind: 'secondary',
    published: null,
  },
  // TikTok
  tiktokGuidelines: {
    url: 'https://github.com/OpenTermsArchive/pga-versions/blob/main/TikTok/Law%20Enforcement%20Guidelines.md',
    title: 'TikTok law enforcement guidelines (Open Terms Archive copy)',
    kind: 'official',
    published: '2026-07-13',
  },
  tiktokGuidelinesWithFaq: {
    url: 'https://github.com/OpenTermsArchive/contrib-versions/blob/main/TikTok/Law%20Enforcement%20Guidelines.md',
    title: 'TikTok law enforcement guidelines with FAQ (Open Terms Archive copy)',
    kind: 'official',
    published: '2026-01-22',
  },
  // Uber
  uberUsGuidelines: {
    url: 'https://uber.com/legal/data-requests/guidelines-for-law-enforcement-united-states/en-US',
    title: 'Uber guidelines for United States law enforcement',
    kind: 'official',
    published: null,
  },
  uberNonUsGuidelines: {
    url: 'https://uber.com/legal/data-requests/guidelines-for-law-enforcement-outside-the-united-states/en',
    title: 'Uber guidelines for law enforcement outside the United States',
    kind: 'official',
    published: null,
  },
  uberTransparency: {
    url: 'https://www.uber.com/ca/en/about/reports/transparency/law-enforcement/',
    title: 'Uber transparency report: law enforcement requests',
    kind: 'official',
    published: null,
  },
  uberLertGuide: {
    url: 'https://ministryofcyberaffairs.com/news/uber-law-enforcement-portal-lert-police-government-data-request-guide-8c5597db-14db-4bdf-879d-c56c2f7f97b2',
    title: 'Ministry of Cyber Affairs guide to Uber LERT (third-party)',
    kind: 'secondary',
    published: null,
  },
  // X
  xUsernames: {
    url: 'https://dotcadomains.blogspot.com/2012/01/twitters-other-character-limit.html',
    title: 'Twitter username limit (third-party summary)',
    kind: 'secondary',
    published: null,
  },
  xGuidelines: {
    url: 'https://github.com/OpenTermsArchive/pga-versions/blob/main/X/Law%20Enforcement%20Guidelines.md',
    title: 'X law enforcement guidelines (Open Terms Archive copy)',
    kind: 'official',
    published: '2026-08-13',
  },
  // Yahoo
  yahooTransparencyFaq: {
    url: 'https://www.yahooinc.com/transparency/about/faq-glossary.html',
    title: 'Yahoo transparency report FAQ',
    kind: 'official',
    published: null,
  },
  yahooOldComplianceGuide: {
    url: 'https://docplayer.net/577127-Compliance-guide-for-law-enforcement.html',
    title: 'Yahoo! Compliance Guide for Law Enforcement (old hosted copy)',
    kind: 'secondary',
    published: null,
  },
  // Zoom
  zoomLersAnnouncement: {
    url: 'https://zoomrising.com/new-zooms-law-enforcement-request-system/',
    title: 'Zoom blog: New Law Enforcement Request System (repost)',
    kind: 'secondary',
    published: '2022-08-04',
  },
  zoomLersAnnouncementEs: {
    url: 'https://www.zoom.com/es/blog/zoom-law-enforcement-request-system/',
    title: 'Zoom blog: Law Enforcement Request System (Spanish)',
    kind: 'official',
    published: null,
  },
  zoomGovernmentRequestsBlog: {
    url: 'https://www.zoom.com/en/blog/government-requests-and-data-protection/',
    title: 'Zoom blog: Government requests and data protection',
    kind: 'official',
    published: '2023-04-07',
  },
  zoomRequestsGuide: {
    url: 'https://explore.zoom.us/docs/vi-vn/government-requests-guide.html',
    title: 'Zoom Government Requests Guide (Vietnamese)',
    kind: 'official',
    published: null,
  },
  zoomRequestsFaq: {
    url: 'https://zoom.us/docs/en-us/government-requests-faq.html',
    title: 'Zoom government requests FAQ',
    kind: 'official',
    published: null,
  },
  // OKX
  okxGuide: {
    url: 'https://github.com/OpenTermsArchive/contrib-versions/blob/main/OKX/Law%20Enforcement%20Guidelines.md',
    title: 'OKX law enforcement request guide (Open Terms Archive copy)',
    kind: 'official',
    published: '2024-04-30',
  },
  // Providers added for issue 12 (checked 2026-11-29 against ../shared/research and stored copies of the pages)
  // WhatsApp
  whatsappGovernmentFaq: { url: 'https://faq.whatsapp.com/808280033839222/?locale=en_US', title: 'WhatsApp Help Center: about government requests for user data', kind: 'official', published: null },
  whatsappLeFaq: { url: 'https://faq.whatsapp.com/en/general/26000050', title: 'WhatsApp Help Center: information for law enforcement authorities (older address)', kind: 'official', published: null },
  mocaPlatformTable: {
    url: 'https://ministryofcyberaffairs.com/news/law-enforcement-data-requests-platform-by-platform-lers-guide-fbd1fdee-dcf1-4c58-968e-522599ce87e9',
    title: 'Ministry of Cyber Affairs: law enforcement data requests platform by platform (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Telegram
  telegramGuidelines: {
    url: 'https://github.com/OpenTermsArchive/contrib-versions/blob/main/Telegram/Law%20Enforcement%20Guidelines.md',
    title: 'Telegram DSA contact points and data-request FAQ (Open Terms Archive copy)',
    kind: 'official',
    published: '2025-03-25',
  },
  telegramPrivacyClause: { url: 'https://edit.tosdr.org/points/37329', title: 'ToS;DR point quoting Telegram privacy policy clause 8.3 (third-party)', kind: 'secondary', published: null },
  // Dropbox
  dropboxHandbook: {
    url: 'https://dl.dropboxusercontent.com/s/77fr4t57t9g8tbo/law_enforcement_handbook.html',
    title: 'Dropbox Law Enforcement Handbook',
    kind: 'official',
    published: null,
  },
  dropboxTransparency: { url: 'https://dropbox.com/transparency/reports', title: 'Dropbox transparency report', kind: 'official', published: null },
  // Lyft
  lyftLeRequests: { url: 'https://help.lyft.com/hc/en-us/articles/115012925607-Law-enforcement-requests', title: 'Lyft Help: law enforcement requests', kind: 'official', published: null },
  lyftLeRequestsCa: { url: 'https://help2.lyft.com/hc/en-ca/articles/115012925607-Law-enforcement-requests', title: 'Lyft Help (Canada): law enforcement requests', kind: 'official', published: null },
  // Cloudflare
  cloudflareTrustHub: { url: 'https://cloudflare.com/trust-hub/law-enforcement', title: 'Cloudflare Trust Hub: law enforcement', kind: 'official', published: null },
  cloudflareTransparency: { url: 'https://cloudflare.com/transparency/h2-2020', title: 'Cloudflare transparency report, second half of 2020', kind: 'official', published: null },
  // GitHub
  githubLegalGuidelines: {
    url: 'https://github.com/github/site-policy/blob/main/Policies/other-site-policies/guidelines-for-legal-requests-of-user-data.md',
    title: 'GitHub Guidelines for Legal Requests of User Data (site-policy source)',
    kind: 'official',
    published: '2026-03-02',
  },
  // Twitch
  twitchTransparencyNews: {
    url: 'https://deploy-preview-727--dexerto-com.netlify.app/entertainment/twitch-reveals-how-often-police-were-contacted-for-credible-threats-of-violence-in-2020-1525499',
    title: 'Dexerto: Twitch reveals how often police were contacted in 2020 (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Signal
  signalBlogCopy: {
    url: 'https://vuink.com/post/fvtany-d-dbet/blog/looking-back-as-the-world-moves-forward',
    title: 'Signal blog "Looking back as the world moves forward" (proxied copy)',
    kind: 'secondary',
    published: null,
  },
  signalSubpoena2021: {
    url: 'https://blog.malwarebytes.com/privacy-2/2021/04/signal-app-insists-its-so-private-it-cant-provide-subpoenaed-call-data/',
    title: 'Malwarebytes: Signal cannot provide subpoenaed call data (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Yubo
  yuboGuideFr: { url: 'https://yubo.live/fr/law-enforcement/guide-pour-les-forces-de-lordre', title: 'Yubo: guide pour les forces de l\'ordre', kind: 'official', published: '2025-03-03' },
  yuboGuideDe: { url: 'https://blogv2-prod.yubo.network/de/law-enforcement/leitfaden-zur-strafverfolgung', title: 'Yubo: Leitfaden zur Strafverfolgung', kind: 'official', published: '2025-03-03' },
  yuboGuideEn: { url: 'https://blogv2-prod.yubo.network/law-enforcement', title: 'Yubo law enforcement guide (older English version)', kind: 'official', published: null },
  // Slack
  slackDataRequests: { url: 'https://slack.com/intl/en-in//trust/data-requests', title: 'Slack: data request overview', kind: 'official', published: null },
  slackDataRequestPolicy: { url: 'https://api.slack.com/user-data-request-policy', title: 'Slack Data Request Policy', kind: 'official', published: '2019-10-07' },
  slackDataRequestPolicyZh: {
    url: 'https://slack.com/intl/zh-cn/trust/data-request/user-data-request-policy',
    title: 'Slack Data Request Policy (Chinese translation)',
    kind: 'official',
    published: '2025-01-01',
  },
  slackTransparency2021: { url: 'https://slack.com/intl/en-gb/trust/data-request/transparency-report', title: 'Slack transparency report for 2021', kind: 'official', published: '2022-06-02' },
  // Tumblr
  tumblrLegalGuidelines: { url: 'https://www.tumblr.com/docs/en/legal_guidelines', title: 'Tumblr Legal Guidelines', kind: 'official', published: null },
  automatticGlossary: { url: 'https://transparency.automattic.com/glossary/', title: 'Automattic transparency report glossary (Tumblr\'s parent company)', kind: 'official', published: null },
  // Proton
  protonLawEnforcement: { url: 'https://proton.me/legal/law-enforcement', title: 'Proton: Information for law enforcement', kind: 'official', published: null },
  protonTransparency: { url: 'https://proton.me/ca/blog/transparency-report', title: 'Proton transparency report (Proton VPN and Proton Mail)', kind: 'official', published: null },
  // PayPal
  paypalLawEnforcementIt: { url: 'https://www.paypal.com/it/webapps/mpp/law-enforcement', title: 'PayPal Italia: servizi per le forze dell\'ordine', kind: 'official', published: null },
  // Kick
  kickDmcaStrikes: { url: 'https://help.kick.com/en/articles/15302308-dmca-strike-system', title: 'Kick Help Center: DMCA Strike System', kind: 'official', published: null },
  kickDeveloperAgreementCopy: { url: 'https://scratch-kickdev.pages.dev/terms-and-conditions', title: 'Kick Developer Agreement (copy on a pages.dev host, third-party)', kind: 'secondary', published: null },
  // GMX
  gmxNetIdPrivacy: { url: 'https://agb-server.gmx.net/netid-datenschutz', title: 'GMX: Datenschutzbestimmungen von GMX für netID', kind: 'official', published: '2018-10-19' },
  gmxInterviewFunkschau: {
    url: 'https://www.connect-professional.de/office-kommunikation/hilfe-zum-selbstschutz.118467/seite-2.html',
    title: 'connect professional / funkschau: interview with GMX and WEB.DE on authority requests (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Kraken
  krakenAmlPolicy: { url: 'https://www.kraken.com/legal/aml', title: 'Kraken: AML Policy (Payward, Inc.)', kind: 'official', published: null },
  krakenTransparency2022Copy: {
    url: 'https://wikibit.vip/th/notice/bdetail/202302024194652157.html',
    title: 'Announcing the 2022 Kraken Transparency Report (copy on WikiBit, third-party)',
    kind: 'secondary',
    published: '2023-02-02',
  },
  krakenRequests2018News: {
    url: 'https://www.theblock.co/linked/6562/kraken-received-nearly-3-times-more-law-enforcement-requests-in-2018-than-in-2017',
    title: 'The Block: Kraken law enforcement requests tripled in 2018 (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Vinted
  vintedTermsLt: { url: 'https://www.vinted.lt/terms_and_conditions', title: 'Vinted: Bendrosios taisyklės (terms and conditions, Lithuanian)', kind: 'official', published: '2021-12-06' },
  // Revolut
  revolutHelpEntitiesIe: {
    url: 'https://help.revolut.com/en-IE/business/help/integrating-with-external-apps/revolut-business-api/question-using-revolut-business-api/',
    title: 'Revolut Help (Ireland): Revolut Business API article, with the Revolut companies named in its footer',
    kind: 'official',
    published: null,
  },
  // eBay
  ebayPoliceReportingIe: { url: 'https://pages.ebay.ie/safetycentre/lawEnforcementReporting.html', title: 'eBay Ireland Safety Centre: reporting fraud or stolen goods to the police', kind: 'official', published: null },
  ebayPoliceBlotter: { url: 'https://pages.ebay.com/securitycenter/Blotter.html', title: 'eBay Security Center: Police Blotter of the Global Law Enforcement Organization', kind: 'official', published: null },
  ebayUserAgreementCopy: { url: 'https://fr.scribd.com/document/227150488/EBay-User-Agreement', title: 'eBay User Agreement, older version (copy on Scribd, third-party)', kind: 'secondary', published: null },
  // Allegro
  allegroPrivacyPolicyPl: { url: 'https://allegro.pl/regulamin/pl/zalacznik-5', title: 'Allegro: Regulamin, Załącznik nr 5 – Polityka ochrony prywatności', kind: 'official', published: null },
  allegroPolecamTerms: { url: 'https://allegro.pl/regulaminy/regulamin-programu-allegro-polecam-VE2A45AbwF6', title: 'Allegro: Regulamin Programu „Allegro Polecam”', kind: 'official', published: null },
  allegroCrimeReportHelp: {
    url: 'https://allegro.pl/pomoc/dla-kupujacych/program-ochrony-kupujacych/jak-zlozyc-zawiadomienie-o-przestepstwie-AVm6XYDdmCa',
    title: 'Allegro Pomoc: Jak złożyć zawiadomienie o przestępstwie?',
    kind: 'official',
    published: null,
  },
  // OLX
  olxTermsPl: { url: 'https://pomoc.olx.pl/hc/pl/articles/360000828525-Zasady-korzystania-', title: 'OLX Pomoc: Regulamin serwisu OLX.pl', kind: 'official', published: null },
  olxBlogPromoTermsPl: { url: 'https://blog.olx.pl/2021/04/21/wygraj-gadzety-z-fanatyka/', title: 'OLX blog: Regulamin akcji „Wypożyczalnia OLX” (names the organiser, Grupa OLX sp. z o.o.)', kind: 'official', published: '2021-04-21' },
  // Bolt
  boltDriverPrivacyLt: { url: 'https://bolt.eu/en/legal/lt/privacy-for-drivers/', title: 'Bolt: Privacy and Data Protection Policy for Drivers (Lithuania)', kind: 'official', published: null },
  boltSupplierSecurityCode: { url: 'https://bolt.eu/en/security/supplier-requirements', title: 'Bolt: Information Security Code of Practice', kind: 'official', published: null },
  // Wallapop
  wallapopFraudPolicy: { url: 'https://about.wallapop.com/politica-de-actividades-fraudulentas-o-ilegales/', title: 'Wallapop: Política de Actividades Fraudulentas o Ilegales', kind: 'official', published: null },
  wallapopPrivacyCopy: { url: 'https://edit.tosdr.org/documents/4307', title: 'Wallapop Privacy Policy, older version (copy on ToS;DR, third-party)', kind: 'secondary', published: null },
  wallapopElPais2024: {
    url: 'https://elpais.com/economia/2024-01-17/wallapop-dispara-un-61-su-facturacion-en-2022-pero-multiplica-casi-por-cinco-sus-perdidas.html',
    title: 'El País: Wallapop dispara un 61% su facturación en 2022 (third-party)',
    kind: 'secondary',
    published: '2024-01-17',
  },
  // Marktplaats
  marktplaatsPrivacy: {
    url: 'https://www.marktplaats.nl/i/help/over-marktplaats/voorwaarden-en-privacybeleid/privacyverklaring/privacyverklaring.html',
    title: 'Marktplaats: Privacyverklaring',
    kind: 'official',
    published: '2024-02-12',
  },
  marktplaatsCourt2020: {
    url: 'https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RBAMS:2020:6976',
    title: 'Rechtbank Amsterdam, ECLI:NL:RBAMS:2020:6976, Food International v. Marktplaats B.V. (third-party)',
    kind: 'secondary',
    published: '2021-01-22',
  },
  // Blocket
  blocketPaketetTerms: { url: 'https://www.blocket.se/tjanster/blocketpaketet/villkor', title: 'Blocket: Villkor för Blocketpaketet', kind: 'official', published: null },
  // Subito
  subitoBusinessProcedures: {
    url: 'https://info.subito.it/policies/procedure-aziende.htm',
    title: 'Subito.it S.r.l.: contatti, sospensione o interruzione del servizio, reclami (utenti commerciali)',
    kind: 'official',
    published: null,
  },
  // Seznam
  seznamRegistrationTermsEn: {
    url: 'https://napoveda.seznam.cz/en/smluvni-podminky/podminky-registrace/',
    title: 'Seznam.cz: Terms and conditions for registration of users of services provided by Seznam.cz',
    kind: 'official',
    published: null,
  },
  // Bitvavo
  bitvavoTermsDe: { url: 'https://www.bitvavo.com/de/terms', title: 'Bitvavo: Nutzungsvereinbarung (user agreement, German)', kind: 'official', published: '2025-07-15' },
  bitvavoAmlHelp: { url: 'https://support.bitvavo.com/hc/en-us/articles/4405187032721', title: 'Bitvavo Help Centre: anti-money-laundering policy and transaction monitoring', kind: 'official', published: null },
  // Valve (Steam)
  steamPrivacyJa: { url: 'https://store.steampowered.com/privacy_agreement/japanese/', title: 'Steam: プライバシーポリシー (Valve privacy policy, Japanese)', kind: 'official', published: null },
  steamSubscriberAgreementRuCopy: { url: 'https://pastebin.com/5nU0vucG', title: 'Steam Subscriber Agreement, Russian (copy on Pastebin, third-party)', kind: 'secondary', published: '2023-08-02' },
  // Epic Games
  epicPrivacyPolicy: { url: 'https://legal.epicgames.com/epicgames/privacy-policy/preview', title: 'Epic Games Privacy Policy (last updated 28 November 2025)', kind: 'official', published: '2025-11-28' },
  epicReportingMisconduct: { url: 'https://safety.epicgames.com/en-US/policies/reporting-misconduct', title: 'Epic Games Safety: Reporting misconduct', kind: 'official', published: null },
  // PlayStation (Sony Interactive Entertainment)
  playstationTermsUs2019: { url: 'https://playstation.com/en-us/legal/terms-of-use-april-2019', title: 'PlayStation: Terms of Service and User Agreement (United States, 2019-04-01)', kind: 'official', published: '2019-04-01' },
  // Tinder (Match Group)
  tinderTermsUsCopy: { url: 'https://staging.urlscan.io/result/97ef9177-6b44-4909-8941-bdc9a0aaee15/content', title: 'Tinder Terms of Use, US, revised 28 February 2022 (copy in a urlscan.io scan, third-party)', kind: 'secondary', published: '2022-02-28' },
  tinderCopyrightTakedown: { url: 'https://www.help.tinder.com/hc/fil/articles/4403478789901-Copyright-Takedown-Requests', title: 'Tinder Help: Copyright Takedown Requests (Filipino)', kind: 'official', published: null },
  // Bumble
  bumbleLawEnforcementIt: { url: 'https://bumble.com/it/help/strafverfolgungsbehoerden', title: 'Bumble Help: how Bumble answers data requests from law enforcement (Italian)', kind: 'official', published: null },
  // Badoo
  badooPrivacyDe: { url: 'https://eu1.badoo.eu/de/privacy/', title: 'Badoo: Datenschutzrichtlinie (privacy policy, German)', kind: 'official', published: null },
  // Spotify
  spotifyTermsSe: { url: 'https://www.spotify.com/se/legal/end-user-agreement/', title: 'Spotify: Användningsvillkor (terms of use, Swedish)', kind: 'official', published: null },
  spotifyPrivacyXk: { url: 'https://www.spotify.com/xk-sr/legal/privacy-policy/', title: 'Spotify: Politika privatnosti (privacy policy, Serbian, in force from 5 December 2023)', kind: 'official', published: '2023-12-05' },
  // BeReal
  berealLawEnforcement: {
    url: 'https://help.bereal.com/hc/en-us/articles/10268418294429-Information-for-Law-Enforcement',
    title: 'BeReal Help: Information for Law Enforcement',
    kind: 'official',
    published: '2023-04-24',
  },
  berealLawEnforcementForm: {
    url: 'https://help.bereal.com/hc/en-us/requests/new?ticket_form_id=9867378603549&ticket_form=',
    title: 'BeReal Help: law enforcement request form',
    kind: 'official',
    published: null,
  },
  berealTerms: { url: 'https://bere.al/en/terms', title: 'BeReal: Terms of Service', kind: 'official', published: null },
  // Grab
  grabLersFaq: { url: 'https://lers.grab.com/id-ID/support/faq', title: 'Grab Law Enforcement Response System (LERS): FAQ', kind: 'official', published: null },
  grabPrivacyNoticeVn: { url: 'https://www.grab.com/vn/en/terms-policies/privacy-notice', title: 'Grab Privacy Notice (Vietnam, effective 15 October 2025)', kind: 'official', published: '2025-10-15' },
  // Shopee
  shopeeTermsSg: {
    url: 'https://help.shopee.sg/portal/4/article/187336-Shopee%20Terms%20of%20Service%20-%20All%20Markets',
    title: 'Shopee Help Centre (Singapore): Shopee Terms of Service - All Markets',
    kind: 'official',
    published: null,
  },
  // Naver
  naverPrivacyEn: { url: 'https://policy.naver.com/policy/privacy_en.html', title: 'NAVER Privacy Policy (English)', kind: 'official', published: null },
  naverSoc3Copy: { url: 'https://docslib.org/doc/490310/naver-corporation', title: 'NAVER Corporation SOC 3 report for BAND, 2019 (copy on docslib, third-party)', kind: 'secondary', published: null },
  naverTransparency2016News: {
    url: 'https://m.koreaherald.com/view.php?ud=20160804000771',
    title: 'The Korea Herald: Naver and Kakao transparency reports, first half of 2016 (third-party)',
    kind: 'secondary',
    published: '2016-08-04',
  },
  // LINE (LY Corporation)
  lycorpDisclosurePolicy: {
    url: 'https://www.lycorp.co.jp/en/privacy-security/announcement/009415',
    title: 'LY Corporation: Information Disclosure to Law Enforcement Agencies',
    kind: 'official',
    published: null,
  },
  lycorpTransparency2024h2: {
    url: 'https://www.lycorp.co.jp/en/privacy-security/privacy/transparency/reports/2024h2',
    title: 'LY Corporation transparency report: user information disclosure requests from law enforcement (second half of 2024)',
    kind: 'official',
    published: null,
  },
  lineGuidelines2022: { url: 'https://linecorp.com/en/security/article/291', title: 'LINE Corporation: Guidelines for Responding to Law Enforcement', kind: 'official', published: '2022-01-19' },
  // Kakao
  kakaoTransparency: { url: 'https://privacy.kakao.com/transparency?lang=en', title: 'Kakao Privacy: Transparency Report', kind: 'official', published: null },
  kakaoRdr2020: { url: 'https://rankingdigitalrights.org/index2020/companies/Kakao', title: 'Ranking Digital Rights 2020 Index: Kakao Corp. (third-party)', kind: 'secondary', published: null },
  // MEGA
  megaTransparency: { url: 'https://mega.io/ja/transparency', title: 'MEGA Transparency Report (period ending 31 December 2024)', kind: 'official', published: '2025-05-29' },
  megaTransparency2016: { url: 'https://blog.mega.io/mega-transparency-report', title: 'MEGA blog: MEGA Transparency Report 2016', kind: 'official', published: null },
  megaTakedownGuidanceCopy: {
    url: 'https://wonilvalve.com/index.php?q=https%3A%2F%2Fmega.io%2Fja%2Ftakedown',
    title: 'MEGA: Guidance on Requesting User Information or "Takedown" of User Data (copy through a web proxy, third-party)',
    kind: 'secondary',
    published: null,
  },
  // OVHcloud
  ovhUsLawEnforcementFaq: {
    url: 'https://us.ovhcloud.com/legal/faqs/legal-law-enforcement/',
    title: 'OVHcloud US: How do we handle law enforcement requests for customer data?',
    kind: 'official',
    published: null,
  },
  ovhAbuseTermsFr: { url: 'https://www.ovhcloud.com/fr-tn/abuse/terms-and-conditions', title: 'OVHcloud: Conditions d\'utilisation du formulaire abuse', kind: 'official', published: null },
  ovhCanadaOrderNews: { url: 'https://www.channelnews.fr/ovhcloud-pris-en-etau-entre-lois-canadienne-et-francaise-153354', title: 'ChannelNews: OVHcloud pris en étau entre lois canadienne et française (third-party)', kind: 'secondary', published: '2025-12-05' },
  // Legal instruments (legal/), checked 2026-11-30 against ../shared/research/legal.md and stored copies of the pages
  euRegulation20231543: {
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32023R1543',
    title: 'Regulation (EU) 2023/1543 on European Production and Preservation Orders (EUR-Lex)',
    kind: 'official',
    published: '2023-07-28',
  },
  euRegulationArt4Mirror: {
    url: 'https://fantasticsearch.net/law/eu/en?article=1&id=Rm0lZpsB1anJoctM1I2V',
    title: 'Regulation (EU) 2023/1543, Article 4: issuing authority (copy of the EUR-Lex text)',
    kind: 'secondary',
    published: null,
  },
  euRegulationArt10Mirror: {
    url: 'https://fantasticsearch.net/law/eu/en?article=1&id=WG0lZpsB1anJoctM1I2V',
    title: 'Regulation (EU) 2023/1543, Article 10: execution of an EPOC (copy of the EUR-Lex text)',
    kind: 'secondary',
    published: null,
  },
  euRegulationArt10De: { url: 'https://gesetze.legal/eu/vo_eu_2023_1543/10', title: 'Verordnung (EU) 2023/1543, Artikel 10 (German copy)', kind: 'secondary', published: null },
  euRegulationArt11Mirror: {
    url: 'https://fantasticsearch.net/law/eu/en?article=1&id=X20lZpsB1anJoctM1I2V',
    title: 'Regulation (EU) 2023/1543, Article 11: execution of an EPOC-PR (copy of the EUR-Lex text)',
    kind: 'secondary',
    published: null,
  },
  euRegulationArt3Mirror: {
    url: 'https://fantasticsearch.net/law/eu/en?article=1&id=Pm0lZpsB1anJoctM1I2V',
    title: 'Regulation (EU) 2023/1543, Article 3: definitions (copy of the EUR-Lex text)',
    kind: 'secondary',
    published: null,
  },
  euRegulationArt1Fra: {
    url: 'https://fra.europa.eu/mt/law-reference/regulation-eu-20231543-european-parliament-and-council-12-july-2023-european',
    title: 'EU Fundamental Rights Agency law reference: Regulation (EU) 2023/1543, Article 1',
    kind: 'secondary',
    published: null,
  },
  eEvidenceEmergencyValidation: { url: 'https://cld.bz/F36giRe/55', title: 'Publication on the e-Evidence Regulation: emergency orders and validation within 48 hours (third-party)', kind: 'secondary', published: null },
  birdEEvidence: { url: 'https://cm.twobirds.com/en/trending-topics/eu-e-evidence-package', title: 'Bird & Bird: the EU e-Evidence package (third-party)', kind: 'secondary', published: null },
  acompliEEvidence: { url: 'https://acompli.ie/news/e-evidence-regulation-august-2026/', title: 'Acompli: the e-Evidence Regulation from August 2026 (third-party)', kind: 'secondary', published: null },
  directive20231544Transposition: {
    url: 'https://digitalpolicyalert.org/event/31228-transposition-period-concludes-for-directive-eu-20231544-laying-down-harmonised-rules-on-the-designation-of-designated-establishments-and-the-appointment-of-legal-representatives-for-the-purpose-of-gathering-electronic-evidence-in-criminal-proceedin',
    title: 'Digital Policy Alert: transposition period of Directive (EU) 2023/1544 ends (third-party)',
    kind: 'secondary',
    published: null,
  },
  usc2703Harvard: { url: 'https://cyber.harvard.edu/privacy/18usc2701-2711.htm', title: '18 U.S.C. 2701-2711, Stored Communications Act (Berkman Center copy)', kind: 'secondary', published: null },
  dojBeyondBorders: { url: 'https://www.scribd.com/document/620416798/Obtaining-Data-Beyond-Borders', title: 'US DOJ training slides: obtaining data beyond borders (hosted copy)', kind: 'secondary', published: null },
  reportActPublicLaw: { url: 'https://www.govinfo.gov/link/plaw/118/public/59?link-type=html', title: 'Public Law 118-59, REPORT Act (GovInfo)', kind: 'official', published: '2024-05-07' },
  cloudActUkAgreement: {
    url: 'https://natlawreview.com/article/us-department-justice-announces-us-uk-cloud-act-agreement',
    title: 'National Law Review: US Department of Justice announces the US-UK CLOUD Act agreement (third-party)',
    kind: 'secondary',
    published: null,
  },
  cloudActAustraliaStatement: {
    url: 'https://markdreyfus.com/media/media-releases/joint-statement-by-us-attorney-general-merrick-b-garland-and-australia-attorney-general-mark-dreyfus-kc-mark-dreyfus-kc-mp/',
    title: 'Joint statement by the US and Australian Attorneys-General on the CLOUD Act agreement (copy on the Australian AG\'s site)',
    kind: 'secondary',
    published: null,
  },
  budapestArt29: {
    url: 'https://inview.nl/openCitation/iddcb76fc52723cca0e58e69684e906d60/convention-on-cybercrime-artikel-29',
    title: 'Convention on Cybercrime, Article 29: expedited preservation (copy of the treaty text)',
    kind: 'secondary',
    published: null,
  },
  budapest247Network: { url: 'https://www.coe.int/en/web/cybercrime/24/7-network-new', title: 'Council of Europe: the 24/7 Network of the Budapest Convention (Article 35)', kind: 'official', published: null },
  budapestChart2015: {
    url: 'https://www.coe.int/en/web/conventions/full-list/-/conventions/treaty/185/signatures?p_auth=igXbHmd5',
    title: 'Council of Europe: chart of signatures and ratifications of Treaty 185 (status 3 December 2015)',
    kind: 'official',
    published: '2015-12-03',
  },
  budapestParties2015: { url: 'https://www.cybercrimelaw.net/coe.html', title: 'Cybercrimelaw.net: Parties to the Convention on Cybercrime, September 2015 (third-party)', kind: 'secondary', published: null },
  budapestBrazilAccession: {
    url: 'https://www.coe.int/en/web/cybercrime/gallery-brazil-accedes-to-the-convention-on-cybercrime-and-six-states-sign-the-new-protocol-on-e-evidence',
    title: 'Council of Europe: Brazil accedes to the Convention on Cybercrime and six states sign the new Protocol',
    kind: 'official',
    published: null,
  },
  secondProtocolTreatyBank: { url: 'https://verdragenbank.overheid.nl/en/Treaty/Details/013833_p.html', title: 'Dutch treaty database: Second Additional Protocol to the Convention on Cybercrime (CETS 224), parties', kind: 'secondary', published: null },
  secondProtocolEucrim: { url: 'https://eucrim.eu/news/second-additional-protocol-to-cybercrime-convention', title: 'eucrim: Second Additional Protocol to the Cybercrime Convention (third-party)', kind: 'secondary', published: null },
  unodcMlaWriter: { url: 'https://www.unodc.org/mla/index.html', title: 'UNODC Mutual Legal Assistance Request Writer Tool', kind: 'secondary', published: null },
  tcyArticle31Template: { url: 'https://rm.coe.int/template-article31-mla-subscriber/1680a273d9', title: 'T-CY template: MLA request for subscriber information under Article 31', kind: 'official', published: '2018-07-09' },
  // Viber (Rakuten Viber)
  viberLawEnforcement: {
    url: 'https://www.viber.com/en/terms/information-for-law-enforcement-and-governmental-authorities/',
    title: 'Viber: Information for Law Enforcement and Governmental Authorities',
    kind: 'official',
    published: '2024-02-17',
  },
  viberTermsDe: { url: 'https://www.viber.com/de/terms/viber-terms-use/', title: 'Viber: Nutzungsbedingungen (terms of use, German)', kind: 'official', published: null },
  // WeChat (Tencent)
  wechatGovernmentRequestPolicy: { url: 'https://wechat.com/en/government_request_policy.html', title: 'WeChat: Government Request Policy', kind: 'official', published: '2021-08-19' },
  wechatHelpCenterPrivacy: { url: 'https://www.wechat.com/en/helpcenter_policy', title: 'WeChat Help Center Privacy Policy', kind: 'official', published: '2024-02-29' },
  wecomServiceAgreement: {
    url: 'https://work.weixin.qq.com/nl/service_agreement',
    title: 'WeCom Service Agreement (Tencent; names WeChat International Pte. Ltd. as the provider outside China and the EEA)',
    kind: 'official',
    published: '2022-01-26',
  },
  wechatLeGuide: {
    url: 'https://ministryofcyberaffairs.com/news/wechat-law-enforcement-data-request-police-government-guide-70bea66c-7b95-4776-8e85-eb998c130e7e',
    title: 'Ministry of Cyber Affairs guide to WeChat and Weixin data requests (third-party)',
    kind: 'secondary',
    published: null,
  },
  // VK (VKontakte)
  vkStandardPrivacyPolicy: {
    url: 'https://vk.link/alterkom12?act=terms',
    title: 'VK: standard privacy policy of a community operator on vk.link, naming the site administration',
    kind: 'official',
    published: null,
  },
  vkDevUserAgreementArchive: {
    url: 'https://webcf.waybackmachine.org/web/20221128185352/https://vk.com/dev/uterms',
    title: 'VK Developers: Standard User Agreement (Wayback Machine copy of 28 November 2022, on webcf.waybackmachine.org)',
    kind: 'secondary',
    published: '2022-11-28',
  },
  vkRequestsNews2018: {
    url: 'https://66.ru/news/internet/215855/?forceMobile=1',
    title: '66.ru: VKontakte publishes the list of data it gives the authorities without a court decision (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Yandex
  yandexTermsOfService: { url: 'https://yandex.com/legal/termsofservice/index.html', title: 'Yandex Terms of Service (effective 8 December 2020)', kind: 'official', published: '2020-12-08' },
  yandexDirectoryTerms: { url: 'https://yandex.com/legal/sprav_termsofuse/26082020/?lang=en', title: 'Yandex: Terms of Use of Yandex.Directory Service (version of 26 August 2020)', kind: 'official', published: null },
  yandexTransparencyReport: { url: 'https://yandex.com/company/privacy/transparencyreport', title: 'Yandex Transparency Report', kind: 'official', published: null },
  yandexRequestsNews2020: {
    url: 'https://www.oreanda-news.com/en/it_media/yandex-disclosed-the-number-of-requests-from-the-authorities-for-user-data/article1342511/',
    title: 'Oreanda-News: Yandex disclosed the number of requests from the authorities for user data (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Mail.ru (VK)
  mailruPrivacyEn: { url: 'https://help.mail.ru/engmail-help/privacy', title: 'Mail.Ru: General Privacy Policy of Mail.Ru Services (English)', kind: 'official', published: null },
  mailruAgentCopyrightEu: { url: 'https://help.mail.ru/legal/terms/agent/eu/copyright', title: 'Mail.ru Agent: Copyright Complaints Notice (EU)', kind: 'official', published: '2022-03-03' },
  mailruRdr2017: { url: 'https://rankingdigitalrights.org/index2017/companies/mailru', title: 'Ranking Digital Rights 2017 Corporate Accountability Index: Mail.Ru Group Limited (third-party)', kind: 'secondary', published: null },
  // Threema
  threemaTransparencyReport: { url: 'https://threema.com/en/transparency-report', title: 'Threema: Transparency Report', kind: 'official', published: null },
  threemaPrivacyDe: { url: 'https://threema.ch/de/privacy-policy', title: 'Threema: Datenschutzerklärung der Website (privacy policy, German)', kind: 'official', published: null },
  // Wire
  wirePrivacyDe: { url: 'https://wire.com/de/legal/privacy/embed/', title: 'Wire: Datenschutzrichtlinie (privacy policy, German)', kind: 'official', published: null },
  wireDataProcessingAddendum: { url: 'https://wire.com/en/data-processing-addendum', title: 'Wire: Processing Agreement under Article 28 GDPR', kind: 'official', published: '2025-03-12' },
  wireBlogAiPrivacy: {
    url: 'https://wire.com/en/blog/protecting-our-users-security-and-privacy-in-the-age-of-ai/',
    title: 'Wire blog: protecting our users\' security and privacy in the age of AI',
    kind: 'official',
    published: null,
  },
  // Tuta (formerly Tutanota)
  tutaTermsDe: { url: 'https://tuta.com/de/terms', title: 'Tuta: Allgemeine Geschäftsbedingungen der Tutao GmbH (terms, German, as of 23 February 2022)', kind: 'official', published: '2022-02-23' },
  tutaPrivacyDe: { url: 'https://tuta.com/de/privacy-policy', title: 'Tuta: Datenschutzerklärung der Tutao GmbH (privacy policy, German, as of 26 September 2022)', kind: 'official', published: '2022-09-26' },
  tutaTransparencyReportDe: { url: 'https://tuta.com/de/blog/transparency-report', title: 'Tuta: Transparenzbericht & Warrant Canary (transparency report, German)', kind: 'official', published: null },
  tutanotaRequestsPost2019: {
    url: 'https://tutanota.com/de/blog/posts/draft/',
    title: 'Tutanota blog: End-to-end encrypted data in Tutanota stays encrypted (how authorities\' requests are handled)',
    kind: 'official',
    published: '2019-11-13',
  },
  // Mercado Libre (Mercado Livre, Mercado Pago)
  mercadoPagoTermsAr: {
    url: 'https://mercadopago.com.ar/ayuda/terms-conditions_633',
    title: 'Mercado Pago: Terms and Conditions of Use (Argentina, in force from 1 October 2024)',
    kind: 'official',
    published: '2024-10-01',
  },
  mercadoPagoTermsMx: {
    url: 'https://www.mercadopago.com.mx/ayuda/terms-conditions_718',
    title: 'Mercado Pago: Terms and Conditions of Use (Mexico, in force from 6 May 2020)',
    kind: 'official',
    published: '2020-05-06',
  },
  mercadoLivreVendorCentralTerms: {
    url: 'https://centrodefornecedores.mercadolivre.com.br/ajuda/16598',
    title: 'Mercado Livre Vendor Central: Terms and Conditions (Brazil)',
    kind: 'official',
    published: null,
  },
  mercadoLibreTransparency2024News: {
    url: 'https://revistaeconomia.com/mercado-libre-refuerza-su-compromiso-con-la-transparencia-y-seguridad-en-el-ecosistema-digital',
    title: 'Revista Economía: Mercado Libre refuerza su compromiso con la transparencia (transparency report, first half of 2024; third-party)',
    kind: 'secondary',
    published: null,
  },
  mercadoLivreMpfRjCooperationNews: {
    url: 'https://www.diarioinduscom.com/mpfrj-ministerio-publico-federal-no-rio-de-janeiro-e-mercado-livre-assinam-termo-de-cooperacao-para-retirada-de-anuncios-irregulares/',
    title: 'Diário Induscom: MPF/RJ and Mercado Livre sign a cooperation agreement on irregular listings (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Nubank (Nu Pagamentos)
  nubankCommunityPrivacy: { url: 'https://comunidade.nubank.com.br/privacy', title: 'Nubank: Política de Privacidade da NuCommunity', kind: 'official', published: null },
  nubankDdaTerms: { url: 'https://nubank.com.br/contratos/dda', title: 'Nubank: Termos e condições do Débito Direto Autorizado (DDA)', kind: 'official', published: null },
  nubankPrivacy2020News: {
    url: 'https://tecnoblog.net/noticias/2020/06/01/nubank-muda-politica-de-privacidade-com-medida-contra-fraudes/',
    title: 'Tecnoblog: Nubank muda política de privacidade com medida contra fraudes (third-party)',
    kind: 'secondary',
    published: '2020-06-01',
  },
  // GCash (G-Xchange, Mynt)
  gcashTerms2021: { url: 'https://www.gcash.com/app/terms-and-conditions/20210910', title: 'GCash: Terms and Conditions (app version 20210910)', kind: 'official', published: null },
  gcashTermsDefinitions: {
    url: 'https://www.gcash.com/10005-2/terms-and-conditions/',
    title: 'GCash: Terms and Conditions, older version (definitions of GXI and Mynt)',
    kind: 'official',
    published: null,
  },
  gcashPrivacyNotice: { url: 'https://gcash.com/privacy-notice/english', title: 'GCash: Privacy Notice (English)', kind: 'official', published: null },
  gcashPrivacyNotice230426: {
    url: 'https://www.beta.gcash.com/privacy-notice/230426',
    title: 'GCash: G-Xchange, Inc. Data Privacy Notice (version 230426)',
    kind: 'official',
    published: null,
  },
  // Paytm (One97 Communications)
  paytmPolicies: { url: 'https://paytm.com/about-us/our-policies/', title: 'Paytm: Our Policies (Paytm Website and SSO-ID Terms & Conditions)', kind: 'official', published: null },
  paytmPrivacyOne97: {
    url: 'https://paytm.com/company/terms-and-conditions?company=one97&tab=privacy',
    title: 'Paytm: One97 Communications Limited privacy statement',
    kind: 'official',
    published: null,
  },
  // Mercari
  mercariGlobalPrivacy: { url: 'https://static.jp.mercari.com/en/global_privacy', title: 'Mercari: Global Privacy Policy', kind: 'official', published: null },
  mercariSafety: { url: 'https://about.mercari.com/en/csr/safety/', title: 'Mercari: Keeping customers safe (collaborating with authorities)', kind: 'official', published: null },
  mercariEuropeTerms: { url: 'https://www.mercari.com/uk/terms-and-conditions/', title: 'Mercari Europe Terms and Conditions (United Kingdom)', kind: 'official', published: null },
  // Garena (Sea: Free Fire)
  garenaPrivacyPt: { url: 'https://content.garena.com/legal/pp/pp_pt.html', title: 'Garena: Política de Privacidade (privacy policy, Portuguese)', kind: 'official', published: null },
  garenaFreeFireRelaunchNews: {
    url: 'https://www.medianama.com/2023/09/223-garena-free-fire-relaunch-india/',
    title: 'MediaNama: Garena Free Fire relaunches in India after 2022 ban (third-party)',
    kind: 'secondary',
    published: '2023-09-01',
  },
  garenaSingaporeCompanyNews: {
    url: 'https://indiatoday.in/technology/news/story/garena-free-fire-is-by-a-singapore-company-so-why-it-has-been-banned-along-with-chinese-apps-1913279-2022-02-15',
    title: 'India Today: Garena Free Fire is by a Singapore company, so why it has been banned (third-party)',
    kind: 'secondary',
    published: '2022-02-15',
  },
  // Ola (ANI Technologies)
  olaCorporateTerms: { url: 'https://corporate.olacabs.com/termsOfService.html', title: 'Ola Corporate: Terms and Conditions (last updated 4 July 2018)', kind: 'official', published: '2018-07-04' },
  olaPrivacyAu: { url: 'https://ola.com.au/privacy-policy/', title: 'Ola Privacy Policy for Australia (in force from 1 January 2022)', kind: 'official', published: '2022-01-01' },
  // Krafton (PUBG, BGMI)
  kraftonPrivacy: { url: 'https://krafton.com/en/privacy-policy/', title: 'KRAFTON: Privacy Policy (websites, revised 21 November 2023)', kind: 'official', published: '2023-11-21' },
  kraftonBgmiData2021News: {
    url: 'https://www.devdiscourse.com/article/technology/1623192-gaming-firm-krafton-says-will-protect-any-data-being-transferred-to-restricted-ip-addresses',
    title: 'Devdiscourse (PTI): Gaming firm Krafton says will protect any data being transferred to restricted IP addresses (third-party)',
    kind: 'secondary',
    published: '2021-06-22',
  },
  // ShareChat and Moj (Mohalla Tech)
  sharechatTermsMr: {
    url: 'https://help.sharechat.com/mr/policies/terms',
    title: 'ShareChat: वापरण्याच्या अटी (terms of use, Marathi, updated 31 August 2024)',
    kind: 'official',
    published: '2024-08-31',
  },
  mojTermsHi: { url: 'https://help.mojapp.in:443/hi/policies/terms', title: 'Moj: उपयोग की शर्तें (terms of use, Hindi, updated 15 December 2023)', kind: 'official', published: '2023-12-15' },
  sharechatTransparency2019: {
    url: 'https://help.sharechat.com/bn/transparency-report/2018-2019/',
    title: 'ShareChat: Transparency Report, June 2018 to June 2019',
    kind: 'official',
    published: null,
  },
  // Careem
  careemLimoProviderTerms: {
    url: 'https://blog.careem.com/posts/limo-provider-services-notice',
    title: 'Careem: Limo provider services terms and conditions (8 December 2023)',
    kind: 'official',
    published: '2023-12-08',
  },
  careemRidesLawEnforcementGuidelines: {
    url: 'https://www.uber.com/legal/sv/document/?country=austria&name=careem-rides-guidelines-for-law-enforcement-authorities',
    title: 'Uber Legal: Careem Rides Guidelines for Law Enforcement Authorities',
    kind: 'official',
    published: null,
  },
  // Heetch
  heetchPrivacyEn: { url: 'https://heetch.com/en/privacy', title: 'Heetch: Confidentiality (privacy charter, English)', kind: 'official', published: null },
  heetchParisStartupNews: {
    url: 'https://www.itespresso.fr/taxis-vtc-destin-heetch-mains-apple-google-123338.html',
    title: 'ITespresso: Taxis – VTC : le destin de Heetch dans les mains d’Apple et Google (third-party)',
    kind: 'secondary',
    published: null,
  },
  heetchConviction2017News: {
    url: 'https://www.lextimes.fr/jurisprudence/droit-penal/covoiturage/lourdement-condamnee-heetch-suspend-son-application',
    title: 'Lextimes: Covoiturage – lourdement condamnée, Heetch suspend son application (third-party)',
    kind: 'secondary',
    published: null,
  },
  // OnlyFans (Fenix International)
  onlyfansPrivacyCopy: {
    url: 'https://staging.urlscan.io/result/de351d89-e8cf-4dd4-ad5f-e0eca0e4023b/content',
    title: 'OnlyFans Privacy Policy, last updated 25 July 2023 (copy in a urlscan.io scan, third-party)',
    kind: 'secondary',
    published: '2023-07-25',
  },
  onlyfansOfcomBulletin: {
    url: 'https://ofcom.org.uk/about-ofcom/bulletins/enforcement-bulletin/open-cases/cw_01283',
    title: 'Ofcom enforcement bulletin: investigation into Fenix International Limited, provider of OnlyFans (third-party)',
    kind: 'secondary',
    published: '2025-03-26',
  },
  onlyfansAvnOfcom: {
    url: 'https://avn.com/business/articles/legal/ofcom-investigating-onlyfans-parent-company-for-av-compliance-930824.html',
    title: 'AVN: Ofcom investigating OnlyFans parent company for AV compliance (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Patreon
  patreonUserInfoRequests: {
    url: 'https://support.patreon.com/hc/en-us/articles/360032829791-How-do-I-submit-a-request-for-user-information-to-Patreon',
    title: 'Patreon Help: How do I submit a request for user information to Patreon?',
    kind: 'official',
    published: null,
  },
  patreonUserInfoRequestsDe: {
    url: 'https://support.patreon.com/hc/de-de/articles/360032829791-Richtlinien-f%C3%BCr-die-Anforderung-von-Nutzerinformationen-aus-Patreon',
    title: 'Patreon Help: Richtlinien für die Anforderung von Nutzerinformationen aus Patreon (guidelines for user-information requests, German)',
    kind: 'official',
    published: null,
  },
  patreonDpaAnnex: {
    url: 'https://support.patreon.com/hc/en-us/articles/46148437741069',
    title: 'Patreon Help: Data Processing Agreement (Creator Privacy Promise), Annex I: list of parties',
    kind: 'official',
    published: null,
  },
  // Aylo (formerly MindGeek: Pornhub)
  pornhubDsaTransparencyJune2024: {
    url: 'https://help.pornhub.com/hc/en-us/articles/30559230053651-EU-DSA-Transparency-Report-June-2024',
    title: 'Pornhub Help: EU DSA Transparency Report, June 2024 (Aylo Freesites Ltd)',
    kind: 'official',
    published: '2024-06-20',
  },
  pornhubDsaRiskReport2025Copy: {
    url: 'https://raw.githubusercontent.com/OpenTermsArchive/dsa-reports-versions/refs/heads/main/PornHub/Systemic%20Risks%20%E2%80%94%202025.md',
    title: 'Aylo Freesites Ltd: Pornhub.com DSA Article 34 risk assessment report, April 2025 (raw copy of an Open Terms Archive record)',
    kind: 'secondary',
    published: null,
  },
  ayloOhioAg10tv2023: {
    url: 'https://www.10tv.com/article/news/local/dave-yost-pornhub-parent-company-lawsuit/530-fc30304a-ec3a-4607-82f5-52c7d6b672df',
    title: '10TV: Ohio attorney general joins letter to Pornhub parent company Aylo (third-party)',
    kind: 'secondary',
    published: '2023-09-29',
  },
  // Grindr
  grindrPrivacyDe: {
    url: 'https://www.grindr.com/new-privacy-policy/de-DE.html',
    title: 'Grindr: Datenschutz- und Cookie-Richtlinie (privacy and cookie policy, German, in force from 6 July 2022)',
    kind: 'official',
    published: '2022-07-06',
  },
  grindrTermsId: { url: 'https://www.grindr.com/terms-of-service/id-id', title: 'Grindr: Syarat dan Ketentuan Layanan (terms and conditions of service, Indonesian)', kind: 'official', published: null },
  grindrColoradoSafety: {
    url: 'https://help.grindr.com/hc/en-us/articles/48690427853587-Colorado-Safety-Policy-Information',
    title: 'Grindr Help: Colorado Safety Policy Information',
    kind: 'official',
    published: null,
  },
  grindrLaBusinessJournal: { url: 'https://labusinessjournal.com/featured/grindr/', title: 'Los Angeles Business Journal: Grindr Seeks Dedicated Employees (third-party)', kind: 'secondary', published: null },
  // Hinge (Match Group)
  hingeTermsNo: { url: 'https://hinge.co/no-no/terms', title: 'Hinge: Bruksvilkåravtale (terms of use, Norwegian, in force from 14 January 2024)', kind: 'official', published: '2024-01-14' },
  hingePrivacySummary: {
    url: 'https://conductatlas.com/platform/hinge/hinge-privacy-policy/history/',
    title: 'ConductAtlas: summary of the Hinge Privacy Policy effective 24 November 2025 (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Jodel
  jodelTermsEn: { url: 'https://jodel.com/en/terms-of-use', title: 'Jodel: Terms of Use', kind: 'official', published: null },
  jodelPrivacyIos: { url: 'https://jodel.com/en/privacy-policy/privacy-policy-ios/', title: 'Jodel: Privacy Policy iOS', kind: 'official', published: null },
  jodelFazReport: {
    url: 'https://www.faz.net/aktuell/feuilleton/medien/anonymitaet-schuetzt-nicht-vor-strafverfolgung-14276376.html',
    title: 'FAZ: App „Jodel“ – Wer Straftaten ankündigt, bleibt nicht anonym (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Quora
  quoraLawEnforcementFr: {
    url: 'https://help.quora.com/hc/fr/articles/360000839523-Quora-partage-t-elle-les-informations-de-ses-utilisateurs-avec-les-forces-de-l-ordre-et-si-oui-dans-quelles-circonstances',
    title: 'Quora Help: Quora partage-t-elle les informations de ses utilisateurs avec les forces de l’ordre ? (French)',
    kind: 'official',
    published: null,
  },
  quoraLawEnforcementIt: {
    url: 'https://help.quora.com/hc/it/articles/360000839523-Quora-rivela-le-informazioni-dei-propri-utenti-alle-forze-dell-ordine-e-se-s%C3%AC-in-quali-circostanze',
    title: 'Quora Help: Quora rivela le informazioni dei propri utenti alle forze dell’ordine? (Italian)',
    kind: 'official',
    published: null,
  },
  quoraPrivacyCopy: { url: 'https://edit.tosdr.org/documents/200', title: 'Quora Privacy Policy, last updated 11 December 2020 (copy on ToS;DR, third-party)', kind: 'secondary', published: '2020-12-11' },
  // Nextdoor
  nextdoorMemberAgreementNl2019: {
    url: 'https://legal.nextdoor.com/nl-member-agreement-2019/',
    title: 'Nextdoor: Ledenovereenkomst (member agreement, Dutch, version of 20 May 2019)',
    kind: 'official',
    published: '2019-05-20',
  },
  nextdoorPrivacyGb: { url: 'https://legal.nextdoor.com/gb-privacy-policy/', title: 'Nextdoor: Privacy Policy (United Kingdom)', kind: 'official', published: null },
  // Bluesky (Bluesky Social, PBC)
  blueskyPrivacyPolicy2024: { url: 'https://blueskyweb.xyz/support/privacy-policy', title: 'Bluesky App Privacy Policy (last updated 5 February 2024)', kind: 'official', published: '2024-02-05' },
  blueskyPrivacySummary: {
    url: 'https://conductatlas.com/platform/bluesky/bluesky-privacy-policy/',
    title: 'ConductAtlas: summary of the Bluesky Social, PBC privacy policy (third-party)',
    kind: 'secondary',
    published: null,
  },
  blueskyTransparencyHeise: { url: 'https://heise.de/-11161323', title: 'heise online: Bluesky: First Transparency Report Shows Strong Growth and More Moderation (third-party)', kind: 'secondary', published: null },
  // Vimeo
  vimeoPrivacyCopy2022: {
    url: 'https://fs.cvhc.cc/poligraph/3626fdc67903254b53953b169fb2c67ca4581df2db866f0797bf7ea71105d67d.html',
    title: 'Vimeo Privacy Policy, last updated 17 October 2022 (copy in the PoliGraph corpus, third-party)',
    kind: 'secondary',
    published: '2022-10-17',
  },
  vimeoHelpPrivateVideosDe: {
    url: 'https://help.vimeo.com/hc/de/articles/12427651841681-Erlaubt-Vimeo-Dritten-das-%C3%9Cberpr%C3%BCfen-meiner-privaten-Videos-auf-Urheberrechtsverletzungen-hin',
    title: 'Vimeo Help: Erlaubt Vimeo Dritten das Überprüfen meiner privaten Videos auf Urheberrechtsverletzungen hin? (German)',
    kind: 'official',
    published: null,
  },
  // Mailfence (ContactOffice Group)
  mailfenceTermsNl: { url: 'https://mailfence.com/nl/gebruiksvoorwaarden.jsp', title: 'Mailfence: Gebruiksvoorwaarden (terms of use, Dutch)', kind: 'official', published: null },
  mailfencePrivacyDe: { url: 'https://mailfence.com/de/datenschutzrichtlinie.jsp', title: 'Mailfence: Datenschutzrichtlinie (privacy policy, German)', kind: 'official', published: null },
  mailfenceTransparencyReport: {
    url: 'https://blog.mailfence.com/transparency-report-and-warrant-canary/',
    title: 'Mailfence blog: Transparency Report and Warrant Canary',
    kind: 'official',
    published: null,
  },
  // Posteo
  posteoTermsDe: { url: 'https://posteo.de/site/agb', title: 'Posteo: Allgemeine Geschäftsbedingungen (terms, German)', kind: 'official', published: null },
  posteoPrivacyDe: { url: 'https://posteo.de/site/datenschutzerklaerung', title: 'Posteo: Datenschutzerklärung (privacy policy, German)', kind: 'official', published: null },
  posteoTransparencyReport: { url: 'https://posteo.de/en/site/transparency_report', title: 'Posteo: Transparency report', kind: 'official', published: null },
  posteoTransparency2016Post: {
    url: 'https://posteo.de/en/blog/transparency-report-requests-from-authorities-to-posteo-have-markedly-decreased',
    title: 'Posteo blog: Transparency report: Requests from authorities to Posteo have markedly decreased',
    kind: 'official',
    published: '2017-02-03',
  },
  // Zoho
  zohoIprComplaintsIn: { url: 'https://www.zoho.com/en-in/ipr-complaints.html', title: 'Zoho (India): IPR Complaints', kind: 'official', published: null },
  zohoAffiliateAgreement: {
    url: 'https://www.zoho.com/partners/partner-signup.html?primaryexpertise=WorkplaceEmailOfficeSuite',
    title: 'Zoho: Affiliate Program Agreement (contracting entity and choice of law by region)',
    kind: 'official',
    published: null,
  },
  // Fastmail
  fastmailTerms: { url: 'https://fastmail.com/policies/terms-of-service', title: 'Fastmail: Terms of Service', kind: 'official', published: '2025-02-03' },
  fastmailTransparencyReport: { url: 'https://www.fastmail.com/policies/transparency-report/', title: 'Fastmail: Data Transparency Report', kind: 'official', published: null },
  fastmailAccessBillSubmission: {
    url: 'https://www.fastmail.com/blog/accessbill-submission/',
    title: 'Fastmail blog: Submission regarding “The Assistance And Access Bill 2018”',
    kind: 'official',
    published: null,
  },
  // IONOS
  ionosPrivacyDeEn: { url: 'https://www.ionos.de/datenschutzerklaerung/en', title: 'IONOS (Germany): Privacy Notice for Website Visitors and Customers', kind: 'official', published: null },
  ionosAbusePolicy: { url: 'https://ionos.com/terms-gtc/domain/terms-abuse', title: 'IONOS: T&C, Abuse (abuse handling procedure)', kind: 'official', published: null },
  // Hetzner
  hetznerPrivacyNotice: { url: 'https://www.hetzner.com/privacy-policy-notice', title: 'Privacy Policy of Hetzner Online GmbH (direct communication)', kind: 'official', published: null },
  hetznerDsaInfo: { url: 'https://www.hetzner.com/legal/digital-services-act/', title: 'Hetzner: Digital Services Act information', kind: 'official', published: null },
  // DigitalOcean
  digitaloceanLawEnforcement: { url: 'https://www.digitalocean.com/legal/enforcement/', title: 'DigitalOcean: Law Enforcement Guidelines', kind: 'official', published: '2023-05-25' },
  digitaloceanHelpPrivacy: { url: 'https://www.digitalocean.com/help/privacy/', title: 'DigitalOcean Help: privacy and government requests for customer data', kind: 'official', published: null },
  digitaloceanTransparency: { url: 'https://digitalocean.com/legal/transparency', title: 'DigitalOcean: Transparency reports', kind: 'official', published: null },
  digitaloceanTermsContract: {
    url: 'https://www.digitalocean.com/legal/terms/contract/',
    title: 'DigitalOcean, LLC: General Terms and Conditions',
    kind: 'official',
    published: null,
  },
  digitaloceanDmcaPolicy: { url: 'https://www.digitalocean.com/legal/dmca-copyright-policy/', title: 'DigitalOcean: DMCA Copyright Policy', kind: 'official', published: '2019-12-20' },
  digitaloceanLeGuide: {
    url: 'https://ministryofcyberaffairs.com/news/digitalocean-law-enforcement-data-request-police-government-guide-dd6d13df-8653-45f8-a07b-42c0dd56e90e',
    title: 'Ministry of Cyber Affairs guide to DigitalOcean data requests (third-party)',
    kind: 'secondary',
    published: null,
  },
  // GoDaddy
  godaddySubpoenaPolicyZhSg: {
    url: 'https://godaddy.com/zh-sg/legal/agreements/subpoena-policy',
    title: 'GoDaddy: Subpoena Policy (Chinese, Singapore site)',
    kind: 'official',
    published: null,
  },
  godaddyUniversalTerms: {
    url: 'https://www.godaddy.com/agreements/showdoc?isc=SOCIALG2&pageid=HOSTING_SA',
    title: 'GoDaddy: Universal Terms of Service Agreement',
    kind: 'official',
    published: '2026-02-02',
  },
  godaddyWebsiteBuilderAgreement: {
    url: 'https://ae.godaddy.com/legal/agreements/website-builder-v7-service-agreement',
    title: 'GoDaddy: Website Builder v7 Service Agreement',
    kind: 'official',
    published: null,
  },
  godaddyNprdLawEnforcement: {
    url: 'https://tw.godaddy.com/help/law-enforcement-authority-request-for-non-public-registrant-data-41667?lc=en-US',
    title: 'GoDaddy Help: Law Enforcement Authority Request for Non-Public Registrant Data',
    kind: 'official',
    published: null,
  },
  // Namecheap
  namecheapPremiumDnsTerms: { url: 'https://namecheap.com/legal/premiumdns/premiumdns-tos/', title: 'Namecheap: PremiumDNS Terms of Service Agreement', kind: 'official', published: null },
  namecheapLegalAbuseKb: {
    url: 'https://www.namecheap.com/support/knowledgebase/article.aspx/10146/5/when-should-i-contact-the-namecheap-legal-and-abuse-department/',
    title: 'Namecheap Knowledgebase: When should I contact the Namecheap Legal and Abuse department?',
    kind: 'official',
    published: null,
  },
  // Verizon
  verizonTransparencyReports: { url: 'https://www.verizon.com/about/investors/transparency-report', title: 'Verizon: Transparency Reports, with frequently asked questions', kind: 'official', published: null },
  verizonTransparencyUs: { url: 'https://www.verizon.com/about/portal/transparency-report/us-report/', title: 'Verizon Transparency Report: United States report', kind: 'official', published: null },
  verizonHeadquartersRelease2005: {
    url: 'https://www.verizon.com/about/news/press-releases/verizon-relocates-corporate-headquarters-lower-manhattan',
    title: 'Verizon news release: Verizon relocates corporate headquarters to Lower Manhattan',
    kind: 'official',
    published: '2005-12-08',
  },
  verizon10k2015Copy: {
    url: 'https://capedge.com/filing/732712/0001193125-16-473367/10K-2015FY',
    title: 'Verizon Communications Inc.: Form 10-K for the fiscal year 2015 (copy on CapEdge, third-party)',
    kind: 'secondary',
    published: null,
  },
  // Comcast (Xfinity)
  comcastLawEnforcementGuidanceCopy: {
    url: 'https://docslib.org/doc/7651034/guidance-for-law-enforcement',
    title: 'Comcast: Guidance for Law Enforcement, updated 21 July 2020 (copy on docslib, third-party)',
    kind: 'secondary',
    published: '2020-07-21',
  },
  comcastFirstTransparencyReport: {
    url: 'https://corporate.comcast.com/comcast-voices/comcast-issues-first-transparency-report',
    title: 'Comcast Voices: Comcast issues first transparency report',
    kind: 'official',
    published: null,
  },
  comcastResidentialAgreementCopy: {
    url: 'https://www.paranoidpaul.com/compare.php?site=55&doc=203&view=929',
    title: 'Comcast: Agreement for Residential Services (Xfinity), revision history copy on ParanoidPaul (third-party)',
    kind: 'secondary',
    published: null,
  },
  comcastPhiladelphiaOpEd2015: {
    url: 'https://www.inquirer.com/philly/opinion/currents/20151112_New_agreement_for_Comcast__city.html',
    title: 'The Philadelphia Inquirer: David L. Cohen (Comcast) on a new franchise agreement for Comcast and the city (third-party)',
    kind: 'secondary',
    published: '2015-11-12',
  },
  // Vidéotron
  videotronTermsResidential: {
    url: 'https://videotron.com/en/support/legal/terms-conditions',
    title: 'Videotron: Communications Service Contracts, Part 2 – General Rules (Residential Customers)',
    kind: 'official',
    published: null,
  },
  videotronSecFiling2021: {
    url: 'https://www.sec.gov/Archives/edgar/data/890746/000110465922037551/R8.htm',
    title: 'Videotron Ltd.: filing for the year ended 31 December 2021, note on the corporation (SEC EDGAR, third-party host)',
    kind: 'secondary',
    published: null,
  },
  // bunq
  bunqPrivacyStatement: { url: 'https://bunq.com/documents/privacy', title: 'bunq: Privacy Statement', kind: 'official', published: null },
  // Tradera
  traderaShopTerms: { url: 'https://info.tradera.com/butiksavtal/', title: 'Tradera: Butiksavtal – särskilda villkor Butik (shop terms, Swedish)', kind: 'official', published: null },
  traderaPaymentTerms: {
    url: 'https://info.tradera.com/sakerhetscenter/betalningsvillkor/',
    title: 'Tradera: Villkor för Traderas betallösning, v 1.3 (payment terms, Swedish, October 2022)',
    kind: 'official',
    published: null,
  },
  traderaUserAgreement2014: {
    url: 'https://info.tradera.com/anvandaravtal-2014-2019/',
    title: 'Tradera: Användaravtal in force 1 May 2014 – 31 July 2019 (earlier user agreement, Swedish)',
    kind: 'official',
    published: '2014-05-01',
  },
  // FINN.no
  finnPartnerTerms: { url: 'https://www.finn.no/bedriftskunde/informasjon/annonseregler-for-finn-no/partnervilkar', title: 'FINN: Partnervilkår – generelle vilkår (partner terms, Norwegian)', kind: 'official', published: null },
  finnAdRules: { url: 'https://www.finn.no/bedriftskunde/informasjon/annonseregler-for-finn-no', title: 'FINN: Annonseregler for FINN.no (advertising rules, Norwegian)', kind: 'official', published: '2020-01-29' },
  // Jottacloud
  jottacloudTerms: { url: 'https://jottacloud.com/en/terms.html', title: 'Jottacloud: Terms & Conditions', kind: 'official', published: null },
  jottacloudTransparency: { url: 'https://jottacloud.com/en/transparency', title: 'Jottacloud: Transparency (warrants and warrant canary)', kind: 'official', published: '2015-09-15' },
  // Deliveroo
  deliverooTermsUk: { url: 'https://deliveroo.co.uk/legal', title: 'Deliveroo: Terms and Conditions of Service (UK)', kind: 'official', published: null },
  deliverooCareersPrivacy: { url: 'https://careers.deliveroo.co.uk/privacy-policy', title: 'Deliveroo Careers: Privacy policy', kind: 'official', published: null },
  deliverooPrivacyBe: { url: 'https://deliveroo.be/nl-be/privacy', title: 'Deliveroo: Privacybeleid (privacy policy, Belgium, Dutch)', kind: 'official', published: null },
  // UKR.NET
  ukrnetPrivacyAgreement: { url: 'https://www.ukr.net/terms/', title: 'UKR.NET: Угода про конфіденційність (privacy agreement, Ukrainian)', kind: 'official', published: null },
  // ABV.bg
  abvTerms: {
    url: 'https://img.abv.bg/e/s/r_gam.html?pos=pass&act=home',
    title: 'ABV.bg: Общи условия за ползване на услугите, достъпни през уебсайта ABV.bg (terms of use, Bulgarian)',
    kind: 'official',
    published: '2019-02-06',
  },
  // WhiteBIT
  whitebitTermsGe: { url: 'https://whitebit.ge/en/terms', title: 'WhiteBIT Georgia: User agreement', kind: 'official', published: null },
  whitebitTermsKz: { url: 'https://whitebit.kz/en/terms', title: 'WhiteBIT Kazakhstan: User agreement', kind: 'official', published: null },
  whitebitRussiaBlacklistNews: {
    url: 'https://bitcoinethereumnews.com/?p=2438981',
    title: 'Russian authorities blacklist crypto exchange WhiteBIT (news reprinted on bitcoinethereumnews.com, third-party)',
    kind: 'secondary',
    published: null,
  },
  // Cash App (Block, Inc.)
  cashappBlockLawEnforcement: {
    url: 'https://squareup.com/us/en/legal/gov',
    title: 'Block, Inc.: Law Enforcement and Other Government Agency Requests',
    kind: 'official',
    published: null,
  },
  cashappTermsUs: { url: 'https://cash.app/legal/us/en-us/cashappterms', title: 'Cash App Terms of Service (United States, last updated 6 July 2024)', kind: 'official', published: '2024-07-06' },
  cashappTermsIe: { url: 'https://cash.app/legal/ie/en-ie/tos', title: 'Additional Cash App Terms of Service (Ireland)', kind: 'official', published: '2021-06-07' },
  // Wise
  wiseCustomerAgreementBr: {
    url: 'https://wise.com/br/legal/terms-of-use-wise-pagamentos-en',
    title: 'Wise: Customer Agreement for Brazilian Residents (Wise Payments Ltd.)',
    kind: 'official',
    published: '2024-12-19',
  },
  wiseUkEntityHelp: {
    url: 'https://wise.com/help/articles/4IusAofIppsIGPcs7sEIXI/how-our-uk-entity-wise-payments-ltd-safeguards-customer-funds',
    title: 'Wise Help: How our UK entity, Wise Payments Ltd, safeguards customer funds',
    kind: 'official',
    published: null,
  },
  wiseEuEntityHelp: {
    url: 'https://wise.com/help/articles/50VrYRVwHcsYeKzvWbjf3n/how-our-eu-entity-wise-europe-sa-safeguards-customer-funds',
    title: 'Wise Help: How our EU entity, Wise Europe SA, safeguards customer funds',
    kind: 'official',
    published: null,
  },
  wiseEurAccountHelp: {
    url: 'https://wise.com/help/articles/2827505/how-do-i-use-my-eur-account-details',
    title: 'Wise Help: How do I use my EUR account details? (licensed in Belgium, BE IBAN)',
    kind: 'official',
    published: null,
  },
  wisePaymentPracticesGovUk: {
    url: 'https://check-payment-practices.service.gov.uk/report/104681',
    title: 'GOV.UK payment practices report: Wise Payments Limited, company number 07209813 (third-party)',
    kind: 'secondary',
    published: '2025-10-31',
  },
  wiseBrusselsOfficeRtl: {
    url: 'https://www.rtl.be/info/belgique/economie/brexit-transferwise-annonce-l-ouverture-d-un-bureau-a-bruxelles-1090459.aspx',
    title: 'RTL Info: Brexit, TransferWise annonce l\'ouverture d\'un bureau à Bruxelles (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Crypto.com
  cryptocomLawEnforcement: {
    url: 'https://help.crypto.com/en/articles/1360625-how-can-law-enforcement-agencies-get-in-touch-with-crypto-com',
    title: 'Crypto.com Help: How can Law Enforcement Agencies get in touch with Crypto.com?',
    kind: 'official',
    published: null,
  },
  cryptocomPrivacyNotice: { url: 'https://crypto.com/en/privacy.html', title: 'Crypto.com Global Privacy Notice (last updated 5 October 2023)', kind: 'official', published: '2023-10-05' },
  cryptocomComplaintsPolicy: { url: 'https://help.crypto.com/en/articles/11406910-complaints-handling-policy', title: 'Crypto.com Help: Complaints Handling Policy (Foris DAX MT Limited)', kind: 'official', published: null },
  cryptocomMaltaMicaNews: {
    url: 'https://latestnewscurrent.com/malta-the-small-island-nation-granting-big-exchanges-access-to-europe',
    title: 'Malta, the small island nation granting big exchanges access to Europe (news copy, third-party)',
    kind: 'secondary',
    published: null,
  },
  // Bybit
  bybitTermsHelp: { url: 'https://help.bybit.com/hc/ru/articles/360020645374-Terms-of-Service', title: 'Bybit Help Center: Terms of Service (Bybit Fintech Limited)', kind: 'official', published: null },
  bybitMt5Agreement: {
    url: 'https://bybit.com/en/help-center/article/User-Agreement-Bybit-Metatrader-5-MT5',
    title: 'Bybit: User Agreement for Bybit MetaTrader 5 (MT5)',
    kind: 'official',
    published: null,
  },
  bybitEuGeneralTerms: { url: 'https://www.bybit.eu/el-EU/help-center/article/General-Terms', title: 'Bybit EU: General Terms & Conditions (version 2, 12 September 2025)', kind: 'official', published: '2025-09-12' },
  esmaCaspRegisterCopy: {
    url: 'https://raw.githubusercontent.com/CASP-Tracker/mica-register-data/main/source/CASPS.csv',
    title: 'ESMA interim MiCA register of crypto-asset service providers (copy by CASP-Tracker on GitHub, third-party)',
    kind: 'secondary',
    published: null,
  },
  // KuCoin
  kucoinAssetsRecoveryAgreement: {
    url: 'https://www.kucoin.com/tr/announcement/en-assets-recovery-agreement',
    title: 'KuCoin: Assets Recovery Agreement (Peken Global Limited)',
    kind: 'official',
    published: '2025-02-26',
  },
  kucoinLawEnforcementGuidelinesCopy: {
    url: 'https://www.coincarp.com/zh-tw/exchange/announcement/kucoin-zh-hk-law-enforcement-request-guidelines',
    title: 'KuCoin law enforcement request guidelines, Traditional Chinese (copy on CoinCarp, third-party)',
    kind: 'secondary',
    published: null,
  },
  kucoinEuBanTrendingTopics: {
    url: 'https://www.trendingtopics.eu/kucoin-verbot-neukunden-geschaeft',
    title: 'Trending Topics: FMA stoppt Neugeschäft von KuCoin EU (third-party)',
    kind: 'secondary',
    published: null,
  },
  kucoinEuBanCointelegraph: {
    url: 'https://cointelegraph.com/news/austria-regulator-slaps-new-business-ban-kucoin-eu',
    title: 'Cointelegraph: Austria\'s regulator slaps new business ban on KuCoin EU (third-party)',
    kind: 'secondary',
    published: '2026-02-23',
  },
  // Gemini
  geminiBsaAmlPolicy: { url: 'https://gemini.com/bsa-aml-policy/', title: 'Gemini: BSA / AML Policy (Gemini Trust Company, LLC)', kind: 'official', published: '2016-12-01' },
  geminiEuCommercialPolicy: {
    url: 'https://www.gemini.com/legal/gieul-commercial-policy',
    title: 'Gemini Intergalactic EU, Ltd. Commercial Policy',
    kind: 'official',
    published: '2025-09-29',
  },
  geminiCftcDocketPacer: {
    url: 'https://pacermonitor.com/public/case/44762349/Commodity_Futures_Trading_Commission_v_Gemini_Trust_Company',
    title: 'PacerMonitor: CFTC v. Gemini Trust Company, S.D.N.Y. 1:22-cv-04563, docket (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Bitpanda
  bitpandaGroupTerms: {
    url: 'https://bitpanda.com/de/legal/bitpanda-group-general-terms-conditions',
    title: 'Bitpanda: Allgemeine Geschäftsbedingungen Bitpanda Gruppe (version 3.0.0, 7 May 2024)',
    kind: 'official',
    published: '2024-05-07',
  },
  // Skrill (Paysafe)
  skrillCryptocurrencyTerms: {
    url: 'https://www.skrill.com/en/footer/terms-conditions/skrill-cryptocurrency-terms-of-use/',
    title: 'Skrill Cryptocurrency Terms of Use (Skrill Limited)',
    kind: 'official',
    published: null,
  },
  skrillFcaRegulation: { url: 'https://www.skrill.com/en/siteinformation/fca-regulations/', title: 'Skrill: FCA regulations', kind: 'official', published: null },
  skrillAccountTermsEeaCopy: {
    url: 'https://scribd.com/document/643298506/Terms-of-Use-Skrill-pdf',
    title: 'Skrill Account Terms of Use, effective 18 August 2022 (copy on Scribd, third-party)',
    kind: 'secondary',
    published: '2022-08-18',
  },
  // N26
  n26Imprint: { url: 'https://n26.com/en-be/imprint', title: 'N26: Imprint (Belgium, English)', kind: 'official', published: null },
  // Monzo
  monzoPrivacyNotice: { url: 'https://www.monzo.com/legal/privacy-notice', title: 'Monzo: Privacy Notice (Monzo Bank Limited)', kind: 'official', published: null },
  monzoIeBusinessPrivacy: {
    url: 'https://monzo.com/ie/legal/business-account-privacy-notice/version-1-0',
    title: 'Monzo Ireland: Business Account Privacy Notice, version 1.0 (MBEU Designated Activity Company)',
    kind: 'official',
    published: null,
  },
  monzoIeAccountClosureHelp: {
    url: 'https://monzo.com/ie/help/keeping-your-account-secure/help-account-closure',
    title: 'Monzo Help (Ireland): Why we might need to block or close an account',
    kind: 'official',
    published: null,
  },
  monzoAnnualReport2020Copy: {
    url: 'https://docslib.org/doc/7289815/monzo-bank-ltd-annual-report-group-financial-statements-2020',
    title: 'Monzo Bank Ltd Annual Report & Group Financial Statements 2020 (copy on docslib, third-party)',
    kind: 'secondary',
    published: null,
  },
  // bol
  bolPartnerPrivacy: {
    url: 'https://partnerplatform.bol.com/en/sdp/privacy-statement-professional-partners-bol',
    title: 'bol Partnerplatform: Privacy statement for professional partners via bol (last modified 14 April 2026)',
    kind: 'official',
    published: '2026-04-14',
  },
  bolNoticeAndTakeDown: { url: 'https://www.bol.com/nl/nl/tc/notice-and-take-down-procedure/', title: 'bol.com: Notice and Take Down procedure (Dutch)', kind: 'official', published: null },
  // Kleinanzeigen
  kleinanzeigenPolicy: { url: 'https://themen.ebay-kleinanzeigen.de/policy/', title: 'Kleinanzeigen: Grundsätze (principles for ads and contacts)', kind: 'official', published: null },
  kleinanzeigenWikipediaDe: { url: 'https://de.wikipedia.org/wiki/EBay_Kleinanzeigen', title: 'Wikipedia (German): Kleinanzeigen (third-party)', kind: 'secondary', published: null },
  kleinanzeigenTeltarif2021: {
    url: 'https://www.teltarif.de/ebay-kleinanzeigen-kaeuferschutz/news/85494.html',
    title: 'teltarif.de: eBay Kleinanzeigen wird spätestens 2024 umbenannt (August 2021, third-party)',
    kind: 'secondary',
    published: null,
  },
  // Depop
  depopRequestsForInformation: {
    url: 'https://depophelp.zendesk.com/hc/en-gb/articles/17332905271441-Requests-for-Information-Policy',
    title: 'Depop Help Centre: Requests for Information Policy (effective 3 September 2023, last updated 4 January 2024)',
    kind: 'official',
    published: '2024-01-04',
  },
  depopPrivacyDe: {
    url: 'https://depophelp.zendesk.com/hc/en-gb/articles/4417872813073-Datenschutzrichtlinie-Privacy-Policy',
    title: 'Depop Help Centre: Datenschutzrichtlinie (privacy policy, German, updated 15 October 2021)',
    kind: 'official',
    published: '2021-10-15',
  },
  depopDsa: {
    url: 'https://depophelp.zendesk.com/hc/en-gb/articles/13057572688273-EU-Digital-Services-Act',
    title: 'Depop Help Centre: EU Digital Services Act (EU legal representative; last updated 12 December 2023)',
    kind: 'official',
    published: '2023-12-12',
  },
  depopEtsyWwd2021: {
    url: 'https://wwd.com/business-news/financial/etsy-acquires-depop-for-1-6-bn-1234833998/',
    title: 'WWD: Etsy acquires Depop for $1.6 billion (2 June 2021, third-party)',
    kind: 'secondary',
    published: '2021-06-02',
  },
  // Poshmark
  poshmarkCommunityGuidelines: { url: 'https://poshmark.com/community_guidelines', title: 'Poshmark: Community Guidelines', kind: 'official', published: null },
  poshmarkNftTerms: {
    url: 'https://blog.poshmark.com/official-terms-for-poshmark-10th-birthday-nfts/',
    title: 'Poshmark blog: Official Terms for Poshmark 10th Birthday NFTs (Poshmark, Inc.)',
    kind: 'official',
    published: null,
  },
  poshmarkSec10q2022: {
    url: 'https://www.sec.gov/Archives/edgar/data/1825480/000095017022024463/R8.htm',
    title: 'SEC EDGAR: Poshmark, Inc. quarterly report for the period ended 30 September 2022, note 1 (Organization)',
    kind: 'secondary',
    published: null,
  },
  poshmarkNaverKoreaTimes: {
    url: 'https://www.koreatimes.co.kr/www/tech/2022/10/133_337261.html',
    title: 'The Korea Times: Naver acquires Poshmark for $1.6 billion (October 2022, third-party)',
    kind: 'secondary',
    published: null,
  },
  poshmarkKolloLiquidation: {
    url: 'https://kollo.kr/appcontent?id=cN5ree',
    title: 'Kollo (Korean): Poshmark winds up its subsidiaries outside North America (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Ko-fi
  kofiLawEnforcementGuide: {
    url: 'https://help.ko-fi.com/hc/en-us/articles/22671531765405-Guide-for-Law-Enforcement-Requesting-User-Information-from-Ko-fi',
    title: 'Ko-fi Help: Guide for Law Enforcement: Requesting User Information from Ko-fi',
    kind: 'official',
    published: null,
  },
  kofiPrivacyCopy: {
    url: 'https://jurnal.jumanji.workers.dev/%20https://www.npmjs.com/package/ocr-https-more.ko-fi.com/privacy',
    title: 'Ko-fi Privacy Policy and Cookie Policy, effective 21 May 2026 (copy of more.ko-fi.com/privacy through a third-party proxy)',
    kind: 'secondary',
    published: '2026-05-21',
  },
  // leboncoin
  leboncoinCustomerServiceNotice: {
    url: 'https://assistance.leboncoin.info/hc/fr/p/notice_confidentialite',
    title: 'leboncoin Assistance: notice de confidentialité du service client (LBC France)',
    kind: 'official',
    published: null,
  },
  leboncoinLeParisien2018: {
    url: 'https://www.leparisien.fr/economie/business/plongee-dans-les-coulisses-du-bon-coin-13-05-2018-7713354.php',
    title: 'Le Parisien: Plongée dans les coulisses du Bon Coin (13 May 2018, third-party)',
    kind: 'secondary',
    published: '2018-05-13',
  },
  leboncoinAdevintaBoursorama2022: {
    url: 'https://www.boursorama.com/actualite-economique/actualites/malgre-une-sante-florissante-leboncoin-va-supprimer-110-postes-en-france-ba3418d6ee069f67f73086ce73b6a921',
    title: 'Boursorama (AFP): Leboncoin va supprimer 110 postes en France (February 2022, third-party)',
    kind: 'secondary',
    published: null,
  },
  // Booking.com
  bookingLawEnforcementDe: {
    url: 'https://secure.booking.com/content/law-enforcement.de.html',
    title: 'Booking.com: Richtlinien für Strafverfolgungsbehörden (law-enforcement guidelines, German version)',
    kind: 'official',
    published: null,
  },
  bookingTermsBg: {
    url: 'https://www.booking.com/content/terms.bg.html',
    title: 'Booking.com: Правила и условия (terms and conditions, Bulgarian version of 23 January 2017)',
    kind: 'official',
    published: '2017-01-23',
  },
  bookingTermsSv: {
    url: 'https://secure.booking.com/content/terms.sv.html',
    title: 'Booking.com: Resevillkor och -regler (travel terms, Swedish version of 19 October 2019)',
    kind: 'official',
    published: '2019-10-19',
  },
  // Etsy
  etsyHouseRulesBlog2015: {
    url: 'https://blog.etsy.com/news/2015/our-house-rules-important-updates-to-etsys-terms-policies/',
    title: 'Etsy News blog: Our House Rules, important updates to Etsy\'s terms and policies (2015)',
    kind: 'official',
    published: null,
  },
  etsyRequestsForInformationCopy: {
    url: 'https://www.mydearpoppet.com/legal/requests-for-information',
    title: 'Etsy Requests for Information Policy (copy of Etsy\'s page on a third-party site)',
    kind: 'secondary',
    published: null,
  },
  etsyShopPrivacyDaMerryDesign: {
    url: 'https://etsy.com/il-en/shop/DaMerryDesign',
    title: 'Etsy shop Da Merry Design: the seller\'s privacy policy, naming Etsy Ireland UC as the platform\'s operator (seller\'s text)',
    kind: 'secondary',
    published: null,
  },
  etsySecS1of2015: {
    url: 'https://www.sec.gov/Archives/edgar/data/1370637/000119312515077045/d806992ds1.htm',
    title: 'SEC EDGAR: Etsy, Inc. Form S-1 registration statement (4 March 2015)',
    kind: 'secondary',
    published: '2015-03-04',
  },
  // Nintendo
  nintendoNetinfoPrivacy: {
    url: 'https://nintendo.co.jp/netinfo/en_GB/privacy_policy.html',
    title: 'Nintendo Co., Ltd.: Contact and Website Privacy Policy (version 09.2022, EN-EU)',
    kind: 'official',
    published: null,
  },
  nintendoStorePrivacy: {
    url: 'https://store.nintendo.ie/en/_sites/nintendo.co.uk/privacy-and-cookies',
    title: 'My Nintendo Store: Privacy Policy (Nintendo of Europe SE)',
    kind: 'official',
    published: null,
  },
  nintendoAccountPrivacyArchiveToday: {
    url: 'https://archive.is/f5BFn',
    title: 'Nintendo Account Privacy Policy, version 11.2025 (EN-EU), archive.today copy of 12 November 2025',
    kind: 'secondary',
    published: null,
  },
  nintendoAccountAgreementArchiveToday: {
    url: 'https://archive.is/x1bFd',
    title: 'Nintendo Account User Agreement (effective 05/2025), archive.today copy of 9 May 2025',
    kind: 'secondary',
    published: null,
  },
  // Riot Games
  riotgamesEuLawEnforcementGuidelines: {
    url: 'https://support-leagueoflegends.riotgames.com/hc/en-us/articles/4402972589715-European-Law-Enforcement-Info-Request-Guidelines',
    title: 'League of Legends Support (Riot Games): European Law Enforcement Info Request Guidelines',
    kind: 'official',
    published: null,
  },
  riotgamesPrivacyNoticePl: {
    url: 'https://www.riotgames.com/pl/privacy-notice',
    title: 'Riot Games: Polityka prywatności (privacy notice, Polish version last modified 15 September 2023)',
    kind: 'official',
    published: '2023-09-15',
  },
  // Stripe
  stripeTowardsTransparency2012: {
    url: 'https://stripe.com/blog/towards-transparency',
    title: 'Stripe blog: Towards Transparency (Jon Zieger, 28 September 2012)',
    kind: 'official',
    published: '2012-09-28',
  },
  stripeStelTerms: {
    url: 'https://stripe.com/en-no/legal/stel',
    title: 'Stripe: Authorised Payment Services terms of Stripe Technology Europe, Limited (last updated 5 April 2019)',
    kind: 'official',
    published: '2019-04-05',
  },
  stripeSpcTermsArchive: {
    url: 'https://web.archive.org/web/20230306093457/https://stripe.com/fr-ca-hk/spc/legal',
    title: 'Stripe Payments Company Terms (last updated 10 November 2017), Wayback Machine copy of 6 March 2023',
    kind: 'official',
    published: '2017-11-10',
  },
  // Klarna
  klarnaPrivacyNoticeCopy: {
    url: 'https://ellestyleshop.com/en/pages/privacy-policy-klarna',
    title: 'Klarna privacy policy naming Klarna Bank AB (publ) (copy on a merchant\'s site)',
    kind: 'secondary',
    published: null,
  },
  klarnaPrivacyNoticeUkCopy: {
    url: 'https://www.seekheart.co.uk/da/pages/klarna-s-privacy-notice',
    title: 'Klarna\'s Privacy Notice, UK version (copy on a merchant\'s site)',
    kind: 'secondary',
    published: null,
  },
  // WeTransfer
  wetransferTerms2025: {
    url: 'https://datawords.wetransfer.com/explore/legal/terms',
    title: 'WeTransfer: Terms of Service (effective 15 July 2025)',
    kind: 'official',
    published: '2025-07-15',
  },
  wetransferSecurityPrivacyHelp: {
    url: 'https://wetransfer.com/help-center/security-privacy',
    title: 'WeTransfer Help Center: Security & Privacy',
    kind: 'official',
    published: null,
  },
  wetransferApiTermsCopy: {
    url: 'https://knowledgeload479.netlify.app/wetransfer.html',
    title: 'WeTransfer API Terms of Use (copy on a third-party site)',
    kind: 'secondary',
    published: null,
  },
  // Truecaller
  truecallerTermsSummaryEu: {
    url: 'https://www.truecaller.com/terms-of-service-summary-eu',
    title: 'Truecaller: Summary of Truecaller Terms of Service for the EEA, UK and Switzerland (last updated 1 July 2022)',
    kind: 'official',
    published: '2022-07-01',
  },
  truecallerPrivacyPolicy2018: {
    url: 'https://adsmanager.truecaller.com/legal-documents/2/show',
    title: 'Truecaller Privacy Policy, effective 25 May 2018 (Truecaller Ads Manager legal documents)',
    kind: 'official',
    published: '2018-05-25',
  },
  // BlaBlaCar
  blablacarPrivacyUk: {
    url: 'https://blog.blablacar.co.uk/about-us/privacy-policy',
    title: 'BlaBlaCar: Privacy and Data Protection Policy (UK, version applicable from 18 February 2025)',
    kind: 'official',
    published: '2025-02-18',
  },
  blablacarPrivacyCz: {
    url: 'https://www.blablacar.cz/o-nas/ochrana-osobnich-udaju',
    title: 'BlaBlaCar: Ochrana osobních údajů (privacy policy, Czech version naming Comuto SA, RCS Paris 491904546)',
    kind: 'official',
    published: null,
  },
  // t-online
  tonlineStroeerPrivacy: {
    url: 'https://www.stroeerdigitalpublishing.de/index.html%3Fp=2614.html',
    title: 'Ströer Digital Publishing: Hinweise zum Datenschutz auf t-online.de (privacy notice for the t-online.de portal)',
    kind: 'official',
    published: null,
  },
  tonlineTelekomMailAppPrivacy: {
    url: 'https://kommunikationsdienste.t-online.de/emma-android/externalpages/datenschutz.html',
    title: 'Telekom Mail App for Android: Datenschutzhinweis der Telekom Deutschland GmbH (served from t-online.de)',
    kind: 'official',
    published: null,
  },
  tonlinePswGroup2014: {
    url: 'https://www.psw-group.de/blog/kostenlose-e-mail-adresse-von-t-online-wie-ueberzeugend-ist-der-anbieter/1565',
    title: 'PSW Group blog: Kostenlose E-Mail-Adresse von T-Online – wie überzeugend ist der Anbieter? (30 September 2014, third-party)',
    kind: 'secondary',
    published: '2014-09-30',
  },
  // Free
  freeCgvHautDebit2008Copy: {
    url: 'https://docplayer.fr/2202116-Conditions-generales-de-vente-du-forfait-free-haut-debit-applicables-a-compter-du-01-06-2008.html',
    title: 'Free: Conditions générales de vente du forfait Free Haut Débit applicables à compter du 01/06/2008 (copy on docplayer.fr, third-party)',
    kind: 'secondary',
    published: '2008-06-01',
  },
  freeWikipediaArchive2016: {
    url: 'https://web.archive.org/web/20161005101138/https://fr.wikipedia.org/wiki/Free_(entreprise)',
    title: 'Wikipédia (French, archived 5 October 2016): Free (entreprise) (third-party)',
    kind: 'secondary',
    published: '2016-10-05',
  },
  freeWikipediaOldCopy: {
    url: 'https://www.wikipedie.ovh/articles/f/r/e/Free_%28soci%C3%A9t%C3%A9%29.html',
    title: 'Wikipédia (French, older copy on wikipedie.ovh): Free (société) (third-party)',
    kind: 'secondary',
    published: null,
  },
  freeMobileWikipedia: { url: 'https://fr.wikipedia.org/wiki/Free_Mobile', title: 'Wikipédia (French): Free mobile (third-party)', kind: 'secondary', published: null },
  freeIliadUrd2023Copy: {
    url: 'https://praquin.com/smartxhtml/iliad/deu/2023',
    title: 'iliad S.A.: Document d\'enregistrement universel 2023, filed 28 June 2024 (copy on praquin.com, third-party)',
    kind: 'secondary',
    published: '2024-06-28',
  },
  freeLemagitCnil2026: {
    url: 'https://www.lemagit.fr/actualites/366637318/Violation-de-donnees-Free-des-procedures-dauthentification-trop-fragiles',
    title: 'LeMagIT: Violation de données – Free, des procédures d\'authentification trop fragiles (CNIL fines on Free and Free Mobile, 14 January 2026, third-party)',
    kind: 'secondary',
    published: '2026-01-14',
  },
  freeFreenewsLqdn: {
    url: 'https://freenews.fr/free-mobile/donnees-personnelles-la-quadrature-du-net-saisit-la-cnil-contre-free-et-les-3-autres-operateurs/amp',
    title: 'Freenews: Données personnelles – La Quadrature du Net saisit la CNIL contre Free et les 3 autres opérateurs (third-party)',
    kind: 'secondary',
    published: null,
  },
  freeUniversfreeboxReportForm2022: {
    url: 'https://www.universfreebox.com/article/518668/le-saviez-vous-contenus-illicites-ou-problemes-de-securite-informatique-free-permet-de-le-contacter-assez-simplement',
    title: 'Univers Freebox: contenus illicites ou problèmes de sécurité informatique, Free permet de le contacter assez simplement (February 2022, third-party)',
    kind: 'secondary',
    published: null,
  },
  // Onet
  onetPocztaTerms: {
    url: 'https://poczta.onet.pl/pomoc/153/regulamin-kont-poczty-elektronicznej-onetpoczta.html',
    title: 'Onet Poczta: Regulamin kont poczty elektronicznej OnetPoczta (mail account terms)',
    kind: 'official',
    published: null,
  },
  onetPremiumTerms: {
    url: 'https://premium.onet.pl/regulamin',
    title: 'Onet Premium: Regulamin korzystania z pakietu płatnych treści RASP (paid-content terms, Ringier Axel Springer Polska)',
    kind: 'official',
    published: null,
  },
  onetPolicjaSupremeCourt2014: {
    url: 'https://isp.policja.pl/isp/aktualnosci/6145,Dostawcy-poczty-elektronicznej-moga-pobierac-oplaty-za-udostepnianie-danych.html',
    title: 'Polish Police (isp.policja.pl): Dostawcy poczty elektronicznej mogą pobierać opłaty za udostępnianie danych (1 October 2014, third-party)',
    kind: 'secondary',
    published: '2014-10-01',
  },
  // Interia
  interiaMailPrivacyNotice: {
    url: 'https://pomoc.poczta.interia.pl/news-informacje-dotyczace-przetwarzania-danych-osobowych,nId,6566187',
    title: 'Poczta Interia Help: Informacje dotyczące przetwarzania danych osobowych (information notice for mail account users)',
    kind: 'official',
    published: null,
  },
  interiaIntTerms: {
    url: 'https://help.int.pl/pomoc/news-regulamin-int-pl,nId,2264785',
    title: 'INT.pl Help: Regulamin świadczenia usług udostępniania kont pocztowych w domenie INT.PL (Interia.pl sp. z o.o.)',
    kind: 'official',
    published: null,
  },
  interiaPromo2019: {
    url: 'https://pomoc.poczta.interia.pl/news-regulamin-promocji-poczta-20-lat,nId,3279811',
    title: 'Poczta Interia Help: Regulamin promocji „Poczta 20 lat” (promotion of 18 October 2019, Grupa Interia.pl)',
    kind: 'official',
    published: null,
  },
  // Trade Me
  trademeTransparency2013: {
    url: 'https://trademe.co.nz/c/trust-safety/news/trade-me-transparency-report-july-2013',
    title: 'Trade Me Trust & Safety: Transparency Report 2013 (31 July 2013)',
    kind: 'official',
    published: '2013-07-31',
  },
  trademeTransparency2014: {
    url: 'https://www.trademe.co.nz/c/trust-safety/news/transparency-report-2014',
    title: 'Trade Me Trust & Safety: Transparency Report 2014 (5 August 2014)',
    kind: 'official',
    published: '2014-08-05',
  },
  trademeTransparency2015: {
    url: 'https://www.trademe.co.nz/c/trust-safety/news/trade-me-s-2015-transparency-report',
    title: 'Trade Me Trust & Safety: Transparency Report 2015 (4 August 2015)',
    kind: 'official',
    published: '2015-08-04',
  },
  trademeTransparency2019: {
    url: 'https://secure.trademe.co.nz/c/trust-safety/news/transparency-report-2019',
    title: 'Trade Me Trust & Safety: Transparency Report 2019 (1 December 2020)',
    kind: 'official',
    published: '2020-12-01',
  },
  // Gumtree
  gumtreeUkDataHandling: {
    url: 'https://www.gumtree.com/info/safety/p/trust-safety/protecting-users/how-we-handle-and-protect-your-data/',
    title: 'Gumtree UK Trust & Safety: How we handle and protect your data',
    kind: 'official',
    published: null,
  },
  gumtreeUkPromoTerms2017: {
    url: 'https://blog.gumtree.com/clearoutcashin-free-bump-up-campaign-terms-conditions/',
    title: 'The Gumtree Blog: #ClearOutCashIn Free bump-up Campaign Terms & Conditions (9 November 2017)',
    kind: 'official',
    published: '2017-11-09',
  },
  gumtreeUkAccounts2023: {
    url: 'https://download.companieshouse.gov.uk/Accounts_Bulk_Data-2024-10-09.zip',
    title: 'Companies House accounts bulk data of 9 October 2024: Gumtree.com Limited (03934849), annual report for 2023 (third-party)',
    kind: 'secondary',
    published: '2024-10-09',
  },
  gumtreeAuPrivacy: {
    url: 'https://help.gumtree.com.au/articles/en_US/KB_Article/Gumtree-Privacy-Policy-AU/?l=en_US&c=PKB%3ASafety&fs=RelatedArticle',
    title: 'Gumtree Australia Help: Gumtree Privacy Policy (User Privacy Notice, effective 19 November 2021)',
    kind: 'official',
    published: '2021-11-19',
  },
  gumtreeAuDefrauded: {
    url: 'https://help.gumtree.com.au/AU/articles/en_US/KB_Article/What-do-I-do-if-I-have-been-defrauded-AU?vgroup1=PKB&c=PKB%3ASafety&vcategory2=Reporting_Ads_and_Replies&s=',
    title: 'Gumtree Australia Help: What do I do if I have been defrauded?',
    kind: 'official',
    published: null,
  },
  // sahibinden.com
  sahibindenCompetitionDecision2018: {
    url: 'https://fullegal.com/panel/karar-arama/rekabet-kurumu-karar-sayi-18-36584-285-2914807',
    title: 'Fullegal: Rekabet Kurulu decision 18-36/584-285 of 1 October 2018 on Sahibinden Bilgi Teknolojileri Paz. ve Tic. A.Ş. (copy of the Turkish Competition Board decision, third-party)',
    kind: 'secondary',
    published: '2018-10-01',
  },
  sahibindenTimeturk: {
    url: 'https://www.timeturk.com/ekonomi/sahibinden-com-nedir-sahibinden-com-dan-nasil-ilan-verilir/haber-1693447',
    title: 'TimeTürk: Sahibinden.com nedir? Sahibinden.com\'dan nasıl ilan verilir? (third-party)',
    kind: 'secondary',
    published: null,
  },
  // Rappi
  rappiMexicoPrivacy: {
    url: 'https://legal.rappi.com/mexico/aviso-de-privacidad-usuarios/',
    title: 'Rappi legal (Mexico): Aviso de Privacidad – Usuarios (users\' privacy notice)',
    kind: 'official',
    published: null,
  },
  rappiColombiaGrowthTerms: {
    url: 'https://promos.rappi.com/rappi-growth',
    title: 'Rappi (Colombia): Términos y condiciones adquisición posición en el Index dentro de la Plataforma Rappi (Rappi S.A.S.)',
    kind: 'official',
    published: null,
  },
  rappiPeruTerms: {
    url: 'https://legal.rappi.com/peru/terminos-y-condiciones-rappi/',
    title: 'Rappi legal (Peru): Términos & Condiciones (Rappi S.A.C.)',
    kind: 'official',
    published: null,
  },
  // Skroutz
  skroutzPlusTerms: {
    url: 'https://www.skroutz.gr/plus/terms',
    title: 'Skroutz: Όροι χρήσης Skroutz Plus (Skroutz Plus terms, ΣΚΡΟΥΤΖ Α.Ε.)',
    kind: 'official',
    published: null,
  },
  skroutzCyMerchantTerms: {
    url: 'https://merchants.skroutz.cy/merchants/terms',
    title: 'Skroutz Merchants (Cyprus): Σύμβαση Παροχής Υπηρεσιών στο Διαδίκτυο (merchant service agreement)',
    kind: 'official',
    published: null,
  },
} as const satisfies Record<string, CatalogSource>;

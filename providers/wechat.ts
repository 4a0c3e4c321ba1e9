import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const policy = cite(SOURCES.wechatGovernmentRequestPolicy, '2026-12-05');

const helpCenter = cite(SOURCES.wechatHelpCenterPrivacy, '2026-12-05');

const wecom = cite(SOURCES.wecomServiceAgreement, '2026-12-05');

const guide = cite(SOURCES.wechatLeGuide, '2026-12-05');

export default defineProvider({
  id: 'wechat',
  name: 'WeChat',
  ownDomains: ['wechat.com', 'weixin.qq.com'],
  products: ['WeChat', 'Weixin'],
  portalName: null,
  portal: {
    summary:
      'No WeChat law-enforcement portal or request address was found. WeChat\'s government request policy (last updated 19 August 2021) says it acts on requests when legally required to and that it does not keep all user information and content, which may be deleted, de-personalised or changed over time.',
    value: [],
    confidence: 'official',
    sources: [policy],
  },
  exampleUrls: [],
  // Not qq.com: Tencent's QQ mail gives users addresses there.
  emailWords: ['wechat', 'weixin'],
  emailDomains: ['wechat.com'],
  legal: {
    headquarters: {
      summary:
        'A third-party guide for investigators says international WeChat accounts are handled by WeChat International Pte. Ltd. in Singapore; Tencent\'s WeCom agreement gives that company\'s address in Singapore.',
      value: 'SG',
      confidence: 'secondary',
      sources: [guide, wecom],
    },
    // The Help Center privacy policy names a Dutch Tencent company for EEA users of the Help Center only; no source
    // names an EU company for WeChat itself.
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'WeChat\'s Help Center privacy policy names WeChat International Pte. Ltd. as controller for users outside the EEA, the UK, Switzerland and mainland China (Tencent International Service Europe B.V. for the EEA, UK and Switzerland); Tencent\'s WeCom agreement gives its Singapore address and entity number 201314066Z. A third-party guide says mainland accounts (Weixin) are run by a Shenzhen company instead.',
      value: 'WeChat International Pte. Ltd. (201314066Z), 10 Anson Road, #21-07 International Plaza, Singapore 079903',
      confidence: 'official',
      sources: [helpCenter, wecom, guide],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'A third-party guide says WeChat International takes law-enforcement requests about accounts outside mainland China but cannot help with Weixin accounts, whose data is kept in China, where the law bars handing it to foreign authorities without the approval of Chinese authorities.',
      value: { route: 'Legal process to WeChat International Pte. Ltd. (Singapore) for accounts outside mainland China; none for Weixin accounts', euEntity: null },
      confidence: 'secondary',
      sources: [guide],
    },
    identifiers: null,
  },
});

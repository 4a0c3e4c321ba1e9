import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const transparency = cite(SOURCES.kakaoTransparency, '2026-12-02');

const rdr = cite(SOURCES.kakaoRdr2020, '2026-12-02');

export default defineProvider({
  id: 'kakao',
  name: 'Kakao',
  ownDomains: ['kakaocorp.com', 'kakao.com'],
  products: ['KakaoTalk'],
  portalName: null,
  portal: {
    summary:
      'No Kakao law-enforcement portal was found. Its transparency report says it gives no subscriber "communication data" (name, resident number, address, phone number, ID, sign-up dates) on a non-warrant request under the Telecommunications Business Act.',
    value: [],
    confidence: 'secondary',
    sources: [transparency],
  },
  exampleUrls: [],
  emailWords: ['kakao', 'kakaocorp', 'kakaotalk'],
  // Not daum.net: Kakao runs Daum mail, whose addresses are users'.
  emailDomains: ['kakaocorp.com', 'kakao.com'],
  legal: {
    headquarters: {
      summary: 'Ranking Digital Rights describes Kakao Corp. as headquartered in South Korea.',
      value: 'KR',
      confidence: 'secondary',
      sources: [rdr],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'KakaoTalk is run by Kakao Corp., a South Korean company (as named by Ranking Digital Rights).',
      value: 'Kakao Corp. (South Korea)',
      confidence: 'secondary',
      sources: [rdr],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});

import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const communityPrivacy = cite(SOURCES.nubankCommunityPrivacy, '2026-12-05');

const ddaTerms = cite(SOURCES.nubankDdaTerms, '2026-12-05');

const privacy2020 = cite(SOURCES.nubankPrivacy2020News, '2026-12-05');

export default defineProvider({
  id: 'nubank',
  name: 'Nubank',
  ownDomains: ['nubank.com.br'],
  products: ['Nubank', 'NuConta', 'NuPay'],
  portalName: null,
  portal: {
    summary:
      'No Nubank law-enforcement portal or request address was found. A press report on Nubank\'s 2020 privacy-policy update says it lets Nubank share a customer\'s personal and financial data with police authorities and with institutions authorised by the Brazilian central bank when fraud is suspected.',
    value: [],
    confidence: 'secondary',
    sources: [privacy2020],
  },
  exampleUrls: [],
  emailWords: ['nubank', 'Nu Pagamentos', 'NuPay'],
  emailDomains: ['nubank.com.br'],
  legal: {
    headquarters: {
      summary: 'Nu Pagamentos S.A., the company behind Nubank, has its seat in São Paulo, Brazil.',
      value: 'BR',
      confidence: 'official',
      sources: [communityPrivacy],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Nubank\'s DDA terms call Nu Pagamentos S.A. – Instituição de Pagamento "Nubank", the company whose customers use the app; its NuCommunity privacy policy names the same company (CNPJ 18.236.120/0001-58, seat in São Paulo) as the controller of members\' data.',
      value: 'Nu Pagamentos S.A. – Instituição de Pagamento (CNPJ 18.236.120/0001-58), Rua Capote Valente 39, Pinheiros, São Paulo/SP, 05409-000, Brazil',
      confidence: 'official',
      sources: [communityPrivacy, ddaTerms],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});

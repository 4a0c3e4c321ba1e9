import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const termsAr = cite(SOURCES.mercadoPagoTermsAr, '2026-12-05');

const termsMx = cite(SOURCES.mercadoPagoTermsMx, '2026-12-05');

const vendorCentralBr = cite(SOURCES.mercadoLivreVendorCentralTerms, '2026-12-05');

const transparency2024 = cite(SOURCES.mercadoLibreTransparency2024News, '2026-12-05');

const mpfRj = cite(SOURCES.mercadoLivreMpfRjCooperationNews, '2026-12-05');

export default defineProvider({
  id: 'mercadolibre',
  name: 'Mercado Libre',
  ownDomains: [
    'mercadolibre.com',
    'mercadolibre.com.ar',
    'mercadolibre.com.mx',
    'mercadolivre.com.br',
    'mercadopago.com',
    'mercadopago.com.ar',
    'mercadopago.com.br',
    'mercadopago.com.mx',
  ],
  products: ['Mercado Libre', 'Mercado Livre', 'Mercado Pago'],
  portalName: null,
  portal: {
    summary:
      'No Mercado Libre law-enforcement portal or request address was found. A press report on its transparency report for the first half of 2024 says it answered 89% of the 45,368 information requests it received from authorities; a Brazilian press report says Mercado Livre agreed with the federal prosecutors in Rio de Janeiro to remove listings they report while keeping the users\' data under the Marco Civil (Law 12.965/2014), and to give the registration data of the advertisers and buyers concerned on express request.',
    value: [],
    confidence: 'secondary',
    sources: [transparency2024, mpfRj],
  },
  exampleUrls: [],
  // Case is matched and never the bare words: "mercado libre" / "mercado livre" is ordinary Spanish / Portuguese ("free market").
  emailWords: [
    'Mercado Libre',
    'Mercado Livre',
    'Mercado Pago',
    'MercadoLibre',
    'MercadoLivre',
    'MercadoPago',
    'EBAZAR\\.COM\\.BR',
    'Ebazar\\.com\\.br',
    'mercadolibre\\.com',
    'mercadolivre\\.com',
    'mercadopago\\.com',
  ],
  emailWordsMatchCase: true,
  emailDomains: [
    'mercadolibre.com',
    'mercadolibre.com.ar',
    'mercadolibre.com.mx',
    'mercadolivre.com.br',
    'mercadopago.com',
    'mercadopago.com.ar',
    'mercadopago.com.br',
    'mercadopago.com.mx',
  ],
  facts: {
    legalEntity: {
      summary:
        'Mercado Libre runs through a company in each country: its Argentine terms call Mercado Pago a business unit of MercadoLibre S.R.L.; its Mexican terms offer Mercado Pago as a service of Mercado Libre, S.R.L. de C.V.; its Brazilian Vendor Central terms call EBAZAR.COM.BR LTDA. (and/or First Label S.R.L.) "Mercado Livre".',
      value: 'MercadoLibre S.R.L. (Argentina); Mercado Libre, S.R.L. de C.V. (Mexico); Ebazar.com.br Ltda. (Brazil)',
      confidence: 'official',
      sources: [termsAr, termsMx, vendorCentralBr],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});

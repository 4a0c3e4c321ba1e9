import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacyMexico = cite(SOURCES.rappiMexicoPrivacy, '2026-12-06');

const termsColombia = cite(SOURCES.rappiColombiaGrowthTerms, '2026-12-06');

const termsPeru = cite(SOURCES.rappiPeruTerms, '2026-12-06');

export default defineProvider({
  id: 'rappi',
  name: 'Rappi',
  ownDomains: ['rappi.com', 'rappi.com.mx'],
  products: ['Rappi', 'RappiPay', 'Rappi Travel'],
  portalName: null,
  portal: {
    summary:
      'No Rappi law-enforcement portal, guide or request address was found; the legal pages read name only the local companies that run the platform in Mexico, Colombia and Peru.',
    value: [],
    confidence: 'secondary',
    sources: [privacyMexico, termsColombia, termsPeru],
  },
  exampleUrls: [],
  // Case is matched: "Rappi" is no ordinary word, but only the written brand names the company ("RappiPay" and
  // "Rappitendero" do not, as the words end at a word boundary).
  emailWords: ['Rappi', 'RAPPI'],
  emailWordsMatchCase: true,
  emailDomains: ['rappi.com'],
  // No legal position: the pages name the country companies and a "Rappi, Inc." heading, but not where Rappi, Inc. is.
  facts: {
    legalEntity: {
      summary:
        'Rappi works through a company in each country. Its Mexican privacy notice names Tecnologías Rappi, S.A.P.I. de C.V. as controller for the Rappi app and site (Rappi Travel, RappiPay México and Tarjetas del Futuro for their own sections), at Av. Mariano Escobedo 555, floors 11 and 12, Miguel Hidalgo, Mexico City; its Colombian terms name Rappi S.A.S. (NIT 900.843.898-9), Calle 93 No. 19-58, Bogotá; its Peruvian terms name Rappi S.A.C. (RUC 20602985971), Calle Germán Schreiber 276, San Isidro, Lima. The pages carry the heading Rappi, Inc., whose seat they do not give.',
      value:
        'Tecnologías Rappi, S.A.P.I. de C.V., Av. Mariano Escobedo 555, Mexico City (Mexico); Rappi S.A.S., NIT 900.843.898-9, Bogotá (Colombia); Rappi S.A.C., RUC 20602985971, Lima (Peru)',
      confidence: 'official',
      sources: [privacyMexico, termsColombia, termsPeru],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});

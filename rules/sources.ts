/** Sources the rule docs cite, kept in one place so the same citation reads the same everywhere. */
export const SOURCES = {
  usc2702: { title: '18 U.S.C. 2702(b)(8), (c)(4): emergency disclosure', url: 'https://www.law.cornell.edu/uscode/text/18/2702' },
  usc2703: { title: '18 U.S.C. 2703(f): preservation', url: 'https://www.law.cornell.edu/uscode/text/18/2703' },
  usc2705: { title: '18 U.S.C. 2705(b): order not to notify', url: 'https://www.law.cornell.edu/uscode/text/18/2705' },
  usc2258a: { title: '18 U.S.C. 2258A: reporting to NCMEC', url: 'https://www.law.cornell.edu/uscode/text/18/2258A' },
  metaGuidelines: {
    title: 'Meta law enforcement guidelines',
    url: 'https://github.com/OpenTermsArchive/contrib-versions/blob/main/Facebook/Law%20Enforcement%20Guidelines.md',
  },
  xGuidelines: {
    title: 'X law enforcement guidelines',
    url: 'https://github.com/OpenTermsArchive/pga-versions/blob/main/X/Law%20Enforcement%20Guidelines.md',
  },
  e164: { title: 'ITU-T E.164 numbering plan', url: 'https://www.itu.int/rec/T-REC-E.164/en' },
} as const;

import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 22 (dev12's kinds): each shown on invented mail in other providers, words, languages and
 * layouts than the corpus's, with probes that must read the new way (each failed before its change) and probes that
 * must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers };
};

describe('dates: a date that opens its clause, the clause\'s verb after it in another language ("con fecha 20 de noviembre hemos conservado")', () => {
  it.each([
    ['De: Legal de Kik <lawenforcement@kik.com>\nEnviado el: lunes, 16 de noviembre de 2026 9:00\n\nLe confirmamos que el 12 de noviembre de 2026 hemos conservado los datos de la cuenta kik_brisa77. Referencia: KIK-PR-55120.\n', '2026-11-12'],
    ['De: Dropbox Jurídico <legal@dropbox.com>\nEnviada: segunda-feira, 16 de novembro de 2026 09:00\n\nInformamos que em 12 de novembro de 2026 foram preservados os dados da conta areia.fina@outlook.pt. Referência: DBX-PR-55501.\n', '2026-11-12'],
    ['Da: Discord Legal <lawenforcement@discord.com>\nInviato: lunedì 16 novembre 2026 09:00\n\nIn data 12 novembre 2026 abbiamo conservato i dati dell\'utente 1190022334455668801. Riferimento: DSC-2611-55021.\n', '2026-11-12'],
  ])('dates the preservation: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });

  it.each([
    // The request's date, its clause about the preservation asked for.
    ['De: Legal de Kik <lawenforcement@kik.com>\nEnviado el: lunes, 16 de noviembre de 2026 9:00\n\nSu solicitud recibida el 10 de noviembre de 2026 para la conservación de la cuenta kik_brisa78 ha sido tramitada; hemos conservado los datos. Referencia: KIK-PR-55121.\n', '2026-11-16'],
    // A date with no verb after it: the e-mail's date, as before.
    ['De : Snap Juridique <lawenforcement@snapchat.com>\nEnvoyé : lundi 16 novembre 2026 09:00\n\nNous avons conservé le compte sable_gris8. Le 12 novembre 2026, votre service nous a écrit. Référence : SNAP-LE-2611-5502.\n', '2026-11-16'],
    // A date labelled as something else: its label decides.
    ['Da: Discord Legal <lawenforcement@discord.com>\nInviato: lunedì 16 novembre 2026 09:00\n\nAbbiamo conservato i dati dell\'utente 1190022334455668802.\nRichiesta: 12 novembre 2026, conservazione dei dati\nRiferimento: DSC-2611-55022\n', '2026-11-16'],
  ])('dates as before: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });
});

describe('confirmations: "does not mean that any information will be disclosed" speaks of disclosure, not of the preservation', () => {
  it.each([
    'From: Discord Legal <lawenforcement@discord.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved the account 1190022334455668811 on November 15, 2026. Reference: DSC-2611-55031.\n\nPlease note that a preservation does not mean that any data will be produced without valid legal process.\n',
    'From: Pinterest LE <lawenforcement@pinterest.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nPinterest preserved pinterest.com/kelp_finch9 on November 15, 2026 (case PIN-LE-55032). This notice does not indicate that any records will be released to you.\n',
    'From: Reddit Legal <legal@reddit.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nu/Quiet_Fern_88 was preserved on November 15, 2026. Reference RDT-LE-55033.\n\nPreservation does not mean the records will be disclosed; disclosure requires a subpoena or a warrant.\n',
  ])('confirms the preservation: %s', (text) => {
    expect(read(text).references).toHaveLength(1);
  });

  it.each([
    'From: Discord Legal <lawenforcement@discord.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe received your request (DSC-2611-55034). This message does not confirm that any data has been preserved.\n',
    'From: Pinterest LE <lawenforcement@pinterest.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nYour request PIN-LE-55035 is logged. This acknowledgement does not mean the records are preserved.\n',
    'From: Reddit Legal <legal@reddit.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe cannot confirm that any data was retained for u/Quiet_Fern_89 under RDT-LE-55036.\n',
  ])('still confirms nothing: %s', (text) => {
    expect(read(text).references).toEqual([]);
  });
});

describe('accounts: a blog is an account ("for the following blog(s):" over its addresses)', () => {
  it.each([
    ['From: Google LIS <lis-noreply@google.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nGoogle preserved the following Blogger blogs on November 15, 2026:\n\n    quietfen-notes.blogspot.com\n    heron-diary.blogspot.com\n\nGoogle Ref. No. 61122420\n', ['quietfen-notes.blogspot.com', 'heron-diary.blogspot.com']],
    ['From: Automattic Legal <legal@automattic.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved the records of the blog(s) below on November 15, 2026:\n  - saltmarsh-diary.wordpress.com\n\nReference: AUT-LE-2611-0042\n', ['saltmarsh-diary.wordpress.com']],
    ['De : Over-Blog Juridique <juridique@overblog.example.fr>\nEnvoyé : lundi 16 novembre 2026 10:00\n\nNous avons conservé le 15/11/2026 les données des blogs suivants :\n\n  brume-du-soir.over-blog.com\n  lande.grise.over-blog.com\n\nRéférence : OB-2026-0093\n', ['brume-du-soir.over-blog.com', 'lande.grise.over-blog.com']],
  ])('proposes the blogs: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // The provider's own blog, in prose.
    'From: Google LIS <lis-noreply@google.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved the records on November 15, 2026 (Google Ref. No. 61122421). Read more on our blog: blog.google.example/transparency\n',
    // The blogs the request listed, echoed back.
    'From: Automattic Legal <legal@automattic.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nYour request listed the following blogs:\n  - saltmarsh-diary2.wordpress.com\n\nNone of them exists. Reference: AUT-LE-2611-0043\n',
    // A blog's post is no blog.
    'From: Automattic Legal <legal@automattic.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved the post below on November 15, 2026:\n  https://www.tumblr.com/saltglass-archive2/731100224/post-title\n\nReference: AUT-LE-2611-0044\n',
  ])('proposes no account: %s', (text) => {
    expect(read(text).accounts).toEqual([]);
  });
});

describe('accounts: a login name is an account\'s name ("Login name: x", "x (login name; …)")', () => {
  it.each([
    ['From: Valve Legal <legal@valve.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved the Steam account below on November 15, 2026.\n\nSteam login name: fernquill_77\nReference: VLV-LE-2611-0061\n', ['fernquill_77']],
    ['Von: Microsoft Rechtsabteilung <lens-noreply@microsoft.com>\nGesendet: Montag, 16. November 2026 10:00\n\nGesichert am 15.11.2026.\nAnmeldename: moorbirke_22\nReferenz: MS-LE-2611-0062\n', ['moorbirke_22']],
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved user 1190022334455668861 on November 15, 2026 (reference DSC-2611-55061).\nAlso preserved: quietmoth_alt (login name; linked to the account above)\n', ['1190022334455668861', 'quietmoth_alt']],
  ])('proposes the login name: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    ['From: Valve Legal <legal@valve.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved the Steam account 76561198000000001 on November 15, 2026.\nLogin name: not provided\nReference: VLV-LE-2611-0063\n', ['76561198000000001']],
    ['Von: Microsoft Rechtsabteilung <lens-noreply@microsoft.com>\nGesendet: Montag, 16. November 2026 10:00\n\nGesichert am 15.11.2026: moor.birke@outlook.de.\nLetzte Anmeldung: 14.11.2026\nReferenz: MS-LE-2611-0064\n', ['moor.birke@outlook.de']],
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved user 1190022334455668862 on November 15, 2026 (reference DSC-2611-55062); use your portal account (login name) to follow it.\n', ['1190022334455668862']],
  ])('proposes the accounts as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe('messages: the request restated with a bracketed qualifier ("Your request (as received):") gives no account and no reference', () => {
  it.each([
    [
      'From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Thu, 12 Nov 2026 19:58:00 -0800\nSubject: RE: [Case #SNAP-LE-2611-7001] Preservation Request - KPP-2207/26\n\nThank you for your request.\n\nYour request (as received):\n"Please preserve the Snapchat accounts moss.lantern_4 and moss.lantern_5 (investigation KPP-2207/26)."\n\nOur response:\n- Snapchat account moss.lantern_4: preserved effective 12 November 2026.\n- moss.lantern_5: no Snapchat account exists under this username.\n\nCase number: SNAP-LE-2611-7001\n',
      { references: ['SNAP-LE-2611-7001'], accounts: ['moss.lantern_4'] },
    ],
    [
      'From: TikTok LERT <lert@tiktok.com>\nDate: Thu, 12 Nov 2026 10:00:00 +0000\nSubject: RE: Preservation - OPK-3318/26\n\nHello,\n\nYour request (as submitted):\n"Preserve @reed.lark9 and @reed.lark10, fraud investigation OPK-3318/26."\n\nWe preserved @reed.lark9 on 11 November 2026.\n\nTikTok reference: TT-LE-2611-7002\n',
      { references: ['TT-LE-2611-7002'], accounts: ['@reed.lark9'] },
    ],
    [
      'From: Discord Legal <lawenforcement@discord.com>\nDate: Thu, 12 Nov 2026 10:00:00 -0800\nSubject: RE: Preservation - GHS-4471/26\n\nYour original request (as filed):\n"Please preserve users 1190022334455668871 and 1190022334455668872 for case GHS-4471/26."\n\nWe preserved user 1190022334455668871 on November 11, 2026; the other user id is invalid.\n\nDiscord reference: DSC-2611-55071\n',
      { references: ['DSC-2611-55071'], accounts: ['1190022334455668871'] },
    ],
  ])('reads only the provider\'s answer: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    // The provider's own intro in brackets that says it preserved them.
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Thu, 12 Nov 2026 19:58:00 -0800\n\nAccounts preserved (as requested):\n- moss.lantern_6\n\nPreserved on 12 November 2026. Case number: SNAP-LE-2611-7003\n', { references: ['SNAP-LE-2611-7003'], accounts: ['moss.lantern_6'] }],
    // The request restated without brackets: as before.
    ['From: TikTok LERT <lert@tiktok.com>\nDate: Thu, 12 Nov 2026 10:00:00 +0000\n\nYour request as submitted:\n"Preserve @reed.lark11."\n\nWe preserved @reed.lark11 on 11 November 2026.\n\nTikTok reference: TT-LE-2611-7004\n', { references: ['TT-LE-2611-7004'], accounts: ['@reed.lark11'] }],
    // A number the provider's own answer writes as well as the restated request: still the provider's.
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Thu, 12 Nov 2026 10:00:00 -0800\n\nYour request (as received):\n"Please extend preservation DSC-2611-55072."\n\nWe extended preservation DSC-2611-55072 on November 11, 2026.\n', { references: ['DSC-2611-55072'] }],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

describe('provider: a sender\'s display name made of a provider\'s registry name and a department ("X Legal <…@x.example.com>")', () => {
  it.each([
    ['From: X Trust & Safety <le-noreply@mail.x-corp.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved @tern_wake9 on November 15, 2026. Case LR-2026-0933901.\n', 'x'],
    ['From: "Signal Legal Requests" <legal@signal.example.org>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nThe account registered to +44 7700 900555 was preserved on November 15, 2026. Reference SIG-2611-0071.\n', 'signal'],
    ['Von: Signal Rechtsabteilung <recht@signal.example.org>\nDatum: 16.11.2026 10:00\n\nDas Konto +49 151 5550 1234 wurde am 15.11.2026 gesichert. Referenz: SIG-2611-0072\n', 'signal'],
  ])('proposes the provider: %s', (text, provider) => {
    expect(read(text).providerId).toBe(provider);
  });

  it.each([
    // A name that begins with a provider's name and goes on as another's ("Signal Hill Police").
    ['From: Signal Hill Police Dept <desk@signalhill.example.gov>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nPlease preserve +1 555 0100 123.\n', null],
    // A provider's name and no department: as before.
    ['From: X Marketing <news@x-corp.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nNew features this month. Ref NEWS-2611-0073.\n', null],
    // The provider named in words: as before.
    ['From: Snap Legal <lawenforcement@snapchat.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved tern_wake10 on November 15, 2026. Reference SNAP-LE-2611-0074.\n', 'snap'],
  ])('reads the provider as before: %s', (text, provider) => {
    expect(read(text).providerId).toBe(provider);
  });
});

describe('references: a postcode with its country\'s letters in an address ("…, LT-03228 Vilnius, Lithuania") is no reference', () => {
  it.each([
    ['From: Allegro Legal <legal@allegro.example.pl>\nDate: Mon, 16 Nov 2026 10:00:00 +0100\n\nWe preserved the seller account zielony_lis7 on 15 November 2026.\nOur reference: ALG-LE-2611-0081\n\nAllegro sp. z o.o., ul. Grunwaldzka 182, PL-60166 Poznań, Poland\n', ['ALG-LE-2611-0081']],
    ['Von: GMX Behördenanfragen <behoerden@gmx.example.de>\nDatum: Mon, 16 Nov 2026 10:00:00 +0100\n\nDas Postfach fels.kauz@gmx.net wurde am 15.11.2026 gesichert. Referenz: GMX-BA-2611-0082\n\nNordlicht Oy · Mannerheimintie 12, FI-00180 Helsinki, Finnland\n', ['GMX-BA-2611-0082']],
    ['From: Proton Legal <legal@proton.example.ch>\nDate: Mon, 16 Nov 2026 10:00:00 +0100\n\nWe preserved the account metadata of alpine.lark@proton.me on 15 November 2026. Reference: PRT-2611-0083\n\nProton AG | Route de la Galaise 32, CH-1228 Plan-les-Ouates, Switzerland\n', ['PRT-2611-0083']],
  ])('proposes the provider\'s reference only: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it.each([
    ['From: Allegro Legal <legal@allegro.example.pl>\nDate: Mon, 16 Nov 2026 10:00:00 +0100\n\nWe preserved zielony_lis8 on 15 November 2026.\nReference: PL-60167\n', ['PL-60167']],
    ['Von: GMX Behördenanfragen <behoerden@gmx.example.de>\nDatum: Mon, 16 Nov 2026 10:00:00 +0100\n\nDas Postfach fels.kauz2@gmx.net wurde am 15.11.2026 gesichert, Vorgang DE-76136 Sicherung.\n', ['DE-76136']],
    ['From: Proton Legal <legal@proton.example.ch>\nDate: Mon, 16 Nov 2026 10:00:00 +0100\n\nWe preserved alpine.lark2@proton.me on 15 November 2026. Reference: PRT-2611-0084\n\nProton AG, Route de la Galaise 32, 1228 Plan-les-Ouates\n', ['PRT-2611-0084']],
  ])('reads the references as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('references: the provider\'s own label in its language gives a spaced number the rest of its line ("Vårt ärendenummer: BLK 2026-3318", "Unser Vorgangszeichen lautet: MMV-BA 2026 / 0477315")', () => {
  it.each([
    ['Van: Bol Juridische Zaken <juridisch@bol.example.nl>\nDatum: 16 november 2026 10:00\n\nBeste rechercheur,\n\nWij hebben het account kaaskop.verkoop@ziggo.nl op 15 november 2026 bewaard.\n\nOns kenmerk: BOL 2026-4471\n', 'BOL 2026-4471'],
    ['Od: Allegro Dział Prawny <prawny@allegro.example.pl>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nKonto zielony_lis9 zostało zabezpieczone w dniu 15.11.2026.\n\nNasz numer sprawy: ALX 2026 / 004471\n', 'ALX 2026 / 004471'],
    ['Fra: DBA Jura <jura@dba.example.dk>\nDato: 16. november 2026 10:00\n\nVi har sikret kontoen hygge.salg@outlook.dk den 15. november 2026.\n\nVores sagsnummer: DBA 2026-7712\n', 'DBA 2026-7712'],
  ])('reads the spaced number whole: %s', (text, reference) => {
    expect(read(text).references).toEqual([reference]);
  });

  it.each([
    // The addressee's number, spaced: theirs, as before.
    ['Von: GMX Behördenanfragen <behoerden@gmx.example.de>\nDatum: Mon, 16 Nov 2026 10:00:00 +0100\n\nDas Postfach fels.kauz3@gmx.net wurde am 15.11.2026 gesichert.\nIhr Aktenzeichen: KK 2026 / 0991\nUnser Zeichen: GMX-BA-2611-0091\n', ['GMX-BA-2611-0091']],
    // A number of the usual shape after the same label: as before.
    ['Van: Bol Juridische Zaken <juridisch@bol.example.nl>\nDatum: 16 november 2026 10:00\n\nWij hebben kaaskop2@ziggo.nl op 15 november 2026 bewaard.\nOns kenmerk: BOL-2026-4472\n', ['BOL-2026-4472']],
    // A line that goes on after the number.
    ['Fra: DBA Jura <jura@dba.example.dk>\nDato: 16. november 2026 10:00\n\nVi har sikret kontoen hygge.salg2@outlook.dk den 15. november 2026.\nVores sagsnummer: DBA 2026 7713 (se nedenfor)\nReference: DBA-LE-2611-0095\n', ['DBA-LE-2611-0095']],
  ])('reads the references as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('accounts: a user id\'s label in the Nordic and Dutch forms ("Gebruikers-ID:", "Användar-ID:", "Bruger-ID:")', () => {
  it.each([
    ['Från: Tradera Juridik <juridik@tradera.example.se>\nDatum: 16 nov. 2026 10:00\n\nVi har säkrat kontot den 15 november 2026.\nAnvändar-ID: 55120093\nÄrende: TRD-2611-0101\n', ['55120093']],
    ['Fra: DBA Jura <jura@dba.example.dk>\nDato: 16. november 2026 10:00\n\nVi har sikret kontoen den 15. november 2026.\nBruger-ID: 66120094\nReference: DBA-LE-2611-0102\n', ['66120094']],
    ['Fra: Finn Juridisk <juridisk@finn.example.no>\nDato: 16. november 2026 10:00\n\nVi har sikret kontoen 15. november 2026.\nBruker-ID: 77120095\nReferanse: FINN-2611-0103\n', ['77120095']],
  ])('proposes the id: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // Another thing's id in the same languages.
    'Från: Tradera Juridik <juridik@tradera.example.se>\nDatum: 16 nov. 2026 10:00\n\nVi har säkrat kontot den 15 november 2026.\nAnnons-ID: 55120096\nÄrende: TRD-2611-0104\n',
    'Fra: DBA Jura <jura@dba.example.dk>\nDato: 16. november 2026 10:00\n\nVi har sikret kontoen den 15. november 2026.\nOrdre-ID: 66120097\nReference: DBA-LE-2611-0105\n',
    'Fra: Finn Juridisk <juridisk@finn.example.no>\nDato: 16. november 2026 10:00\n\nVi har sikret kontoen 15. november 2026.\nBruker-ID: ukjent\nReferanse: FINN-2611-0106\n',
  ])('proposes no account: %s', (text) => {
    expect(read(text).accounts).toEqual([]);
  });
});

describe('accounts: a "login:" key line names the account\'s login, as "Benutzername:" does ("login: zielony_kot88")', () => {
  it.each([
    ['Von: Kleinanzeigen Recht <recht@kleinanzeigen.example.de>\nDatum: 16.11.2026 10:00\n\nWir haben das folgende Konto am 15.11.2026 gesichert:\n\nLogin: moorfalke_7\nE-Mail: moorfalke7@web.de\n\nReferenz: KA-2611-0111\n', ['moorfalke_7', 'moorfalke7@web.de']],
    ['Da: Subito Legale <legale@subito.example.it>\nInviato: lunedì 16 novembre 2026 10:00\n\nAbbiamo conservato in data 15/11/2026 i dati del seguente account:\nlogin: lucciola.blu3\nRiferimento: SUB-2611-0112\n', ['lucciola.blu3']],
    ['De: OLX Jurídico <juridico@olx.example.pt>\nData: 16 de nov. de 2026 10:00\n\nForam preservados em 15/11/2026 os dados da conta:\n  - Login: areia_fina9\nReferência: OLX-2611-0113\n', ['areia_fina9']],
  ])('proposes the login: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    'Von: Kleinanzeigen Recht <recht@kleinanzeigen.example.de>\nDatum: 16.11.2026 10:00\n\nWir haben das Konto am 15.11.2026 gesichert.\nLogin: https://portal.kleinanzeigen.example.de/behoerden\nReferenz: KA-2611-0114\n',
    'Da: Subito Legale <legale@subito.example.it>\nInviato: lunedì 16 novembre 2026 10:00\n\nAbbiamo conservato in data 15/11/2026 i dati richiesti.\nLast login: 2026-11-14\nRiferimento: SUB-2611-0115\n',
    'De: OLX Jurídico <juridico@olx.example.pt>\nData: 16 de nov. de 2026 10:00\n\nForam preservados em 15/11/2026 os dados pedidos.\nLogin: indisponível\nReferência: OLX-2611-0116\n',
  ])('proposes no account: %s', (text) => {
    expect(read(text).accounts).toEqual([]);
  });
});

describe('references: a number whose parts are parted by slashes, letters first ("ALG/ZAB/2026/0447"), where a file word\'s label gives it the rest of its line', () => {
  it.each([
    ['De: Cabify Legal <legal@cabify.example.es>\nEnviado el: lunes, 16 de noviembre de 2026 10:00\n\nHemos conservado el 15/11/2026 los datos de la cuenta viajera.sur@gmail.com.\n\nReferencia interna: CAB/PRS/2026/0093\n', ['CAB/PRS/2026/0093']],
    ['From: OLX Legal <legal@olx.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n\nWe preserved the account steppe.lark@yahoo.com on 15 November 2026.\n\nCase reference on our side: OLX/PRS/2026/4471\n', ['OLX/PRS/2026/4471']],
    ['Von: Kleinanzeigen Recht <recht@kleinanzeigen.example.de>\nDatum: 16.11.2026 10:00\n\nDas Konto heide.falke@web.de wurde am 15.11.2026 gesichert.\n\nUnsere Vorgangsnummer: KLA/SIC/2026/0093\n', ['KLA/SIC/2026/0093']],
  ])('reads the slashed number whole: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it.each([
    // The addressee's slashed number: theirs.
    ['De: Cabify Legal <legal@cabify.example.es>\nEnviado el: lunes, 16 de noviembre de 2026 10:00\n\nHemos conservado el 15/11/2026 los datos de la cuenta viajera.sur2@gmail.com.\nSu referencia: PD/CYB/2026/0991\nReferencia interna: CAB-PRS-2026-0094\n', ['CAB-PRS-2026-0094']],
    // A folder's path is no file number.
    ['From: OLX Legal <legal@olx.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n\nWe preserved steppe.lark2@yahoo.com on 15 November 2026 (case OLX-PRS-2026-4472).\nFolder: DOCS/LEGAL/2026/0093\n', ['OLX-PRS-2026-4472']],
    // A line that goes on after the number.
    ['Von: Kleinanzeigen Recht <recht@kleinanzeigen.example.de>\nDatum: 16.11.2026 10:00\n\nDas Konto heide.falke2@web.de wurde am 15.11.2026 gesichert (Referenz KLA-SIC-2026-0094).\nVorgangsnummer: KLA/SIC/2026/0095 wurde geschlossen\n', ['KLA-SIC-2026-0094']],
  ])('reads the references as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('references: "sygn." (the Polish abbreviation of "sygnatura", the file number of the authority that wrote) labels the agency\'s number', () => {
  it.each([
    ['Od: OLX Dział Prawny <prawny@olx.example.pl>\nWysłano: poniedziałek, 16 listopada 2026 10:00\nTemat: Zabezpieczenie danych - PR-4471/26\n\nW odpowiedzi na pismo (sygn. PR-4471/26) informujemy, że konto stepowy.skowronek@wp.pl zostało zabezpieczone w dniu 15.11.2026.\n\nNasz numer: OLX-PL-2611-0131\n', ['OLX-PL-2611-0131']],
    ['Od: Vinted Teisės skyrius <le@vinted.example.lt>\nWysłano: poniedziałek, 16 listopada 2026 10:00\nTemat: RE: sygn. RSD-3318/26\n\nKonto lniana.torba@o2.pl zostało zabezpieczone w dniu 15.11.2026 (sygn. RSD-3318/26).\nNumer sprawy: VNT-LE-2611-0132\n', ['VNT-LE-2611-0132']],
    ['Od: Allegro Dział Prawny <prawny@allegro.example.pl>\nWysłano: poniedziałek, 16 listopada 2026 10:00\nTemat: Potwierdzenie - KR-0771/26\n\nDotyczy pisma sygn. KR-0771/26: konto zielony_lis10 zostało zabezpieczone w dniu 15.11.2026.\nNumer sprawy: ALG-LE-2611-0133\n', ['ALG-LE-2611-0133']],
  ])('proposes the provider\'s number only: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it.each([
    // The provider's number with its request to quote it.
    ['Od: OLX Dział Prawny <prawny@olx.example.pl>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nKonto stepowy.skowronek2@wp.pl zostało zabezpieczone w dniu 15.11.2026.\nNumer sprawy: OLX-PL-2611-0134 (prosimy podawać go w korespondencji)\n', ['OLX-PL-2611-0134']],
    // No abbreviation: as before.
    ['Od: Vinted Teisės skyrius <le@vinted.example.lt>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nKonto lniana.torba2@o2.pl zostało zabezpieczone w dniu 15.11.2026.\nNumer sprawy: VNT-LE-2611-0135\n', ['VNT-LE-2611-0135']],
    // "Sygnał" is a word, not the abbreviation.
    ['Od: Allegro Dział Prawny <prawny@allegro.example.pl>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nKonto zielony_lis11 zostało zabezpieczone w dniu 15.11.2026 po sygnale ALG-LE-2611-0136.\n', ['ALG-LE-2611-0136']],
  ])('reads the references as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('provider: a provider\'s word inside an account\'s address at a mail service anyone signs up to names no provider ("j.motos.valencia@yahoo.es")', () => {
  it.each([
    'Estimado agente:\n\nHemos conservado el 15/11/2026 los datos del perfil asociado al correo rio.lento@yahoo.es.\n\nReferencia interna: MLN-2611-0141\n',
    'Hello,\n\nWe preserved the seller account registered to fen.quill.shop@outlook.com on November 15, 2026.\n\nOur reference: ETS-LE-2611-0142\n',
    'Guten Tag,\n\ndas Konto mit der Adresse moor.kauz.handel@gmail.com wurde am 15.11.2026 gesichert.\n\nUnser Zeichen: KA-2611-0143\n',
  ])('proposes no provider: %s', (text) => {
    expect(read(text).providerId).toBeNull();
  });

  it.each([
    ['Hello,\n\nYahoo preserved the account rio.lento2@yahoo.com on November 15, 2026. Reference: YAH-2611-0144\n', 'yahoo'],
    ['From: Google LIS <lis-noreply@google.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved moor.kauz2@gmail.com on November 15, 2026. Google Ref. No. 61122444\n', 'google'],
    ['Hello,\n\nMicrosoft has preserved fen.quill2@outlook.com on November 15, 2026. Reference: MS-LE-2611-0145\n', 'microsoft'],
  ])('reads the provider as before: %s', (text, provider) => {
    expect(read(text).providerId).toBe(provider);
  });
});

describe('accounts: an account number printed in groups of four digits after its label ("PayPal account number: 2197 4458 0032 8816")', () => {
  it.each([
    ['From: Revolut Legal <legal@revolut.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n\nWe preserved the customer account below on 15 November 2026.\nCustomer number: 4410 2291 0073 5512\nReference: RVL-LE-2611-0151\n', ['4410 2291 0073 5512']],
    ['Da: Satispay Legale <legale@satispay.example.it>\nInviato: lunedì 16 novembre 2026 10:00\n\nAbbiamo conservato in data 15/11/2026 i dati del conto.\nMember number: 6612 0045 9981 2207\nRiferimento: SAT-2611-0152\n', ['6612 0045 9981 2207']],
    ['From: Wise Legal <legal@wise.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n\nThe account with account ID 5520 1187 4493 0021 was preserved on 15 November 2026. Reference: WISE-2611-0153\n', ['5520 1187 4493 0021']],
  ])('proposes the number whole: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // Another thing's number in the same shape.
    'From: Revolut Legal <legal@revolut.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n\nWe preserved the records on 15 November 2026, including card number 4410 2291 0073 5513.\nReference: RVL-LE-2611-0154\n',
    // Two groups only: no account number.
    'Von: Klarna Recht <recht@klarna.example.se>\nDatum: 16.11.2026 10:00\n\nDas Kundenkonto wurde am 15.11.2026 gesichert (account number 7731 0042).\nReferenz: KLA-2611-0155\n',
    // A phone after a contact label.
    'From: Wise Legal <legal@wise.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n\nThe records were preserved on 15 November 2026. Reference: WISE-2611-0156. Questions: call 0800 5550 1234 5678.\n',
  ])('proposes no account: %s', (text) => {
    expect(read(text).accounts).toEqual([]);
  });
});

describe('accounts: an account closed, in the Romance languages ("Le compte x a été clôturé", "la cuenta x fue cerrada"), was not preserved', () => {
  it.each([
    ['De : Leboncoin Juridique <juridique@leboncoin.example.fr>\nEnvoyé : lundi 16 novembre 2026 10:00\n\nNous avons conservé le 15/11/2026 les données du compte brume_lente3.\nLe compte brume_lente4 a été clôturé en mars 2025.\nRéférence : LBC-2611-0161\n', ['brume_lente3']],
    ['De: Wallapop Legal <legal@wallapop.example.com>\nEnviado el: lunes, 16 de noviembre de 2026 10:00\n\nHemos conservado el 15/11/2026 los datos de la cuenta rio_lento7.\nLa cuenta rio_lento8 fue cerrada por el usuario en 2025.\nReferencia: WLP-2611-0162\n', ['rio_lento7']],
    ['Da: Subito Legale <legale@subito.example.it>\nInviato: lunedì 16 novembre 2026 10:00\n\nAbbiamo conservato in data 15/11/2026 i dati dell\'account lucciola_9.\nL\'account lucciola_10 è stato chiuso nel 2025.\nRiferimento: SUB-2611-0163\n', ['lucciola_9']],
  ])('proposes the preserved account only: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // The case closed, not an account.
    ['De : Leboncoin Juridique <juridique@leboncoin.example.fr>\nEnvoyé : lundi 16 novembre 2026 10:00\n\nNous avons conservé le 15/11/2026 les données du compte brume_lente5. Le dossier a été clôturé.\nRéférence : LBC-2611-0164\n', ['brume_lente5']],
    // The account preserved, the request closed.
    ['De: Wallapop Legal <legal@wallapop.example.com>\nEnviado el: lunes, 16 de noviembre de 2026 10:00\n\nLa cuenta rio_lento9 fue conservada el 15/11/2026; el expediente fue cerrado.\nReferencia: WLP-2611-0165\n', ['rio_lento9']],
    // An account closed only after its preservation: still preserved.
    ['Da: Subito Legale <legale@subito.example.it>\nInviato: lunedì 16 novembre 2026 10:00\n\nL\'account lucciola_11 è stato conservato il 15/11/2026.\nRiferimento: SUB-2611-0166\n', ['lucciola_11']],
  ])('proposes the account as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe('accounts: "contact" as an attribute of the account\'s own address ("l\'adresse de contact x@…", "its contact e-mail address x@…") in a sentence of preservation', () => {
  it.each([
    ['From: Etsy Legal <legal@etsy.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved the shop account and its contact e-mail address fen.quill3@gmail.com on November 15, 2026.\nReference: ETSY-2611-0171\n', ['fen.quill3@gmail.com']],
    ['De : Leboncoin Juridique <juridique@leboncoin.example.fr>\nEnvoyé : lundi 16 novembre 2026 10:00\n\nLe 15/11/2026, nous avons conservé les données associées au compte et à l\'adresse de contact brume.lente6@orange.fr.\nRéférence : LBC-2611-0172\n', ['brume.lente6@orange.fr']],
    ['From: Vinted Legal <le@vinted.example.lt>\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n\nThe contact number +44 7700 900777 linked to the member account was preserved on 15 November 2026.\nReference: VNT-LE-2611-0173\n', ['+44 7700 900777']],
  ])('proposes the account\'s address: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    ['From: Etsy Legal <legal@etsy.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved the shop account fen.quill4@gmail.com on November 15, 2026. Questions? Contact legal-help@lawfirm.example.com.\nReference: ETSY-2611-0174\n', ['fen.quill4@gmail.com']],
    ['From: Vinted Legal <le@vinted.example.lt>\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n\nThe member account brume_lente7 was preserved on 15 November 2026; contact us at +44 7700 900778 about the preserved data.\nReference: VNT-LE-2611-0175\n', ['brume_lente7']],
    ['De : Leboncoin Juridique <juridique@leboncoin.example.fr>\nEnvoyé : lundi 16 novembre 2026 10:00\n\nNous avons conservé le compte brume_lente8 le 15/11/2026.\nPour nous joindre : adresse de contact juridique@leboncoin-aide.example.fr\nRéférence : LBC-2611-0176\n', ['brume_lente8']],
  ])('leaves the contact details out as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe('dates: a Polish date that opens its clause, its year\'s abbreviation after it and the finite verb of securing after that ("w dniu 4 listopada 2026 r. zabezpieczyliśmy")', () => {
  it.each([
    ['Od: OLX Dział Prawny <prawny@olx.example.pl>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nInformujemy, że w dniu 12 listopada 2026 r. zabezpieczyliśmy dane konta stepowy.skowronek3@wp.pl.\nNumer sprawy: OLX-PL-2611-0181\n', '2026-11-12'],
    ['Od: Vinted Teisės skyrius <le@vinted.example.lt>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nDnia 12 listopada 2026 r. zabezpieczono dane użytkownika lniana.torba3.\nNumer sprawy: VNT-LE-2611-0182\n', '2026-11-12'],
    ['Od: Discord Legal <lawenforcement@discord.com>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nW dniu 12.11.2026 r. zachowaliśmy dane użytkownika 1190022334455668891.\nNumer sprawy: DSC-2611-55081\n', '2026-11-12'],
  ])('dates the preservation: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });

  it.each([
    // The letter's date before the verb of writing.
    ['Od: OLX Dział Prawny <prawny@olx.example.pl>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nW odpowiedzi na pismo z dnia 10 listopada 2026 r. zabezpieczyliśmy dane konta stepowy.skowronek4@wp.pl.\nNumer sprawy: OLX-PL-2611-0183\n', '2026-11-16'],
    // No verb after the year: the e-mail's date, as before.
    ['Od: Vinted Teisės skyrius <le@vinted.example.lt>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nDane użytkownika lniana.torba4 zostały zabezpieczone. Pismo z 12 listopada 2026 r. zostało przyjęte.\nNumer sprawy: VNT-LE-2611-0184\n', '2026-11-16'],
    // An abbreviation that is no year's: as before.
    ['Od: Discord Legal <lawenforcement@discord.com>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nDane użytkownika 1190022334455668892 zostały zachowane. Kontakt do 12 listopada 2026 r.\nNumer sprawy: DSC-2611-55082\n', '2026-11-16'],
  ])('dates as before: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });
});

describe('accounts: an address its key line gives as the account\'s ("Account email: x@…") is the account, even at the sender\'s own domain', () => {
  it.each([
    ['From: Tuta Legal <legal@tuta.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 +0100\n\nThe following account was preserved on 15 November 2026:\n\n  Account email: fen.fox@tuta.example.com\n\nReference: TUT-2611-0191\n', ['fen.fox@tuta.example.com']],
    ['Von: Posteo Recht <recht@posteo.example.de>\nDatum: 16.11.2026 10:00\n\nDas folgende Konto wurde am 15.11.2026 gesichert:\nKonto-E-Mail: moor.fink@posteo.example.de\nReferenz: PST-2611-0192\n', ['moor.fink@posteo.example.de']],
    ['De : Mailo Juridique <juridique@mailo.example.fr>\nEnvoyé : lundi 16 novembre 2026 10:00\n\nLe compte suivant a été conservé le 15/11/2026 :\nAdresse e-mail du compte : brume.douce@mailo.example.fr\nRéférence : MLO-2611-0193\n', ['brume.douce@mailo.example.fr']],
  ])('proposes the account: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    ['From: Tuta Legal <legal@tuta.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 +0100\n\nThe account fen.fox2@gmail.com was preserved on 15 November 2026 (reference TUT-2611-0194).\nContact: le-support@tuta.example.com\n', ['fen.fox2@gmail.com']],
    ['Von: Posteo Recht <recht@posteo.example.de>\nDatum: 16.11.2026 10:00\n\nDas Konto moor.fink2@web.de wurde am 15.11.2026 gesichert. Referenz: PST-2611-0195\nAntwort an: behoerden@posteo.example.de\n', ['moor.fink2@web.de']],
    ['De : Mailo Juridique <juridique@mailo.example.fr>\nEnvoyé : lundi 16 novembre 2026 10:00\n\nLe compte brume.douce2@orange.fr a été conservé le 15/11/2026. Référence : MLO-2611-0196\nÉcrivez-nous : aide@mailo.example.fr\n', ['brume.douce2@orange.fr']],
  ])('leaves the provider\'s own addresses out as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe('accounts: a profile page\'s address on a host with subdomains and an app or language segment ("https://es.wallapop.example.com/app/user/…")', () => {
  it.each([
    ['From: Depop Legal <legal@depop.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n\nWe preserved the seller profile below on 15 November 2026.\nProfile: https://www.shop.depop.example.co.uk/en/user/fen-quill-42\nReference: DPP-2611-0201\n', ['https://www.shop.depop.example.co.uk/en/user/fen-quill-42']],
    ['De: OLX Jurídico <juridico@olx.example.pt>\nData: 16 de nov. de 2026 10:00\n\nForam preservados em 15/11/2026 os dados do perfil:\nPerfil: https://pt.olx.example.com/app/user/areia-fina-77\nReferência: OLX-2611-0202\n', ['https://pt.olx.example.com/app/user/areia-fina-77']],
    ['Von: Kleinanzeigen Recht <recht@kleinanzeigen.example.de>\nDatum: 16.11.2026 10:00\n\nGesichert am 15.11.2026:\nProfil: https://m.markt.kleinanzeigen.example.de/de/users/kiesel_rand\nReferenz: KA-2611-0203\n', ['https://m.markt.kleinanzeigen.example.de/de/users/kiesel_rand']],
  ])('proposes the profile address: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // A help page of the provider's, in prose of contact.
    'From: Depop Legal <legal@depop.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n\nWe preserved the records on 15 November 2026 (reference DPP-2611-0204). Questions? Contact us via https://help.depop.example.com/en/users/support\n',
    // A post's address on such a host.
    'De: OLX Jurídico <juridico@olx.example.pt>\nData: 16 de nov. de 2026 10:00\n\nForam preservados em 15/11/2026 os dados do anúncio:\nAnúncio: https://pt.olx.example.com/app/item/88120045/bicicleta\nReferência: OLX-2611-0205\n',
    // A host with subdomains but no profile path.
    'Von: Kleinanzeigen Recht <recht@kleinanzeigen.example.de>\nDatum: 16.11.2026 10:00\n\nGesichert am 15.11.2026. Portal: https://m.markt.kleinanzeigen.example.de/behoerden\nReferenz: KA-2611-0206\n',
  ])('proposes no account: %s', (text) => {
    expect(read(text).accounts).toEqual([]);
  });
});

describe('dates: "as at", the British and Australian "as of", gives the date after it the preservation\'s role', () => {
  it.each([
    ['From: Trade Me Legal <legal@trademe.example.co.nz>\nDate: Mon, 16 Nov 2026 10:00:00 +1300\n\nTrade Me confirms that, as at 12 November 2026, it holds the member records of kea.ridge77 for your request.\nPreservation reference: TM-2611-0211\n', '2026-11-12'],
    ['From: Gumtree Legal <legal@gumtree.example.com.au>\nDate: Mon, 16 Nov 2026 10:00:00 +1100\n\nPreservation completed. Account data of wattle.creek@bigpond.example.com is on record as at 12/11/2026.\nReference: GT-2611-0212\n', '2026-11-12'],
    ['From: Monzo Legal <legal@monzo.example.co.uk>\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n\nThe customer account below is preserved.\nState of the data: as at 12 November 2026\nCustomer number: 77310042\nReference: MNZ-2611-0213\n', '2026-11-12'],
  ])('dates the preservation: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });

  it.each([
    ['From: Trade Me Legal <legal@trademe.example.co.nz>\nDate: Mon, 16 Nov 2026 10:00:00 +1300\n\nWe preserved the member records of kea.ridge78. The preservation expires as at 12 February 2027.\nPreservation reference: TM-2611-0214\n', '2026-11-16'],
    ['From: Gumtree Legal <legal@gumtree.example.com.au>\nDate: Mon, 16 Nov 2026 10:00:00 +1100\n\nWe preserved wattle.creek2@bigpond.example.com. Your request was received as at 10/11/2026.\nReference: GT-2611-0215\n', '2026-11-16'],
    ['From: Monzo Legal <legal@monzo.example.co.uk>\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n\nThe customer account below was preserved on 13 November 2026. As at the date of your request it was active.\nCustomer number: 77310043\nReference: MNZ-2611-0216\n', '2026-11-13'],
  ])('dates as before: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });
});

describe('accounts: an account id printed in groups of four capitals and digits after its label ("Kraken Public Account ID: AA47 N84G 3KZT 9QWM")', () => {
  it.each([
    ['From: Revolut Legal <legal@revolut.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n\nWe preserved the account below on 15 November 2026.\nAccount ID: QX7P 44MZ 9K2A\nReference: RVL-LE-2611-0221\n', ['QX7P 44MZ 9K2A']],
    ['Von: Bitpanda Recht <recht@bitpanda.example.at>\nDatum: 16.11.2026 10:00\n\nDas Konto wurde am 15.11.2026 gesichert.\nMember ID: 7KQ2 MM4T 88ZD\nReferenz: BTP-2611-0222\n', ['7KQ2 MM4T 88ZD']],
    ['From: Bitstamp Legal <legal@bitstamp.example.lu>\nDate: Mon, 16 Nov 2026 10:00:00 +0100\n\nThe client records below were preserved on 15 November 2026.\n\n    Client account ID ........ LK29 7XQA 44PB 1190\n\nReference: BST-2611-0223\n', ['LK29 7XQA 44PB 1190']],
  ])('proposes the id whole: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    'From: Revolut Legal <legal@revolut.example.com>\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n\nWe preserved the account on 15 November 2026.\nAccount ID: from your list\nReference: RVL-LE-2611-0224\n',
    'Von: Bitpanda Recht <recht@bitpanda.example.at>\nDatum: 16.11.2026 10:00\n\nDas Konto wurde am 15.11.2026 gesichert.\nMember ID: ABCD EFGH IJKL\nReferenz: BTP-2611-0225\n',
    'From: Bitstamp Legal <legal@bitstamp.example.lu>\nDate: Mon, 16 Nov 2026 10:00:00 +0100\n\nThe records were preserved on 15 November 2026, order ID LK29 7XQA 44PB 1191. Reference: BST-2611-0226\n',
  ])('proposes no account: %s', (text) => {
    expect(read(text).accounts).toEqual([]);
  });
});

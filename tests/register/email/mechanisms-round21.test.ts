import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 21 (holdout20's kinds): each shown on invented mail in other providers, words, languages and
 * layouts than the corpus's, with probes that must read the new way (each failed before its change) and probes that
 * must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers };
};
const perReference = (text: string) =>
  Object.fromEntries(parseProviderEmail(text, NOW).confirmations.map((c) => [c.reference, { date: c.preservedOn?.day ?? null, accounts: c.accounts.map((a) => a.value) }]));

describe('confirmations: the preservation carried out, in the Romance languages\' "proceeded to" ("avoir procédé à la conservation")', () => {
  it.each([
    [
      'From: Equipo Legal de Telegram <legal@telegram.org>\nDate: Tue, 10 Nov 2026 09:12:00 +0100\n\nEstimado agente:\n\nLe confirmamos que hemos procedido a la conservación de los datos de la cuenta @brisa_norte el 09/11/2026.\n\nReferencia Telegram: TG-CONS-44120\n\nLos datos serán conservados durante un plazo de 90 días.\n',
      { references: ['TG-CONS-44120'], preservedOn: '2026-11-09', accounts: ['@brisa_norte'] },
    ],
    [
      'Da: Twitch Legal <legal@twitch.tv>\nInviato: 12/11/2026 10:40\nOggetto: Conservazione dati\n\nGentile Ispettore,\n\nabbiamo proceduto alla conservazione dei dati relativi all\'utente twitch.tv/lucciola_blu in data 11/11/2026.\n\nRiferimento: TW-LE-2611-3391\n\nI dati saranno conservati per un periodo di 90 giorni.\n',
      { references: ['TW-LE-2611-3391'], preservedOn: '2026-11-11', accounts: ['twitch.tv/lucciola_blu'] },
    ],
    [
      'De: Dropbox Jurídico <legal@dropbox.com>\nData: 13 de nov. de 2026 08:05\n\nPrezado delegado,\n\nA Dropbox procedeu à preservação dos dados da conta mar.salgado@outlook.com em 12/11/2026.\n\nReferência: DBX-PR-77120\n\nOs dados serão preservados por um período de 90 dias.\n',
      { references: ['DBX-PR-77120'], preservedOn: '2026-11-12', accounts: ['mar.salgado@outlook.com'] },
    ],
  ])('confirms the preservation: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    // Put off: the preservation will be carried out, or once it is.
    'From: Equipo Legal de Telegram <legal@telegram.org>\nDate: Tue, 10 Nov 2026 09:12:00 +0100\n\nHemos recibido su solicitud. Procederemos a la conservación de los datos una vez verificada la orden.\n\nReferencia Telegram: TG-CONS-44121\n',
    'Da: Twitch Legal <legal@twitch.tv>\nInviato: 12/11/2026 10:40\n\nAbbiamo ricevuto la richiesta; una volta verificata, avremo proceduto alla conservazione dei dati.\n\nRiferimento: TW-LE-2611-3392\n',
    'De: Dropbox Jurídico <legal@dropbox.com>\nData: 13 de nov. de 2026 08:05\n\nRecebemos o pedido. Assim que a ordem for validada, procederemos à preservação dos dados.\n\nReferência: DBX-PR-77121\n',
  ])('still confirms nothing where it is put off or denied: %s', (text) => {
    expect(read(text).references).toEqual([]);
  });
});

describe('dates: a hold put on a product\'s name ("placed a hold on the Instagram username x") reserves a name, not data', () => {
  it.each([
    [
      'From: TikTok LERT <lert@tiktok.com>\nDate: Wed, 18 Nov 2026 10:00:00 +0000\n\nHello,\n\nOn 16 November 2026 we placed a hold on the TikTok handle @marram.grass so that nobody else can register it.\n\nThe account data of @marram.grass was preserved on 17 November 2026. Reference: TT-LE-2611-5570.\n',
      '2026-11-17',
    ],
    [
      'From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Thu, 19 Nov 2026 16:00:00 -0800\n\nOn November 14, 2026, Snap placed a hold on the Snapchat username tern_wake; a name hold does not itself preserve records.\n\nPreserved on: November 15, 2026\nAccount: tern_wake\nSnap reference: SNAP-LE-2611-7781\n',
      '2026-11-15',
    ],
    [
      'From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Fri, 20 Nov 2026 09:00:00 -0800\n\nOn 18 November 2026 we placed a hold on a Roblox display name, SaltfernRider, so it stays with the account.\n\nWe then preserved the account data for user 4410288391 (SaltfernRider) on 19 November 2026. Reference RBX-LE-2611-4402.\n',
      '2026-11-19',
    ],
  ])('dates the preservation, not the name held: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });

  it.each([
    // A hold on the account itself, a product's name before it, is the preservation.
    ['From: TikTok LERT <lert@tiktok.com>\nDate: Wed, 18 Nov 2026 10:00:00 +0000\n\nOn 16 November 2026 we placed a hold on the TikTok account @marram.dune. Reference: TT-LE-2611-5571.\n', '2026-11-16'],
    // The name held with no product's name: as before.
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Thu, 19 Nov 2026 16:00:00 -0800\n\nOn November 14, 2026 we placed a hold on the username tern_wade. We preserved the account on November 15, 2026. Snap reference: SNAP-LE-2611-7782.\n', '2026-11-15'],
    // A hold on a product's records, not on a name.
    ['From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Fri, 20 Nov 2026 09:00:00 -0800\n\nOn 18 November 2026 we placed a hold on the Roblox records of user 4410288392. Reference RBX-LE-2611-4403.\n', '2026-11-18'],
  ])('dates a hold on data as before: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });
});

describe('tables: a table pasted from HTML mail with its cells parted by tabs is read cell by cell, by its place in the row', () => {
  it.each([
    [
      'From: Google LIS <lis-noreply@google.com>\nDate: Mon, 16 Nov 2026 18:00:00 -0800\n\nThe following accounts were preserved.\n\nAccount\tPreserved on\tGoogle Ref\tProduct\nheron.saltmarsh.1987@gmail.com\t2026-11-14\tGGL-PR-4410021\tGmail\nwillow.creekbed.archive@gmail.com\t2026-11-15\tGGL-PR-4410022\tDrive\n\nRegards, Google LIS\n',
      { 'GGL-PR-4410021': { date: '2026-11-14', accounts: ['heron.saltmarsh.1987@gmail.com'] }, 'GGL-PR-4410022': { date: '2026-11-15', accounts: ['willow.creekbed.archive@gmail.com'] } },
    ],
    [
      'From: Discord T&S <lawenforcement@discord.com>\nDate: Wed, 18 Nov 2026 11:00:00 -0800\n\nPreservation complete.\n\nUser ID\tPreserved\tReference\n1190022334455667788\t11/16/2026\tDSC-2611-30041\n1190022334455667799\t11/17/2026\tDSC-2611-30042\n',
      { 'DSC-2611-30041': { date: '2026-11-16', accounts: ['1190022334455667788'] }, 'DSC-2611-30042': { date: '2026-11-17', accounts: ['1190022334455667799'] } },
    ],
    [
      'Von: Snap Law Enforcement <lawenforcement@snapchat.com>\nGesendet: Dienstag, 17. November 2026 09:12\n\nIhre Anfrage wurde bearbeitet. Snap-Referenz: SNAP-LE-2611-9901\n\nKonto\tGesichert?\tProdukt\nhttps://www.snapchat.com/add/nebelkraehe_77\tJa\tSnapchat\nhttps://www.snapchat.com/add/moorbirke.22\tNein\tSnapchat\n\nGesichert am 16.11.2026.\n',
      { 'SNAP-LE-2611-9901': { date: '2026-11-16', accounts: ['https://www.snapchat.com/add/nebelkraehe_77'] } },
    ],
  ])('gives each row its own reference, date and account: %s', (text, expected) => {
    expect(perReference(text)).toEqual(expected);
  });

  it.each([
    // Aligned with blanks: read by column, as before.
    [
      'From: Google LIS <lis-noreply@google.com>\nDate: Mon, 16 Nov 2026 18:00:00 -0800\n\nAccount                     Google Ref       Preserved on\nheron.flat@gmail.com        GGL-PR-4410031   2026-11-14\nwillow.bed@gmail.com        GGL-PR-4410032   2026-11-15\n',
      { 'GGL-PR-4410031': { date: '2026-11-14', accounts: ['heron.flat@gmail.com'] }, 'GGL-PR-4410032': { date: '2026-11-15', accounts: ['willow.bed@gmail.com'] } },
    ],
    // A tabbed row with an empty cell (fewer cells than the header): by column, as before.
    [
      'From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Tue, 17 Nov 2026 09:12:00 -0800\n\nWe preserved:\n\nAccount\tReference\nmoor.birch22\tSNAP-LE-2611-9911\n',
      { 'SNAP-LE-2611-9911': { date: '2026-11-17', accounts: ['moor.birch22'] } },
    ],
    // Bars, as before.
    [
      'From: Discord T&S <lawenforcement@discord.com>\nDate: Wed, 18 Nov 2026 11:00:00 -0800\n\nPreservation complete.\n\n| User ID | Reference | Preserved |\n|---|---|---|\n| 1190022334455660001 | DSC-2611-30051 | 11/17/2026 |\n| 1190022334455660002 | DSC-2611-30052 | 11/18/2026 |\n',
      { 'DSC-2611-30051': { date: '2026-11-17', accounts: ['1190022334455660001'] }, 'DSC-2611-30052': { date: '2026-11-18', accounts: ['1190022334455660002'] } },
    ],
  ])('reads other tables as before: %s', (text, expected) => {
    expect(perReference(text)).toEqual(expected);
  });
});

describe('accounts: a cell of an account column holding a system\'s prefixed id ("live:.cid.4b8e…", "dbid:AAC…")', () => {
  it.each([
    [
      'From: Microsoft LENS <lens-noreply@microsoft.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nPreserved on 2026-11-15.\n\nAccount                        Reference\nlive:.cid.7c21e0a94b3f1c55     MS-LE-2611-40091\n',
      ['live:.cid.7c21e0a94b3f1c55'],
    ],
    [
      'De: Microsoft Legal <lens-noreply@microsoft.com>\nEnviado el: lunes, 16 de noviembre de 2026 10:00\n\nConservamos la cuenta indicada el 15/11/2026.\n\n| Cuenta | Referencia |\n|---|---|\n| live:.cid.9a8b7c6d5e4f3a21 | MS-LE-2611-40095 |\n',
      ['live:.cid.9a8b7c6d5e4f3a21'],
    ],
    [
      'Von: Microsoft Rechtsabteilung <lens-noreply@microsoft.com>\nGesendet: Montag, 16. November 2026 10:00\n\nGesichert am 15.11.2026.\n\nKennung\tDienst\tReferenz\nlive:quarry.lark_9\tSkype\tMS-LE-2611-40092\n',
      ['live:quarry.lark_9'],
    ],
  ])('proposes the prefixed id: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // A prefix in a column that names no account (a status, a type).
    ['From: Microsoft LENS <lens-noreply@microsoft.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nPreserved on 2026-11-15.\n\nStatus                         Reference\nnote:see.below.2               MS-LE-2611-40093\n', []],
    // A plain name in the column, as before.
    ['From: Dropbox Legal <legal@dropbox.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved the account below on November 15, 2026.\n\n| Account | Dropbox ref |\n|---|---|\n| wren_quill.77 | DBX-PR-88121 |\n', ['wren_quill.77']],
    // A URL's scheme is no system's prefix: the cell's address is read as an address.
    ['From: Microsoft LENS <lens-noreply@microsoft.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nPreserved on 2026-11-15.\n\nAccount                                   Reference\nhttps://www.linkedin.com/in/wren-quill    MS-LE-2611-40094\n', ['https://www.linkedin.com/in/wren-quill']],
  ])('reads other cells as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe('accounts: an id after an account\'s id label, written in groups of digits parted by hyphens ("member ID 77-4410938")', () => {
  it.each([
    ['From: Uber LE <lert@uber.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved the rider account (account ID 55-0913377) on November 15, 2026. Reference UBR-LE-2611-7710.\n', ['55-0913377']],
    ['Von: Roblox Law Enforcement <lawenforcement@roblox.com>\nGesendet: Montag, 16. November 2026 10:00\n\nGesichert am 15.11.2026:\nBenutzer-ID: 4410-88213\nReferenz: RBX-LE-2611-7711\n', ['4410-88213']],
    ['From: Amazon Law Enforcement <law-enforcement@amazon.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nAmazon preserved the account below on 15 November 2026.\nPreserved account: salt.fern88@outlook.com (customer ID 44-1009327)\nCase: AMZ-LE-2611-7712\n', ['salt.fern88@outlook.com', '44-1009327']],
  ])('proposes the hyphenated id: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // A trip's id, not the account's.
    'From: Uber LE <lert@uber.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved the records on November 15, 2026, including trip ID 55-0913378. Reference UBR-LE-2611-7713.\n',
    // Too few digits to be an id.
    'Von: Roblox Law Enforcement <lawenforcement@roblox.com>\nGesendet: Montag, 16. November 2026 10:00\n\nGesichert am 15.11.2026.\nBenutzer-ID: 12-34\nReferenz: RBX-LE-2611-7714\n',
    // Another thing's id.
    'From: Coinbase Legal <legal@coinbase.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nCoinbase preserved the records on 15 November 2026.\nOrder ID 7731-0042-96\nCase: CB-LE-2611-7715\n',
  ])('proposes no account: %s', (text) => {
    expect(read(text).accounts).toEqual([]);
  });
});

describe('provider: a portal\'s request page in the provider\'s message names the portal\'s provider by the registry ("app.kodexglobal.com/<tenant>/requests/…")', () => {
  it.each([
    'From: Lumora Safety via Kodex <notifications@kodex.us>\nDate: Tue, 17 Nov 2026 09:00:00 -0600\nSubject: Preservation completed - LM-2026-00411\n\nYour preservation request is complete.\n\nRequest ID: LM-2026-00411\nUser: @quiet_alder (Lumora user ID 5512009348)\nPreserved on: November 16, 2026\n\nOpen the request: https://app.kodex.us/lumora/requests/LM-2026-00411\n',
    'Sicherung abgeschlossen\n\nAnfrage-ID: FW-2026-7781\nKonto: @nebelfink_3\nGesichert am: 16.11.2026\n\nAnfrage öffnen:\nhttps://app.kodexglobal.com/fernweh/requests/FW-2026-7781\n\nKodex · Benachrichtigungen verwalten\n',
    'De : Équipe Confiance de Pivolo <no-reply@kodexglobal.com>\nEnvoyé : mardi 17 novembre 2026 10:12\nObjet : Conservation effectuée\n\nBonjour,\n\nLa conservation des données du compte @sable_gris a été effectuée le 16/11/2026.\nRéférence : PV-2026-00952\n\nVoir la demande : app.kodexglobal.com/pivolo/requests/PV-2026-00952\n',
  ])('proposes the generic Kodex entry: %s', (text) => {
    expect(read(text).providerId).toBe('kodex');
  });

  it.each([
    // A known tenant named by its words: that provider, as before.
    ['From: Discord Law Enforcement via Kodex <notifications@kodexglobal.com>\nDate: Tue, 17 Nov 2026 09:00:00 -0600\n\nDiscord has preserved user 1150022334455667788 on November 16, 2026.\nRequest ID: DSC-2026-118431\nhttps://app.kodexglobal.com/discord/requests/DSC-2026-118431\n', 'discord'],
    // No portal's address and no provider named: none, as before.
    ['From: Lumora Safety <safety@lumora.example>\nDate: Tue, 17 Nov 2026 09:00:00 -0600\n\nWe preserved @quiet_alder2 on November 16, 2026. Reference LM-2026-00412.\n', null],
    // A page of the provider's own site that is no portal: the words decide, as before.
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Tue, 17 Nov 2026 09:00:00 -0800\n\nWe preserved tern_wake2 on November 16, 2026. Reference SNAP-LE-2611-7790. See https://values.snap.com/safety/law-enforcement\n', 'snap'],
  ])('reads the provider as before: %s', (text, provider) => {
    expect(read(text).providerId).toBe(provider);
  });
});

describe('accounts: a letter\'s delivery line ("Via email: lt.okonkwo@…", "Par courriel :") names the addressee\'s address, not a target\'s', () => {
  it.each([
    [
      '                         UBER TECHNOLOGIES, INC.\n\nBy email: d.marsh@harbor-pd.example.gov\n\nDetective Dana Marsh\nHarbor Police Department\n\nRe: Preservation Request - Uber reference UBR-LE-2611-0331\n\nUber has preserved the records of the rider account fen.hollow.rides@gmail.com, effective November 14, 2026.\n',
      ['fen.hollow.rides@gmail.com'],
    ],
    [
      '                         DROPBOX INTERNATIONAL UNLIMITED COMPANY\n\nPar courriel : capitaine.morel@gendarmerie.example.fr\n\nObjet : Conservation - référence DBX-PR-77201\n\nNous avons conservé le compte nuage.gris@outlook.fr le 14/11/2026.\n',
      ['nuage.gris@outlook.fr'],
    ],
    [
      '                         AIRBNB IRELAND UC\n\nPor correo electrónico: inspectora.ruiz@policia.example.es\n\nAsunto: Conservación - referencia ABNB-LE-2611-0332\n\nHemos conservado la cuenta del anfitrión casa.brisa@gmail.com el 14/11/2026.\n',
      ['casa.brisa@gmail.com'],
    ],
  ])('proposes the target only: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // An account's own line ("Email address:") in the same letter.
    ['                         UBER TECHNOLOGIES, INC.\n\nRe: Preservation Request - Uber reference UBR-LE-2611-0333\n\nUber has preserved the rider account below, effective November 14, 2026:\n\n      Email address:  fen.hollow2@gmail.com\n', ['fen.hollow2@gmail.com']],
    // "Via email" in prose, no delivery line.
    ['From: Dropbox Legal <legal@dropbox.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nAs requested via email, we preserved nuage.gris2@outlook.fr on 14 November 2026. Reference DBX-PR-77202.\n', ['nuage.gris2@outlook.fr']],
    // A target whose account line names e-mail ("Preserved e-mail: …").
    ['From: Airbnb LERT <lert@airbnb.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved the host on 14 November 2026 (reference ABNB-LE-2611-0334).\nPreserved e-mail: casa.brisa2@gmail.com\n', ['casa.brisa2@gmail.com']],
  ])('proposes the account as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe('references: a number written in groups of digits parted by single spaces, where a file word\'s label gives it the rest of its line ("Lyft Legal Request ID: 4471 9920 31")', () => {
  it.each([
    [
      '                              UBER TECHNOLOGIES, INC.\n\nVia email: d.marsh@harbor-pd.example.gov\n\n      Re:  Preservation Request\n           Uber Case Number: 2611 0045 73\n\nDear Detective Marsh:\n\nUber has preserved the records associated with the rider account below, effective November 14, 2026:\n\n      Email address:  fen.hollow.rides@gmail.com\n',
      { references: ['2611 0045 73'], preservedOn: '2026-11-14', accounts: ['fen.hollow.rides@gmail.com'] },
    ],
    [
      'From: Airbnb Law Enforcement <lert@airbnb.com>\nDate: Mon, 16 Nov 2026 11:00:00 -0800\n\nHi Officer Vale,\n\nWe preserved the host account kestrel.loft@outlook.com on November 15, 2026.\n\nReference No.: 88 1204 5577\n\nAirbnb LERT\n',
      { references: ['88 1204 5577'], preservedOn: '2026-11-15', accounts: ['kestrel.loft@outlook.com'] },
    ],
    [
      'De: Dropbox Legal <legal@dropbox.com>\nEnviado el: martes, 17 de noviembre de 2026 9:00\n\nHemos conservado la cuenta nube.salina@outlook.com el 16/11/2026.\n\nDropbox case: 5520 1187 4493\n',
      { references: ['5520 1187 4493'], preservedOn: '2026-11-16', accounts: ['nube.salina@outlook.com'] },
    ],
  ])('reads the spaced number whole: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    // The agency's number, spaced: still the agency's.
    ['From: Airbnb Law Enforcement <lert@airbnb.com>\nDate: Mon, 16 Nov 2026 11:00:00 -0800\n\nWe preserved the host account kestrel.loft2@outlook.com on November 15, 2026.\nAgency case number: 2611 0045 74\nReference: ABNB-LE-2611-0093\n', ['ABNB-LE-2611-0093']],
    // Too few digits for a reference ("Case: 2026 11").
    ['From: Dropbox Legal <legal@dropbox.com>\nDate: Mon, 16 Nov 2026 11:00:00 -0800\n\nWe preserved nube.salina2@outlook.com on November 15, 2026.\nCase: 2026 11\nReference DBX-PR-77190\n', ['DBX-PR-77190']],
    // A phone number after a contact label is no reference.
    ['From: Uber LE <lert@uber.com>\nDate: Mon, 16 Nov 2026 11:00:00 -0800\n\nWe preserved the rider account fen.hollow2@gmail.com on November 15, 2026 (reference UBR-LE-2611-0094).\nLERT phone: 0491 570 156\n', ['UBR-LE-2611-0094']],
  ])('reads other numbers as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('references: a number the message labels the addressee\'s in one place ("Subject: … Your Ref SV/OP-KESTREL/26") is the addressee\'s wherever else it stands', () => {
  it.each([
    [
      'From: Telegram Legal <legal@telegram.org>\nTo: DS Ana Holm <a.holm@northshire.police.example.uk>\nSubject: Preservation - Telegram case 7730412 - Your Ref NPS/OP-HERON/26\nDate: Tue, 17 Nov 2026 10:00:00 +0000\n\nDear DS Holm,\n\nWe write regarding your preservation request under reference NPS/OP-HERON/26. Telegram has preserved the account @grey_heron_9 on 16 November 2026.\n\nTelegram case: 7730412\n',
      ['7730412'],
    ],
    [
      'Von: Snap Law Enforcement <lawenforcement@snapchat.com>\nAn: KOK Lena Brandt <l.brandt@polizei.example.de>\nBetreff: Sicherung abgeschlossen - Ihr Zeichen: KK-12/2026/0991\nDatum: 17.11.2026 10:00\n\nSehr geehrte Frau Brandt,\n\nzu Ihrer Anfrage mit der Referenz KK-12/2026/0991 haben wir das Konto nebelfalke_22 am 16.11.2026 gesichert.\n\nSnap-Referenz: SNAP-LE-2611-4471\n',
      ['SNAP-LE-2611-4471'],
    ],
    [
      'De : Discord Trust & Safety <lawenforcement@discord.com>\nÀ : brigadier.roux@gendarmerie.example.fr\nObjet : Conservation effectuée - Votre référence : BR/2026/4471\nDate : 17/11/2026 10:00\n\nBonjour,\n\nSuite à votre demande sous la référence BR/2026/4471, nous avons conservé le compte 1170022334455667711 le 16/11/2026.\n\nRéférence Discord : DSC-2611-30077\n',
      ['DSC-2611-30077'],
    ],
  ])('proposes the provider\'s number only: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it.each([
    // The provider's own number, which it calls "your reference number is": as before.
    ['From: Telegram Legal <legal@telegram.org>\nDate: Tue, 17 Nov 2026 10:00:00 +0000\nSubject: Preservation - TG-LE-2611-0442\n\nWe preserved @grey_heron_8 on 16 November 2026. Your reference number is TG-LE-2611-0442.\n', ['TG-LE-2611-0442']],
    // "Your request #…" as a provider numbers the request: as before.
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Tue, 17 Nov 2026 10:00:00 -0800\nSubject: Snap Preservation Processed #SNAP-LE-2611-4472\n\nYour request #SNAP-LE-2611-4472 has been processed. The account nebelfalke_23 was preserved on November 16, 2026.\n', ['SNAP-LE-2611-4472']],
    // The addressee's number only once, the provider's number elsewhere: as before.
    ['From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: Tue, 17 Nov 2026 10:00:00 -0800\nSubject: Preservation completed - your ref BR/2026/4472\n\nWe preserved 1170022334455667712 on November 16, 2026. Reference: DSC-2611-30078.\n', ['DSC-2611-30078']],
  ])('reads the references as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('sections: a paragraph after a list of references, each alone on its line, speaks for all of them', () => {
  it.each([
    [
      'From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Fri, 13 Nov 2026 16:00:00 -0800\n\nEach account has its own Snap reference:\n\n- tern_wake3 -> SNAP-LE-2611-0101\n- tern_wade4 -> SNAP-LE-2611-0102\n\nDate of preservation: 12 November 2026\n',
      { 'SNAP-LE-2611-0101': { date: '2026-11-12', accounts: ['tern_wake3'] }, 'SNAP-LE-2611-0102': { date: '2026-11-12', accounts: ['tern_wade4'] } },
    ],
    [
      'Von: Microsoft Rechtsabteilung <lens-noreply@microsoft.com>\nGesendet: Freitag, 13. November 2026 10:00\n\nWir haben die folgenden Konten gesichert:\n\nKonto nebel.kauz@outlook.de: Referenz MS-LE-2611-0111\nKonto moor.falke@outlook.de: Referenz MS-LE-2611-0112\n\nGesichert am 12.11.2026.\n',
      { 'MS-LE-2611-0111': { date: '2026-11-12', accounts: ['nebel.kauz@outlook.de'] }, 'MS-LE-2611-0112': { date: '2026-11-12', accounts: ['moor.falke@outlook.de'] } },
    ],
    [
      'From: Coinbase Legal <legal@coinbase.com>\nDate: Fri, 13 Nov 2026 10:00:00 -0800\n\nWe placed a hold on these accounts:\n\n1) UID 77310042 - case CB-LE-2611-0121\n2) UID 77310043 - case CB-LE-2611-0122\n\nHold placed on 11/12/2026.\n',
      { 'CB-LE-2611-0121': { date: '2026-11-12', accounts: ['77310042'] }, 'CB-LE-2611-0122': { date: '2026-11-12', accounts: ['77310043'] } },
    ],
  ])('dates every reference of the list: %s', (text, expected) => {
    expect(perReference(text)).toEqual(expected);
  });

  it.each([
    // Each reference heads its own section with its own date: as before.
    [
      'From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Fri, 13 Nov 2026 16:00:00 -0800\n\nReference SNAP-LE-2611-0131\nThe account tern_wake5 was preserved on 10 November 2026.\n\nReference SNAP-LE-2611-0132\nThe account tern_wade6 was preserved on 11 November 2026.\n',
      { 'SNAP-LE-2611-0131': { date: '2026-11-10', accounts: ['tern_wake5'] }, 'SNAP-LE-2611-0132': { date: '2026-11-11', accounts: ['tern_wade6'] } },
    ],
    // The paragraph after the list names one reference: that reference's.
    [
      'From: Coinbase Legal <legal@coinbase.com>\nDate: Fri, 13 Nov 2026 10:00:00 -0800\n\nWe placed a hold on these accounts:\n\n1) UID 77310052 - case CB-LE-2611-0141\n2) UID 77310053 - case CB-LE-2611-0142\n\nThe hold under CB-LE-2611-0142 was placed on 11/12/2026.\n',
      { 'CB-LE-2611-0141': { date: '2026-11-13', accounts: ['77310052'] }, 'CB-LE-2611-0142': { date: '2026-11-12', accounts: ['77310053'] } },
    ],
    // Items parted by blank lines are no list; from round 65 the message's one day of preservation after every part,
    // its sentence naming no number and no single account, dates them all (a case preserved later is dated early,
    // its reminder early, never late).
    [
      'Von: Microsoft Rechtsabteilung <lens-noreply@microsoft.com>\nGesendet: Freitag, 13. November 2026 10:00\n\nKonto nebel.kauz2@outlook.de: Referenz MS-LE-2611-0151\n\nKonto moor.falke2@outlook.de: Referenz MS-LE-2611-0152\n\nGesichert am 12.11.2026.\n',
      { 'MS-LE-2611-0151': { date: '2026-11-12', accounts: ['nebel.kauz2@outlook.de'] }, 'MS-LE-2611-0152': { date: '2026-11-12', accounts: ['moor.falke2@outlook.de'] } },
    ],
    // So a sentence about one account after them stays that account's part's.
    [
      'Von: Microsoft Rechtsabteilung <lens-noreply@microsoft.com>\nGesendet: Freitag, 13. November 2026 10:00\n\nKonto nebel.kauz3@outlook.de: Referenz MS-LE-2611-0153\n\nKonto moor.falke3@outlook.de: Referenz MS-LE-2611-0154\n\nDas Konto moor.falke3@outlook.de wurde am 12.11.2026 gesichert.\n',
      { 'MS-LE-2611-0153': { date: '2026-11-13', accounts: ['nebel.kauz3@outlook.de'] }, 'MS-LE-2611-0154': { date: '2026-11-12', accounts: ['moor.falke3@outlook.de'] } },
    ],
  ])('reads other layouts as before: %s', (text, expected) => {
    expect(perReference(text)).toEqual(expected);
  });
});

describe('accounts: a channel of a server, guild or workspace ("Server (guild) ID …⏎Channel ID …") is a place, not an account', () => {
  it.each([
    'From: Slack Legal <legal@slack.com>\nDate: Tue, 17 Nov 2026 10:00:00 -0800\n\nWe preserved the member account below on November 16, 2026 (reference SLK-LE-2611-0201).\n\nMember ID: U05QZ81TPLM4\n\nContext you provided:\nWorkspace ID: T04AB12CD9XY\nChannel ID: C05R7KD19MPZ\n',
    'From: Telegram Legal <legal@telegram.org>\nDate: Tue, 17 Nov 2026 10:00:00 +0000\n\nTelegram preserved user ID 5512009348 on 16 November 2026. Reference TG-LE-2611-0202.\nThe account posted in group 1884402291, channel ID 1884402293.\n',
    'From: Kik Law Enforcement <lawenforcement@kik.com>\nDate: Tue, 17 Nov 2026 10:00:00 -0500\n\nPreserved on 16 November 2026: user ID 7719002233 (reference KIK-PR-11291).\n\nGuild\t88120033441\nChannel ID\t88120033447\n',
  ])('proposes the user, not the channel: %s', (text) => {
    expect(read(text).accounts.some((a) => /^(?:C05R7KD19MPZ|1884402293|88120033447)$/.test(a))).toBe(false);
  });

  it.each([
    // A channel that is an account (a video channel), no server near it.
    ['From: Google LIS <lis-noreply@google.com>\nDate: Tue, 17 Nov 2026 10:00:00 -0800\n\nWe preserved the YouTube channel below on November 16, 2026 (reference GGL-PR-4410301).\nChannel ID: UCx7Qm2Lp9Rt4Vw8Yz1Ab3Cd\n', ['UCx7Qm2Lp9Rt4Vw8Yz1Ab3Cd']],
    // A streaming channel's id in prose.
    ['From: Twitch Legal <legal@twitch.tv>\nDate: Tue, 17 Nov 2026 10:00:00 -0800\n\nTwitch preserved channel ID 44102233 on November 16, 2026. Reference TW-LE-2611-0203.\n', ['44102233']],
    // A server named in another paragraph: the channel id stands alone, as before.
    ['From: Twitch Legal <legal@twitch.tv>\nDate: Tue, 17 Nov 2026 10:00:00 -0800\n\nTwitch preserved the channel below on November 16, 2026. Reference TW-LE-2611-0204.\n\nChannel ID: 44102234\n\nOur servers keep the data for 90 days.\n', ['44102234']],
  ])('proposes the channel as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

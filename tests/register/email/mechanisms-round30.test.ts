import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 30 (dev18's failures, read as shapes any e-mail may have): each shown on invented mail, with
 * probes that must read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};

describe("text: in a phone's run-on copy, a greeting right after the closing bracket of the To: line's address ('To: <det.vale@…> Hello Detective,') starts the body's line", () => {
  it.each([
    ["Fwd: Discord preservation ---------- Forwarded message --------- From: Discord Legal <legal-noreply@discord.com> Date: Tue, Nov 17, 2026 at 9:12 AM Subject: Preservation confirmed - DSC-LE-2611-5501 To: <det.vale@pd.example.org> Hello Detective, Discord has preserved the following account. Preserved on 2026-11-16. User ID: 1029384756102938475 Username: quill_heron_2 Reference: DSC-LE-2611-5501 Data will be retained for 90 days. Discord Legal Team Sent from my iPhone\n", ["1029384756102938475", "quill_heron_2"]],
    ["TR: Conservation Snap ---------- Message transféré --------- De : Snap Law Enforcement <lawenforcement@snapchat.com> Date: jeu. 19 nov. 2026 à 10:02 Subject: Conservation - SNAP-PR-2611-0042 To: <lt.roux@gendarmerie.example.fr> Bonjour Lieutenant, Snap Inc. a conservé les données du compte suivant. Conservation effectuée le 18/11/2026. Nom d'utilisateur : sel_gris_88 Référence : SNAP-PR-2611-0042 Les données seront conservées 90 jours. Snap Law Enforcement Envoyé de mon iPhone\n", ["sel_gris_88"]],
    ["WG: Sicherung ---------- Forwarded message --------- Von: Microsoft Law Enforcement <lens@microsoft.com> Date: Mi., 18. Nov. 2026 um 08:14 Subject: Sicherung abgeschlossen - MS-LE-2611-0733 To: Frau Roth <k.roth@polizei.example.de> Sehr geehrte Frau Roth, Microsoft hat die Daten des folgenden Kontos gesichert. Gesichert am 17.11.2026. Konto: eisvogel.blau71@outlook.de Referenz: MS-LE-2611-0733 Die Daten werden 90 Tage aufbewahrt. Microsoft Law Enforcement Von meinem iPhone gesendet\n", ["eisvogel.blau71@outlook.de"]],
  ])("reads the body apart from the header: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // The greeting after a word (the addressee's name): as before.
    ["Fwd: Discord preservation ---------- Forwarded message --------- From: Discord Legal <legal-noreply@discord.com> Date: Tue, Nov 17, 2026 at 9:12 AM Subject: Preservation confirmed - DSC-LE-2611-5502 To: Det. Vale Hello Detective, Discord has preserved the following account. Preserved on 2026-11-16. User ID: 1029384756102938476 Username: quill_heron_3 Reference: DSC-LE-2611-5502 Data will be retained for 90 days. Discord Legal Team Sent from my iPhone\n", ["1029384756102938476", "quill_heron_3"]],
    // A long paragraph (no header field, no phone's sign-off) with an address and a greeting in it: no flattened copy, as before.
    ["From: Reddit Legal <legal@reddit.com>\nDate: Tue, 17 Nov 2026 09:12:00 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation RDT-PR-558124\n\nHello Detective,\n\nWe preserved u/Moss_Lantern_41 on November 16, 2026, as you asked in your letter sent from your unit's mailbox <det.vale@pd.example.org> Hello team, this line runs on for a long while because the writer never pressed return while typing a long paragraph about the matter at hand, which is a preservation of the account named above and nothing else whatsoever.\n\nReference: RDT-PR-558124\n", ["u/Moss_Lantern_41"]],
    // The same mail with its line breaks: as before.
    ["From: Discord Legal <legal-noreply@discord.com>\nDate: Tue, 17 Nov 2026 09:12:00 -0800\nTo: Det. Vale <det.vale@pd.example.org>\nSubject: Preservation confirmed - DSC-LE-2611-5503\n\nHello Detective,\n\nDiscord has preserved the following account on 2026-11-16.\n\nUser ID: 1029384756102938477\nUsername: quill_heron_4\nReference: DSC-LE-2611-5503\n", ["1029384756102938477", "quill_heron_4"]],
  ])("reads as before: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("references: a request page's address a link wrapper carries percent-encoded in its query (Outlook's safe links, '?u=https%3A%2F%2F…', '?q=', '?target=') names the request as the plain address does", () => {
  it.each([
    ["From: Discord via Kodex <notifications@kodexglobal.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Your request has been completed\n\nDiscord Inc. has completed your preservation request. The account below has been preserved.\n\nUser ID: 1029384756102938481\n\nView the request:\nhttps://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fapp.kodexglobal.com%2Fdiscord%2Frequests%2F88120457&data=05%7C02%7Cdet.vale%40pd.example.org%7C4f1c&sdata=Xk2%2B9&reserved=0\n", ["88120457"]],
    ["Google LLC - Law Enforcement Request System\n\nYour preservation request has been fulfilled. The data of the account below has been preserved.\n\nAccount: ember.wharf62@gmail.com\n\nOpen in LERS: https://www.google.com/url?q=https%3A%2F%2Flers.google.com%2Fportal%2Frequests%2F41739231&sa=D&source=editors&ust=1763562000\n", ["41739231"]],
    ["Snap Inc. | Law Enforcement Service Site\n\nPreservation complete\n\nWe have preserved the Snapchat account below.\n\nUsername: gorse.lantern_7\n\n[ View case ]\nhttps://click.mail.snapchat.com/ls/click?target=https%3A%2F%2Fles.snapchat.com%2Fcases%2F6140-2298-PR%3Fview%3Dsummary&sig=Qm9b\n", ["6140-2298-PR"]],
  ])("reads the wrapped page's number: %s", (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });

  it.each([
    // A wrapped link to a help article: no request's page, no reference, as before.
    ["Snap Inc. | Law Enforcement Service Site\n\nPreservation complete\n\nWe have preserved the Snapchat account below.\n\nUsername: gorse.lantern_8\n\nNeed help? https://click.mail.snapchat.com/ls/click?target=https%3A%2F%2Fhelp.snapchat.com%2Fhc%2Fen-us%2Farticles%2F7012345&sig=Qm9c\n", []],
    // A labelled reference beside a wrapped request page: the labelled one, as before.
    ["Google LLC - Law Enforcement Request System\n\nYour preservation request has been fulfilled. The data of the account below has been preserved.\n\nAccount: ember.wharf63@gmail.com\nGoogle Reference Number: 41739232\n\nOpen in LERS: https://www.google.com/url?q=https%3A%2F%2Flers.google.com%2Fportal%2Frequests%2F99001122&sa=D\n", ["41739232"]],
    // A wrapped link to the page for a new request (no number): none, as before.
    ["From: Discord via Kodex <notifications@kodexglobal.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Your request has been completed\n\nDiscord Inc. has completed your preservation request. The account below has been preserved.\n\nUser ID: 1029384756102938482\n\nSubmit another request:\nhttps://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fapp.kodexglobal.com%2Fdiscord%2Frequests%2Fnew&data=05%7C02%7C4f1d&reserved=0\n", []],
  ])("reads as before: %s", (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

describe("references: a reference label in another language names a code of capitals and digits whose digits stand apart ('Numero di riferimento TikTok: 1-9QXK27R') as the English label does", () => {
  it.each([
    ["De : Meta Law Enforcement Response <records-noreply@facebookmail.com>\nEnvoyé : mardi 17 novembre 2026 10:12\nÀ : Lieutenant Roux <lt.roux@gendarmerie.example.fr>\nObjet : Conservation de données\n\nBonjour,\n\nMeta Platforms Ireland confirme la conservation des données du compte ci-dessous le 16 novembre 2026.\n\nCompte : https://www.instagram.com/sel.gris.41/\n\nNuméro de référence Meta : 1-7RTQ2K9\n\nCordialement,\nMeta Law Enforcement Response\n", ["1-7RTQ2K9"]],
    ["De: Uber Law Enforcement <lert-noreply@uber.com>\nEnviado el: martes, 17 de noviembre de 2026 10:12\nPara: Inspector Garrido <lgarrido@policia.example.es>\nAsunto: Conservación de datos\n\nHola,\n\nUber B.V. confirma la conservación de los datos de la cuenta siguiente el 16 de noviembre de 2026.\n\nCuenta: pardela.gris_52@gmail.com\n\nNúmero de referencia: 2-XK7Q91B\n\nSaludos,\nUber Law Enforcement\n", ["2-XK7Q91B"]],
    ["Von: Snap Law Enforcement <lawenforcement@snapchat.com>\nGesendet: Dienstag, 17. November 2026 10:12\nAn: KOK Brauner <j.brauner@polizei.example.de>\nBetreff: Sicherung\n\nGuten Tag,\n\nSnap Inc. hat die Daten des folgenden Kontos am 16.11.2026 gesichert.\n\nBenutzername: reiher_grau_63\n\nReferenznummer: 3-9TQ7ZK2\n\nMit freundlichen Grüßen\nSnap Law Enforcement\n", ["3-9TQ7ZK2"]],
  ])("reads the labelled code: %s", (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });

  it.each([
    // The addressee's 'Votre référence' before such a code: the agency's, as before.
    ["De : Meta Law Enforcement Response <records-noreply@facebookmail.com>\nEnvoyé : mardi 17 novembre 2026 10:12\nÀ : Lieutenant Roux <lt.roux@gendarmerie.example.fr>\nObjet : Conservation de données\n\nBonjour,\n\nMeta Platforms Ireland confirme la conservation des données du compte ci-dessous le 16 novembre 2026.\n\nCompte : https://www.instagram.com/sel.gris.41/\n\nVotre référence : 4-7QXK27R\nRéférence Meta : FB-LE-2611-0419\n\nCordialement,\nMeta Law Enforcement Response\n", ["FB-LE-2611-0419"]],
    // A number of digits after the label: as before.
    ["De: Uber Law Enforcement <lert-noreply@uber.com>\nEnviado el: martes, 17 de noviembre de 2026 10:12\nPara: Inspector Garrido <lgarrido@policia.example.es>\nAsunto: Conservación de datos\n\nHola,\n\nUber B.V. confirma la conservación de los datos de la cuenta siguiente el 16 de noviembre de 2026.\n\nCuenta: pardela.gris_52@gmail.com\n\nNúmero de referencia: 71234567\n\nSaludos,\nUber Law Enforcement\n", ["71234567"]],
    // The addressee's 'Ihre Referenznummer' before such a code, the provider's own beside it: the provider's, as before.
    ["Von: Snap Law Enforcement <lawenforcement@snapchat.com>\nGesendet: Dienstag, 17. November 2026 10:12\nAn: KOK Brauner <j.brauner@polizei.example.de>\nBetreff: Sicherung\n\nGuten Tag,\n\nSnap Inc. hat die Daten des folgenden Kontos am 16.11.2026 gesichert.\n\nBenutzername: reiher_grau_63\n\nIhre Referenznummer: 3-9TQ7ZK3\nUnsere Referenz: SN-LE-2611-0420\n\nMit freundlichen Grüßen\nSnap Law Enforcement\n", ["SN-LE-2611-0420"]],
  ])("reads as before: %s", (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

describe("references: where an extension's new number is the earlier one with a suffix ('PRS-4391-0026-EXT1'), the words before the longer number are its own, not the earlier one's", () => {
  it.each([
    ["From: Microsoft Law Enforcement <lens@microsoft.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Re: Preservation extension - MS-LE-2611-0311\n\nDear Detective Vale,\n\nIn response to your request to extend preservation MS-LE-2611-0311, Microsoft has extended the preservation of the account below for an additional 90 days.\n\nAccount: heron.slate48@outlook.com\n\nThis extension has been assigned reference MS-LE-2611-0311-X1. Please quote it on any legal process.\n", ["MS-LE-2611-0311-X1"]],
    ["From: Dropbox Legal <legal@dropbox.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation extension\n\nHello,\n\nWe have extended the preservation made under case DBX-PR-771204 for another 90 days.\n\nAccount: moss.lantern55@proton.me\n\nNew reference: DBX-PR-771204-EXT2\n", ["DBX-PR-771204-EXT2"]],
    ["Von: Yahoo Law Enforcement <le-emea@yahooinc.com>\nGesendet: Mittwoch, 18. November 2026 10:14\nAn: KOK Brauner <j.brauner@polizei.example.de>\nBetreff: Verlängerung der Sicherung YH-LE-2611-0733\n\nGuten Tag,\n\nwir haben die Sicherung zu Ihrer Anfrage YH-LE-2611-0733 um weitere 90 Tage verlängert.\n\nKonto: eisvogel.gruen72@yahoo.de\n\nDie Verlängerung erhielt die neue Referenz YH-LE-2611-0733-V1.\n\nYahoo Law Enforcement\n", ["YH-LE-2611-0733-V1"]],
  ])("reads the new number alone, the earlier as the one extended: %s", (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });

  it.each([
    // An extension's new number that is no suffixed form of the earlier one: as before.
    ["From: Microsoft Law Enforcement <lens@microsoft.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Re: Preservation extension - MS-LE-2611-0312\n\nDear Detective Vale,\n\nIn response to your request to extend preservation MS-LE-2611-0312, Microsoft has extended the preservation of the account below for an additional 90 days.\n\nAccount: heron.slate49@outlook.com\n\nThis extension has been assigned reference MS-LE-2611-0988. Please quote it on any legal process.\n", ["MS-LE-2611-0988"]],
    // A sub-reference beside its head, both written whole (no extension): both, as before.
    ["From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation\n\nHello,\n\nGoogle has preserved the account below on November 17, 2026.\n\nAccount: ember.wharf64@gmail.com\nReference: 61930483\nYouTube channel: sub-reference 61930483-YT1\n", ["61930483", "61930483-YT1"]],
    // The suffixed number with no earlier one written: as before.
    ["From: Dropbox Legal <legal@dropbox.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation extension\n\nHello,\n\nWe have extended the preservation for another 90 days.\n\nAccount: moss.lantern56@proton.me\n\nNew reference: DBX-PR-771205-EXT2\n", ["DBX-PR-771205-EXT2"]],
  ])("reads as before: %s", (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

describe("references: a provider's own subject (no reply's or forward's), in its header or a 'Subject:' line its body carries, names a number led by digits in hyphenated groups with one of capitals ('… - 8820-5517-PR', '0511-LPR-8120466') where nothing else names one", () => {
  it.each([
    ["Date: Thu, 19 Nov 2026 09:48:30 -0800\nFrom: Snap Law Enforcement Operations <lawenforcement@snapchat.com>\nTo: det.vale@pd.example.org\nSubject: Snapchat Preservation Confirmation - 6140-2291-PR\n\nHello,\n\nThis confirms that Snap Inc. preserved the data associated with the Snapchat username below on November 18, 2026.\n\nUsername: gorse.lantern_9\n\nSnap will retain the preserved data for 90 days.\n", ["6140-2291-PR"]],
    ["Logged, thanks.\n\nOn Tue, Nov 17, 2026 at 4:05 PM Roblox Law Enforcement <lawenforcement@roblox.com> wrote:\n\n> Hello,\n>\n> We have preserved the Roblox account below on November 16, 2026.\n>\n> Username: MossKettle77\n> User ID: 4418827399\n>\n> Roblox Trust & Safety\n>\n> ---\n> Subject: Roblox LE - Preservation complete - 0511-LPR-8120466\n", ["0511-LPR-8120466"]],
    ["Von: Snap Law Enforcement <lawenforcement@snapchat.com>\nGesendet: Mittwoch, 18. November 2026 10:14\nAn: KOK Brauner <j.brauner@polizei.example.de>\nBetreff: Sicherung abgeschlossen – 7731-0092-PR\n\nGuten Tag,\n\nSnap Inc. hat die Daten des folgenden Kontos am 17.11.2026 gesichert.\n\nBenutzername: reiher_grau_64\n\nSnap Law Enforcement\n", ["7731-0092-PR"]],
  ])("reads the subject's number: %s", (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });

  it.each([
    // A reply's subject, which echoes the agency's case: none, as before.
    ["Date: Thu, 19 Nov 2026 09:48:30 -0800\nFrom: Snap Law Enforcement Operations <lawenforcement@snapchat.com>\nTo: det.vale@pd.example.org\nSubject: RE: Preservation request - 26-CR-5513\n\nHello,\n\nThis confirms that Snap Inc. preserved the data associated with the Snapchat username below on November 18, 2026.\n\nUsername: gorse.lantern_10\n", []],
    // The addressee's 'your ref' in the subject: the agency's, none, as before.
    ["Date: Thu, 19 Nov 2026 09:48:30 -0800\nFrom: Snap Law Enforcement Operations <lawenforcement@snapchat.com>\nTo: det.vale@pd.example.org\nSubject: Preservation - your ref 26-SO-11409\n\nHello,\n\nThis confirms that Snap Inc. preserved the data associated with the Snapchat username below on November 18, 2026.\n\nUsername: gorse.lantern_11\n", []],
    // A reference the body names beside the subject's number: the body's, as before.
    ["Date: Thu, 19 Nov 2026 09:48:30 -0800\nFrom: Snap Law Enforcement Operations <lawenforcement@snapchat.com>\nTo: det.vale@pd.example.org\nSubject: Snapchat Preservation Confirmation - 6140-2292-PR\n\nHello,\n\nThis confirms that Snap Inc. preserved the data associated with the Snapchat username below on November 18, 2026.\n\nUsername: gorse.lantern_12\n\nPlease reference case number SNAP-PR-2611-0077 in any subsequent legal process.\n", ["SNAP-PR-2611-0077"]],
  ])("reads as before: %s", (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

describe("accounts: a national phone number in a row whose cells tabs part ('CB-AU-20417⇥0491 570 156⇥Phone⇥Preserved', two tabs at least) is a row's, as in one parted by bars or wide gaps", () => {
  it.each([
    ["From: Yahoo Law Enforcement <le-emea@yahooinc.com>\nDate: Wed, 18 Nov 2026 10:14:02 +0000\nTo: ds.hale@police.example.uk\nSubject: Yahoo preservation YH-LE-2611-0801\n\nDear DS Hale,\n\nYahoo has preserved the following records on 17 November 2026.\n\nReference\tAccount\tType\tStatus\nYH-LE-2611-0801\tfen.otter71@yahoo.co.uk\tEmail\tPreserved\nYH-LE-2611-0801\t07700 900561\tPhone\tPreserved\n\nYahoo Law Enforcement\n", ["fen.otter71@yahoo.co.uk", "07700 900561"]],
    ["From: Uber LERT <lert-noreply@uber.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Uber preservation UBR-LE-740112\n\nHello,\n\nUber has preserved the records below on November 17, 2026.\n\nAccount type\tIdentifier\tResult\nRider\t(555) 013-4477\tPreserved\nDriver\t(555) 013-4478\tPreserved\n\nReference: UBR-LE-740112\n", ["(555) 013-4477", "(555) 013-4478"]],
    ["From: Binance Law Enforcement <le-noreply@binance.com>\nDate: Wed, 18 Nov 2026 10:14:02 +1100\nTo: dsc.harrow@police.example.au\nSubject: Binance preservation BNB-LE-2611-0912\n\nDear Detective,\n\nBinance has preserved the following on 17 November 2026.\n\nIdentifier\tKind\tResult\n0491 570 112\tMobile\tPreserved\n0491 570 114\tMobile\tPreserved\n\nReference: BNB-LE-2611-0912\n", ["0491 570 112", "0491 570 114"]],
  ])("reads the row's phone: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // The row's phone not found: not proposed, as before.
    ["From: Yahoo Law Enforcement <le-emea@yahooinc.com>\nDate: Wed, 18 Nov 2026 10:14:02 +0000\nTo: ds.hale@police.example.uk\nSubject: Yahoo preservation YH-LE-2611-0801\n\nDear DS Hale,\n\nYahoo has preserved the following records on 17 November 2026.\n\nReference\tAccount\tType\tStatus\nYH-LE-2611-0801\tfen.otter71@yahoo.co.uk\tEmail\tPreserved\nYH-LE-2611-0801\t07700 900562\tPhone\tNot found\n\nYahoo Law Enforcement\n", ["fen.otter71@yahoo.co.uk"]],
    // A signature's 'Tel:⇥020 …' (one tab, no row): no account, as before.
    ["From: Yahoo Law Enforcement <le-emea@yahooinc.com>\nDate: Wed, 18 Nov 2026 10:14:02 +0000\nTo: ds.hale@police.example.uk\nSubject: Yahoo preservation YH-LE-2611-0802\n\nDear DS Hale,\n\nYahoo has preserved the account fen.otter72@yahoo.co.uk on 17 November 2026.\n\nYahoo Law Enforcement\nTel:\t020 7946 0958\n", ["fen.otter72@yahoo.co.uk"]],
    // The same table parted by blanks: as before.
    ["From: Yahoo Law Enforcement <le-emea@yahooinc.com>\nDate: Wed, 18 Nov 2026 10:14:02 +0000\nTo: ds.hale@police.example.uk\nSubject: Yahoo preservation YH-LE-2611-0803\n\nDear DS Hale,\n\nYahoo has preserved the following records on 17 November 2026.\n\nReference    Account    Type    Status\nYH-LE-2611-0803    fen.otter73@yahoo.co.uk    Email    Preserved\nYH-LE-2611-0803    07700 900563    Phone    Preserved\n\nYahoo Law Enforcement\n", ["fen.otter73@yahoo.co.uk", "07700 900563"]],
  ])("reads as before: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("dates: a European entity's legal form that ends in its full stop ('Uber B.V. confirme', 'Roblox B.V. preserved', 'S.à r.l.') makes the sender's numeric dates day first", () => {
  it.each([
    ["From: Uber Law Enforcement Response <lert-noreply@uber.com>\nSent: Monday, November 9, 2026 10:47 AM\nTo: Det. Vale <det.vale@pd.example.org>\nSubject: RE: Preservation request\n\nHello,\n\nUber B.V. has preserved the rider account below on 06/11/2026.\n\nRider: kestrel.fen81@gmail.com\n\nOur reference: UBR-LE-736281.\n", "2026-11-06"],
    ["From: Roblox Law Enforcement <lawenforcement@roblox.com>\nSent: Monday, November 9, 2026 10:47 AM\nTo: Det. Vale <det.vale@pd.example.org>\nSubject: Preservation\n\nHello Detective,\n\nRoblox B.V. preserved the account below on 03/11/2026.\n\nUsername: MossKettle81\nCase number: RBX-LE-2026-091581\n", "2026-11-03"],
    ["From: Skype Law Enforcement <lens@microsoft.com>\nSent: Monday, November 9, 2026 10:47 AM\nTo: Det. Vale <det.vale@pd.example.org>\nSubject: Preservation\n\nHello,\n\nSkype Communications S.à r.l. preserved the account below on 04/11/2026.\n\nSkype name: live:.cid.7a3f91b2c4\nReference: MS-LE-2611-0981\n", "2026-11-04"],
  ])("reads the date day first: %s", (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });

  it.each([
    // A US entity ('Uber Technologies, Inc.'): month first, as before.
    ["From: Uber Law Enforcement Response <lert-noreply@uber.com>\nSent: Monday, November 9, 2026 10:47 AM\nTo: Det. Vale <det.vale@pd.example.org>\nSubject: RE: Preservation request\n\nHello,\n\nUber Technologies, Inc. has preserved the rider account below on 06/11/2026.\n\nRider: kestrel.fen82@gmail.com\n\nOur reference: UBR-LE-736282.\n", "2026-06-11"],
    // 'Ltd.': day first, as before.
    ["From: Roblox Law Enforcement <lawenforcement@roblox.com>\nSent: Monday, November 9, 2026 10:47 AM\nTo: Det. Vale <det.vale@pd.example.org>\nSubject: Preservation\n\nHello Detective,\n\nRoblox Ltd. preserved the account below on 03/11/2026.\n\nUsername: MossKettle82\nCase number: RBX-LE-2026-091582\n", "2026-11-03"],
    // Another date of the message proves the month first (10/29/2026): as before.
    ["From: Uber Law Enforcement Response <lert-noreply@uber.com>\nSent: Monday, November 9, 2026 10:47 AM\nTo: Det. Vale <det.vale@pd.example.org>\nSubject: RE: Preservation request\n\nHello,\n\nUber B.V. has preserved the rider account below on 06/11/2026, as you asked on 10/29/2026.\n\nRider: kestrel.fen83@gmail.com\n\nOur reference: UBR-LE-736283.\n", "2026-06-11"],
  ])("reads as before: %s", (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });
});

describe("accounts: a product's name alone on its line over a value alone on the next (a form's stacked label cell: 'Instagram⏎17841408822371954', 'Skype⏎live:.cid.…') gives the value, as 'Instagram: …' does", () => {
  it.each([
    ["From: Meta Law Enforcement Response Team <records-noreply@facebookmail.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Your preservation request has been completed\n\nYour request has been completed\n\nRequest details\nRequest ID\n6613082749915588\nStatus\nCompleted\n\nAccounts\nFacebook\n100089921374466\nFacebook\nbramble.kettle.19\n\nView request\n", ["100089921374466", "bramble.kettle.19"]],
    ["From: Microsoft Law Enforcement <lens@microsoft.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Your preservation request has been completed\n\nYour request has been completed\n\nRequest details\nRequest ID\nMS-LE-2611-0982\nStatus\nCompleted\n\nAccounts\nXbox\nDriftKestrel79\nSkype\nlive:.cid.7a3f91b2c4\n\nView request\n", ["DriftKestrel79", "live:.cid.7a3f91b2c4"]],
    ["From: Discord via Kodex <notifications@kodexglobal.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Your preservation request has been completed\n\nYour request has been completed\n\nRequest details\nRequest ID\nDSC-PRS-77481\nStatus\nCompleted\n\nAccounts\nDiscord\n1021948372615540899\nDiscord\n998301442718003299\n\nView request\n", ["1021948372615540899", "998301442718003299"]],
  ])("reads every stacked value: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // A meeting's line under the product's name (words and spaced digits): no account, as before.
    ["From: Zoom Law Enforcement <lawenforcement@zoom.us>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Your preservation request has been completed\n\nYour request has been completed\n\nRequest details\nRequest ID\nZLE-2026-40381\nStatus\nCompleted\n\nAccounts\nruud.kanaal81@example-mail.nl\nZoom\nMeeting 891 4420 3381\n\nView request\n", ["ruud.kanaal81@example-mail.nl"]],
    // An order number under the product's name (digits and hyphens, no letter): no account, as before.
    ["From: Amazon Law Enforcement <law-enforcement-response@amazon.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Your preservation request has been completed\n\nYour request has been completed\n\nRequest details\nRequest ID\nLE-US-2611-44881\nStatus\nCompleted\n\nAccounts\nharlow.pine81@example-mail.net\nAmazon\n113-5529104-7730281\n\nView request\n", ["harlow.pine81@example-mail.net"]],
    // A word of state under the product's name: no account, as before.
    ["From: Meta Law Enforcement Response Team <records-noreply@facebookmail.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Your preservation request has been completed\n\nYour request has been completed\n\nRequest details\nRequest ID\n6613082749915589\nStatus\nCompleted\n\nAccounts\nlilac.overpass_81\nInstagram\nPreserved\n\nView request\n", ["lilac.overpass_81"]],
  ])("reads as before: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("accounts: a product's name with the noun of its account's name ('Skype name:', 'Discord tag:', 'Twitch login:', 'GitHub handle:') keys its value as the product's name alone does", () => {
  it.each([
    ["From: Microsoft Law Enforcement <lens@microsoft.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nHello,\n\nWe have preserved the account below on November 17, 2026.\n\nSkype name: live:.cid.5b2e81c3d9\n\nReference: MS-LE-2611-0991\n", ["live:.cid.5b2e81c3d9"]],
    ["From: Discord Legal <legal@discord.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nHello,\n\nWe have preserved the account below on November 17, 2026.\n\nDiscord tag: glasswing#0413\n\nReference: DSC-LE-2611-0992\n", ["glasswing#0413"]],
    ["From: Twitch Law Enforcement <lawenforcement@twitch.tv>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nHello,\n\nWe have preserved the account below on November 17, 2026.\n\nTwitch login: frostgarden_live8\n\nReference: TW-LE-61893\n", ["frostgarden_live8"]],
  ])("reads the keyed name: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // Another thing's noun after the product's name ('Discord server:'): no account, as before.
    ["From: Discord Legal <legal@discord.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nHello,\n\nWe have preserved the account below on November 17, 2026.\n\nUsername: glasswing_94\nDiscord server: 1104992837461122049\n\nReference: DSC-LE-2611-0994\n", ["glasswing_94"]],
    // A display name of words: no account, as before.
    ["From: Zoom Law Enforcement <lawenforcement@zoom.us>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nHello,\n\nWe have preserved the account below on November 17, 2026.\n\nAccount: ruud.kanaal95@example-mail.nl\nZoom name: Ruud K.\n\nReference: ZLE-2026-40395\n", ["ruud.kanaal95@example-mail.nl"]],
    // The product's name alone as the key: as before.
    ["From: Microsoft Law Enforcement <lens@microsoft.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nHello,\n\nWe have preserved the account below on November 17, 2026.\n\nSkype: live:.cid.5b2e81c3d6\n\nReference: MS-LE-2611-0996\n", ["live:.cid.5b2e81c3d6"]],
  ])("reads as before: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("accounts: an invitation to follow the provider ('Follow us: @SnapchatSupport', 'Suivez-nous sur X :', 'Folgen Sie uns auf Instagram:') gives the provider's own handles, no account", () => {
  it.each([
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nHello,\n\nWe have preserved the account @heron_slate_81 on November 17, 2026.\n\nReference: SNAP-PR-2611-0981\n\nSnap Inc. Law Enforcement Operations\nFollow us: @SnapchatSupport\n", ["@heron_slate_81"]],
    ["From: Uber Law Enforcement <lert-noreply@uber.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nBonjour,\n\nNous avons conservé les données du compte sel.gris82@gmail.com le 17 novembre 2026.\n\nReference: UBR-LE-736982\n\nUber B.V.\nSuivez-nous sur X : @Uber_Aide_FR\n", ["sel.gris82@gmail.com"]],
    ["From: Microsoft Law Enforcement <lens@microsoft.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nGuten Tag,\n\nwir haben die Daten des Kontos eisvogel83@outlook.de am 17.11.2026 gesichert.\n\nReference: MS-LE-2611-0983\n\nMicrosoft Law Enforcement\nFolgen Sie uns auf Instagram: @microsoft_de_hilfe\n", ["eisvogel83@outlook.de"]],
  ])("leaves the provider's handle out: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // 'follow up on' the account: the account, as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nHello,\n\nWe have preserved the account you asked us to follow up on: @fen_otter_84, on November 17, 2026.\n\nReference: SNAP-PR-2611-0984\n\nSnap Inc.\n", ["@fen_otter_84"]],
    // 'follows us' said of the preserved account in another sentence: the account, as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nHello,\n\nWe preserved @ivy_loom_85 on November 17, 2026. The account follows us on Snapchat.\n\nReference: SNAP-PR-2611-0985\n\nSnap Inc.\n", ["@ivy_loom_85"]],
    // A contact line's phone: no account, as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nHello,\n\nWe have preserved the account @heron_slate_86 on November 17, 2026.\n\nReference: SNAP-PR-2611-0986\n\nQuestions? Contact us at +1 310 555 0186.\n", ["@heron_slate_86"]],
  ])("reads as before: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("accounts: a list's items with no bullet, number or indent, each a name alone on its line under a line that announces accounts ('The following accounts were preserved:⏎fen_otter_71⏎ivy.loom.71'), are its items", () => {
  it.each([
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nHello,\n\nThe following accounts were preserved on November 17, 2026:\n\nfen_otter_71\nivy.loom.71\n\nReference: SNAP-PR-2611-0971\n", ["fen_otter_71", "ivy.loom.71"]],
    ["From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nBonjour,\n\nNous avons conservé les comptes suivants le 17 novembre 2026 :\n\n'MossKettle72'\n'PixelBramble72'\n\nReference: RBX-LE-2026-091972\n", ["MossKettle72", "PixelBramble72"]],
    ["From: Kik Law Enforcement <lawenforcement@kik.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nGuten Tag,\n\nfolgende Konten wurden am 17.11.2026 gesichert:\n\nsaltmarsh.echo73\ndune_lantern_73\n\nReference: K-2611-0973\n", ["saltmarsh.echo73", "dune_lantern_73"]],
  ])("reads every unmarked item: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // Another thing's list ('Devices linked to the user:'): no account, as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nHello,\n\nWe preserved @heron_slate_74 on November 17, 2026.\n\nDevices linked to the user:\n\nPixel7a_2023\niPhone14.2\n\nReference: SNAP-PR-2611-0974\n", ["@heron_slate_74"]],
    // The officer's list echoed back ('Your request listed the following accounts:'): no account, as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nHello,\n\nYour request listed the following accounts:\n\nfen_otter_75\nivy.loom.75\n\nReference: SNAP-PR-2611-0975\n", []],
    // Words with no account's shape under an intro: no account, as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Wed, 18 Nov 2026 10:14:02 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation confirmation\n\nHello,\n\nWe preserved @heron_slate_76 on November 17, 2026. The following applies:\n\nSnapchat\nRetention\n\nReference: SNAP-PR-2611-0976\n", ["@heron_slate_76"]],
  ])("reads as before: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

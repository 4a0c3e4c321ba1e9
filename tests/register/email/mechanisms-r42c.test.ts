import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { wrapText } from './wrap-at';

/**
 * Mechanisms of round 42, tuner r42c (accounts missed and distractors proposed, holdout30-34): each shown on invented
 * mail in wordings, languages and layouts not in the sets, with probes that must read the new way (each failed before
 * its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const accounts = (text: string) => parseProviderEmail(text, NOW).accountIdentifiers;

const META = (body: string) =>
  `From: Meta Law Enforcement Response <records@meta.example.com>\nDate: Mon, 23 Nov 2026 10:12:40 +0000\nTo: k.brandt@polizei.example.de\nSubject: Request 7712045\n\n${body}\n\nMeta Platforms, Inc.\n`;
const TIKTOK = (body: string) =>
  `From: TikTok Law Enforcement <lert@tiktok.com>\nDate: Mon, 23 Nov 2026 10:12:40 +0000\nTo: agente.ruiz@policia.example.es\nSubject: Preservación TT-PR-5512-0931\n\n${body}\n\nTikTok Law Enforcement\n`;
const TELEGRAM = (body: string) =>
  `From: Telegram Legal <legal@telegram.org>\nDate: Mon, 23 Nov 2026 10:12:40 +0000\nTo: m.rossi@polizia.example.it\nSubject: Preservation TG-LR-26-0912\n\n${body}\n\nTelegram Legal\n`;
const AIRBNB = (body: string) =>
  `From: Airbnb Law Enforcement <lert@airbnb.com>\nDate: Mon, 23 Nov 2026 10:12:40 +0000\nTo: j.dubois@police.example.fr\nSubject: Demande ABNB-LE-7730912\n\n${body}\n\nAirbnb\n`;

describe("accounts: a line keyed by a product's name is read as a list's item too ('- Instagram: x', '2) TikTok: y', '• Facebook: z — conservé'): the marker heads the item, the key still names the service", () => {
  it.each([
    [META('Folgende Konten wurden am 20.11.2026 unter dem Vorgang 7712045 gesichert:\n\n• Instagram: nachtfalter.77\n• Facebook: https://www.facebook.com/profile.php?id=100081234567890'), 'nachtfalter.77'],
    [TIKTOK('Hemos preservado los datos el 20 de noviembre de 2026, referencia TT-PR-5512-0931.\n\n1) TikTok: luna_de_papel22\n2) TikTok: @luna.reserva'), 'luna_de_papel22'],
    [META('Esito della richiesta 7712045 (conservazione del 20 novembre 2026):\n\n- Instagram: gufo.notturno9 — conservato\n- Facebook: https://www.facebook.com/gufo.page.9 — conservato'), 'gufo.notturno9'],
  ])('proposes the item: %s', (text, value) => {
    expect(accounts(text)).toContain(value);
  });

  it.each([
    // An item the provider refuses under a heading that says so: not proposed, as before.
    [META('Verzoek 7712045, bewaard op 20-11-2026.\n\nBEWAARD:\n- Instagram: reiger_grijs.4\n\nNIET BEWAARD:\n- Instagram: reiger_grijs.5 — geen account gevonden'), 'reiger_grijs.5'],
    // A keyed item whose value is no account's shape: not proposed, as before.
    [META('Request 7712045 preserved on 20 November 2026.\n\n- Instagram: nachtfalter.77\n- Facebook: Help'), 'Help'],
    // A keyed line in the provider's footer of contacts: not proposed, as before.
    [META('Request 7712045: the account nachtfalter.77 was preserved on 20 November 2026.\n\nFollow us:\n- Instagram: @meta.safety'), '@meta.safety'],
  ])('reads as before (not proposed): %s', (text, value) => {
    expect(accounts(text)).not.toContain(value);
  });

  it('reads a keyed line with no marker as before', () => {
    expect(accounts(META('Request 7712045 preserved on 20 November 2026.\n\nInstagram: nachtfalter.77'))).toContain('nachtfalter.77');
  });
});

describe("accounts: a sentence of the provider's whose subject is the officer's request and whose verb names ('your letter also referred to', 'Ihre Anfrage nennt', 'votre demande mentionne', 'x indicato nella sua richiesta') names what was asked: where it says no preservation was done, its values are not proposed", () => {
  it.each([
    [TELEGRAM('Dear officer,\n\nAs of 20 November 2026 we have preserved the data of the Telegram account @vento_forte88 under TG-LR-26-0912.\n\nYour letter also referred to the group t.me/ventoforte_chat; groups are public spaces and fall outside our preservation process.'), 't.me/ventoforte_chat'],
    [META('Sehr geehrte Frau Brandt,\n\nDas Instagram-Konto nachtfalter.77 wurde am 20.11.2026 gesichert. Vorgang: 7712045\n\nIhre Anfrage nennt außerdem das Instagram-Konto @nachtfalter_zwei; für dieses Konto ist ein anderes Team zuständig.'), '@nachtfalter_zwei'],
    [TELEGRAM("Gentile ispettore,\n\nl'account @vento_forte88 è stato conservato il 20 novembre 2026 (riferimento TG-LR-26-0912).\n\nL'account \"vento_debole_2\" indicato nella sua richiesta è stato chiuso dal titolare nel mese di agosto."), 'vento_debole_2'],
    [AIRBNB("Bonjour,\n\nNous avons conservé le compte https://www.airbnb.fr/users/show/48812077 le 20 novembre 2026 (ABNB-LE-7730912).\n\nVotre demande mentionne également le compte brume.matinale7, qui relève d'une autre société du groupe."), 'brume.matinale7'],
  ])('does not propose the value the request named: %s', (text, value) => {
    expect(accounts(text)).not.toContain(value);
  });

  it.each([
    // The sentence itself says it was preserved: proposed, as before.
    [TELEGRAM('Dear officer,\n\nThe account @vento_forte88 listed in your request has been preserved as of 20 November 2026 under TG-LR-26-0912.'), '@vento_forte88'],
    // Named again in the provider's own confirming words: proposed, as before.
    [META('Hello,\n\nWe note that your request referred to an Instagram account, @nachtfalter.77.\n\nThe Instagram account @nachtfalter.77 was preserved on 20 November 2026 (request 7712045).'), '@nachtfalter.77'],
    // The sentence says so in German: proposed, as before.
    [META('Hallo,\n\nIhre Anfrage nennt das Konto nachtfalter.77, das wir am 20.11.2026 gesichert haben (Vorgang 7712045).'), 'nachtfalter.77'],
    // The request's sentence, then a clause of the provider's that preserved it: proposed, as before.
    [META('Hello,\n\nThe account nachtfalter.77 was preserved on 20 November 2026 (request 7712045).\n\nYour request also named the account @nachtfalter_zwei, which we preserved under the same request.'), '@nachtfalter_zwei'],
  ])('reads as before (proposed): %s', (text, value) => {
    expect(accounts(text)).toContain(value);
  });
});

describe("accounts: a list of pages a preservation names ('Preserved channels:⏎  https://…⏎  name_2', 'Perfiles conservados:', 'Identifiers: https://…⏎   name') goes on past an item that is a page's address: its other items are accounts too", () => {
  const TWITCH = (body: string) =>
    `From: Twitch Law Enforcement <le-noreply@twitch.tv>\nDate: Mon, 23 Nov 2026 10:12:40 +0000\nTo: detective.ng@pd.example.gov\nSubject: Twitch Request TW-551203\n\n${body}\n\nTwitch Interactive, Inc.\n`;
  it.each([
    [TWITCH('Request TW-551203 processed.\n\nChannels preserved:\n  https://www.twitch.tv/lantern_moth\n  lantern_moth_vods'), 'lantern_moth_vods'],
    [TIKTOK('Referencia TT-PR-5512-0931.\n\nPerfiles conservados el 20/11/2026:\n- https://www.tiktok.com/@luna.reserva\n- luna_de_papel22'), 'luna_de_papel22'],
    [META('Request 7712045 preserved on 20 November 2026.\n\nIdentifiers: https://www.instagram.com/nachtfalter.77/\n             nachtfalter.backup_2'), 'nachtfalter.backup_2'],
  ])('proposes the item under the address: %s', (text, value) => {
    expect(accounts(text)).toContain(value);
  });

  it.each([
    // A list of pages with no word of preservation over it (links to the provider's help): its names not proposed, as before.
    [TWITCH('The account lantern_moth was preserved on 20 November 2026 (TW-551203).\n\nUseful links:\n  https://help.twitch.tv/s/article/law-enforcement\n  guide_v2.pdf'), 'guide_v2.pdf'],
    // Items under a page in a list that names other things (videos): not proposed, as before.
    [TWITCH('The account lantern_moth was preserved on 20 November 2026 (TW-551203).\n\nClips referenced:\n  https://www.twitch.tv/videos/551203\n  clip_7781_b'), 'clip_7781_b'],
    // A name after the list, past a blank line: not proposed, as before.
    [TWITCH('Request TW-551203 processed.\n\nChannels preserved:\n  https://www.twitch.tv/lantern_moth\n\nticket_ref_22'), 'ticket_ref_22'],
  ])('reads as before (not proposed): %s', (text, value) => {
    expect(accounts(text)).not.toContain(value);
  });
});

describe("accounts: an id the provider writes out on its own, after the profile address that carries it ('Facebook user ID: 1000…' under '…profile.php?id=1000…', '…/users/show/4881…' then 'Identifiant : 4881…'), is an account of its own, as it is where it comes first", () => {
  it.each([
    [META('The following was preserved on 20 November 2026 under request 7712045:\n\n  https://www.facebook.com/profile.php?id=100081234567890\n  Facebook user ID: 100081234567890'), '100081234567890'],
    [AIRBNB('Bonjour,\n\nNous avons conservé le 20 novembre 2026 (ABNB-LE-7730912) :\n\nProfil : https://www.airbnb.fr/users/show/48812077\nIdentifiant utilisateur : 48812077'), '48812077'],
    [META('Request 7712045, status: preserved (20/11/2026)\nIdentifiers: https://www.facebook.com/people/Ana-Brandt/100081234567891/\n             100081234567891'), '100081234567891'],
  ])('proposes the id and the address: %s', (text, id) => {
    const found = accounts(text);
    expect(found).toContain(id);
    expect(found.some((a) => a.includes('/') && a.includes(id))).toBe(true);
  });

  it.each([
    // The id only inside the address: the address alone, as before.
    [META('Request 7712045: preserved on 20 November 2026.\n\nProfile: https://www.facebook.com/profile.php?id=100081234567890'), ['https://www.facebook.com/profile.php?id=100081234567890']],
    // A number after the address that the address does not carry, of another thing: not proposed, as before.
    [META('Request 7712045: preserved on 20 November 2026.\n\nProfile: https://www.facebook.com/profile.php?id=100081234567890\nTicket 77120459981 was closed.'), ['https://www.facebook.com/profile.php?id=100081234567890']],
    // The id first, then the address: both, as before.
    [META('Request 7712045 preserved on 20 November 2026.\n\nFacebook user ID: 100081234567890\nProfile: https://www.facebook.com/profile.php?id=100081234567890'), ['100081234567890', 'https://www.facebook.com/profile.php?id=100081234567890']],
  ])('reads as before: %s', (text, expected) => {
    expect(accounts(text)).toEqual(expected);
  });
});

const wrapAt = (width: number) => (text: string) => wrapText(text, width);

describe("accounts: a correspondent's address in a header a copy ran into its text and wrapped ('… Date: November 17, 2026 at⏎9:14 AM PST To: kk.berg@… Subject: …', 'To: Inspector Maria⏎Lindqvist <m.lindqvist@…>', the display name wrapped) is a correspondent's where another field of the header stands near it, never an account", () => {
  it.each([
    [wrapAt(72)('Fwd: Snap\nSent from my iPhone Begin forwarded message: From: Snap Inc. LE Operations <lawenforcement-noreply@snapchat.com> Date: November 5, 2026 at 7:41:12 AM PST To: Inspector Maria Lindqvist <m.lindqvist@polis.example.se> Subject: Preservation Complete - SNAP-PR-20261105-0412 Hello, Your preservation request SNAP-PR-20261105-0412 has been processed. Snapchat username: nebelkraehe.22 Preserved on: Nov 4 Data will be retained for 90 days.'), 'm.lindqvist@polis.example.se', 'nebelkraehe.22'],
    [wrapAt(60)('Fwd: Google\nVon meinem iPhone gesendet Anfang der weitergeleiteten Nachricht: From: Google Legal Investigations Support <lis-noreply@google.com> Date: November 17, 2026 at 9:14:22 AM PST To: kk.berg@polizei.example.de Subject: Preservation completed – 61240555 Hello, Google has completed the preservation. Reference 61240555 – account nebel.kraehe@gmail.com – preserved on November 16, 2026. Data will be retained for 90 days.'), 'kk.berg@polizei.example.de', 'nebel.kraehe@gmail.com'],
    [wrapAt(66)('Fwd: Snap\nSent from my Galaxy -------- Original message -------- From: Snap Inc. LE Operations <lawenforcement-noreply@snapchat.com> Date: 11/05/26 7:41 AM (GMT-08:00) To: Detective Constable Aoife Brennan <a.brennan@garda.example.ie> Subject: Preservation Complete - SNAP-PR-20261105-0412 Hello, Your preservation request SNAP-PR-20261105-0412 has been processed. Snapchat username: nebelkraehe.22 Preserved on: Nov 4 Data will be retained for 90 days.'), 'a.brennan@garda.example.ie', 'nebelkraehe.22'],
  ])('does not propose the correspondent: %s', (text, address, account) => {
    const found = accounts(text);
    expect(found).not.toContain(address);
    expect(found).toContain(account);
  });

  it.each([
    // An address the provider's sentence gives as the account's, with no field of a header near it: proposed, as before.
    [`From: Snap LE <lawenforcement@snapchat.com>\nDate: Tue, 17 Nov 2026 09:14:22 +0000\nTo: kk.berg@polizei.example.de\nSubject: SNAP-PR-20261117-0412\n\nThe account registered to nebel.kraehe@gmail.com was preserved on 16 November 2026 under SNAP-PR-20261117-0412.`, 'nebel.kraehe@gmail.com'],
    // A key inside a line that is no header's field ("Account e-mail: …" after prose): proposed, as before.
    [`From: Snap LE <lawenforcement@snapchat.com>\nDate: Tue, 17 Nov 2026 09:14:22 +0000\nTo: kk.berg@polizei.example.de\nSubject: SNAP-PR-20261117-0412\n\nPreserved on 16 November 2026 (SNAP-PR-20261117-0412). Account e-mail: nebel.kraehe@gmail.com`, 'nebel.kraehe@gmail.com'],
    // A line wrapped under a preserving sentence, the address in brackets after the account's name: proposed, as before.
    [`From: Snap LE <lawenforcement@snapchat.com>\nDate: Tue, 17 Nov 2026 09:14:22 +0000\nTo: kk.berg@polizei.example.de\nSubject: SNAP-PR-20261117-0412\n\nWe preserved the account of Nebel Kraehe on 16 November 2026 (SNAP-PR-20261117-0412),\n<nebel.kraehe@gmail.com>, as requested.`, 'nebel.kraehe@gmail.com'],
  ])('reads as before (proposed): %s', (text, address) => {
    expect(accounts(text)).toContain(address);
  });
});

describe("accounts: an officer's sign-off run on after the message's last sentence, the name maybe with initials ('… (ID 4881…). Merci, Lt. M. Dubois, brigade numérique,⏎m.dubois@…', 'Gracias, Insp. L. Ruiz'), names the officer: the address on the line it runs on to is the officer's", () => {
  it.each([
    ["Airbnb Law Enforcement, moi (2)\n\nAirbnb Law Enforcement\nHier\nà moi\nBonjour Lieutenant Dubois,\nNous avons conservé le compte ci-dessous.\nRéférence : ABNB-LE-7730912\nUser ID: 48812077\nCompte : nebel.kraehe@gmail.com\nLes données sont conservées à compter d'aujourd'hui.\nCordialement, Airbnb\n\nmoi\nil y a 2 jours\nBonjour, je relance ma demande de conservation pour nebel.kraehe@gmail.com (ID 48812077). Merci, Lt. M. Dubois, brigade numérique, 01 99 00 12 34,\nm.dubois@gendarmerie.example.fr\n...", 'm.dubois@gendarmerie.example.fr'],
    ['TikTok Law Enforcement, yo (2)\n\nTikTok Law Enforcement\nAyer\npara mí\nHola Inspectora Ruiz,\nHemos preservado la cuenta indicada.\nReferencia: TT-PR-5512-0931\nUsuario: @luna.reserva\nLos datos se han preservado a fecha de hoy.\nSaludos, TikTok\n\nyo\nhace 2 días\nHola, sigo a la espera de la preservación de @luna.reserva. Gracias, Insp. L. Ruiz, Unidad Central, 555-0142,\nl.ruiz@policia.example.es\n...', 'l.ruiz@policia.example.es'],
    ['Snapchat Law Enforcement, ik (2)\n\nSnapchat Law Enforcement\nGisteren\naan mij\nBeste rechercheur De Vries,\nWe hebben het account hieronder bewaard.\nReferentie: SNAP-PR-20261105-0412\nGebruikersnaam: nebelkraehe.22\nDe gegevens zijn vandaag bewaard.\nGroet, Snap\n\nik\n2 dagen geleden\nHoi, ik wacht nog op de bewaring van nebelkraehe.22 voor ons onderzoek. Dank, Insp. P. J. de Vries, Team Digitale Recherche, 555-0177,\np.devries@politie.example.nl\n...', 'p.devries@politie.example.nl'],
  ])("does not propose the officer's address: %s", (text, address) => {
    expect(accounts(text)).not.toContain(address);
  });

  it.each([
    // The preserving sentence runs on to the address on the next line: proposed, as before.
    [`From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Tue, 17 Nov 2026 09:14:22 +0000\nTo: investigator@police.example.gov\nSubject: RBX-LE-4418203\n\nWe have preserved the Roblox account pixel_moth_77 (ID 4418203391). Its verified e-mail address is,\npixel.moth77@gmail.com`, 'pixel.moth77@gmail.com'],
    // A name with initials and no rank: no officer, proposed as before.
    [`From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Tue, 17 Nov 2026 09:14:22 +0000\nTo: investigator@police.example.gov\nSubject: RBX-LE-4418203\n\nRBX-LE-4418203: preserved on 16 November 2026. The account of J. R. Moth, pixel_moth_77,\npixel.moth77@gmail.com, is preserved.`, 'pixel.moth77@gmail.com'],
    // A rank with initials as the requester named after the value, the value's clause preserving it: proposed, as before.
    [`From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Tue, 17 Nov 2026 09:14:22 +0000\nTo: investigator@police.example.gov\nSubject: RBX-LE-4418203\n\nWe preserved pixel.moth77@gmail.com on 16 November 2026 as requested by Det. K. Amara (RBX-LE-4418203).`, 'pixel.moth77@gmail.com'],
  ])('reads as before (proposed): %s', (text, address) => {
    expect(accounts(text)).toContain(address);
  });
});

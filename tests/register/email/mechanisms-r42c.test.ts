import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

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

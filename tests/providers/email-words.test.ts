import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../register/email';

/** The providers added for issue 12: a sender address of theirs, and words of theirs in a body from a plain mailer. */
const NEW_PROVIDERS: [id: string, sender: string, bodyWords: string][] = [
  ['whatsapp', 'WhatsApp LERT <records@whatsapp.com>', 'WhatsApp has preserved the account you identified.'],
  ['telegram', 'EDSR <dsa.telegram@edsr.eu>', 'Telegram received your order regarding the account.'],
  ['dropbox', 'Dropbox Legal <legal@dropbox.com>', 'Dropbox has preserved a snapshot of the account for 90 days.'],
  ['lyft', 'Lyft LER <LER@lyft.com>', 'Lyft Law Enforcement Response has received your request.'],
  ['cloudflare', 'Cloudflare <lawenforcement@cloudflare.com>', 'Cloudflare acknowledges your preservation request.'],
  ['github', 'GitHub Legal <legal-support@github.com>', 'GitHub will preserve the account records for 90 days.'],
  ['twitch', 'Twitch <legal@twitch.tv>', 'Twitch has preserved the channel data.'],
  ['signal', 'Signal <legal@signal.org>', 'Signal Messenger received your subpoena.'],
  ['yubo', 'Yubo <lawenforcement@yubo.live>', 'Twelve-App has preserved the Yubo account.'],
  ['slack', 'Slack Legal <legalprocess@slack.com>', 'Slack has received your legal process.'],
  ['tumblr', 'Tumblr <lawenforcement@tumblr.com>', 'Tumblr has preserved the blog records.'],
];

/** The providers added on 2026-12-02: a sender address of theirs, and words of theirs in a body from a plain mailer. */
const PROVIDERS_OF_DECEMBER: [id: string, sender: string, bodyWords: string][] = [
  ['proton', 'Proton Legal <legal@proton.me>', 'Proton AG has received your request about the account.'],
  ['paypal', 'PayPal Law Enforcement <le-support@paypal.com>', 'PayPal has preserved the account records.'],
  ['kick', 'Kick <legal@kick.com>', 'Kick Streaming has preserved the channel data.'],
  ['gmx', 'GMX Behördenanfragen <behoerdenanfragen@gmx.net>', 'Die 1&1 Mail & Media GmbH hat die Daten gesichert.'],
  ['kraken', 'Kraken Law Enforcement <legal@kraken.com>', 'Payward has preserved the Kraken account.'],
  ['vinted', 'Vinted <law-enforcement@vinted.com>', 'Vinted has preserved the member account.'],
  ['line', 'LINE Law Enforcement Support <le-support@lycorp.co.jp>', 'LY Corporation has preserved the account data.'],
  ['kakao', 'Kakao Law Enforcement <le-request@kakaocorp.com>', 'Kakao has preserved the KakaoTalk account.'],
  ['mega', 'MEGA Compliance <compliance@mega.nz>', 'Mega Limited has preserved the files of the account.'],
  ['ovhcloud', 'OVHcloud Legal <legal@ovhcloud.com>', 'OVHcloud has preserved the server records.'],
];

/** The providers added on 2026-12-04 (marketplaces, payments, games, dating, music; Europe and Asia). */
const PROVIDERS_OF_DECEMBER_4: [id: string, sender: string, bodyWords: string][] = [
  ['revolut', 'Revolut Law Enforcement <lawenforcement@revolut.com>', 'Revolut Ltd has preserved the customer account records.'],
  ['ebay', 'eBay Law Enforcement <lawenforcement@ebay.com>', 'eBay Inc. has preserved the member account records.'],
  ['allegro', 'Allegro <legal@allegro.pl>', 'Allegro.pl sp. z o.o. has preserved the seller account data.'],
  ['olx', 'OLX <legal@olx.pl>', 'Grupa OLX has preserved the listing and account data.'],
  ['bolt', 'Bolt <legal@bolt.eu>', 'Bolt Operations has preserved the rider account records.'],
  ['wallapop', 'Wallapop <legal@wallapop.com>', 'Wallapop has preserved the user account data.'],
  ['marktplaats', 'Marktplaats <legal@marktplaats.nl>', 'Marktplaats B.V. has preserved the advertiser account.'],
  ['blocket', 'Blocket <legal@blocket.se>', 'Blocket AB has preserved the user account data.'],
  ['subito', 'Subito <legal@subito.it>', 'Subito.it has preserved the advertiser account data.'],
  ['seznam', 'Seznam.cz, a.s. <legal@seznam.cz>', 'Seznam.cz, a.s. has preserved the account data.'],
  ['bitvavo', 'Bitvavo Compliance <compliance@bitvavo.com>', 'Bitvavo has preserved the customer account records.'],
  ['steam', 'Steam Support <support@steampowered.com>', 'Valve Corporation has preserved the Steam account.'],
  ['epicgames', 'Epic Games Legal <legal@epicgames.com>', 'Epic Games has preserved the Fortnite account.'],
  ['playstation', 'PlayStation Legal <legal@playstation.com>', 'Sony Interactive Entertainment has preserved the PlayStation Network account.'],
  ['tinder', 'Tinder Legal <legal@gotinder.com>', 'Match Group has preserved the Tinder account.'],
  ['bumble', 'Bumble Law Enforcement <police@bumble.com>', 'Bumble Holding Limited has preserved the member account.'],
  ['badoo', 'Badoo <legal@badoo.com>', 'Badoo Trading Limited has preserved the member account.'],
  ['spotify', 'Spotify Legal <legal@spotify.com>', 'Spotify AB has preserved the account records.'],
  ['bereal', 'BeReal Law Enforcement <law-enforcement@bere.al>', 'BeReal SAS has preserved the account for 90 days.'],
  ['grab', 'Grab LERS <lers@grab.com>', 'Grab Holdings has preserved the account records.'],
  ['shopee', 'Shopee Legal <legal@shopee.sg>', 'Shopee has preserved the buyer account records.'],
  ['naver', 'NAVER Legal <legal@navercorp.com>', 'NAVER Corporation has preserved the account data.'],
];

/** Every provider added since issue 12, each by its sender address and by the words of a body from a plain mailer. */
const PROVIDERS_OF_DECEMBER_5: [id: string, sender: string, bodyWords: string][] = [
  ['viber', 'Viber Law Enforcement <lawenforcement@viber.com>', 'Viber Media has preserved the account records.'],
  ['wechat', 'WeChat Legal <legal@wechat.com>', 'WeChat International Pte. Ltd. has received your request.'],
  ['vk', 'VK Support <support@vk.com>', 'V Kontakte LLC has preserved the page data.'],
  ['yandex', 'Yandex Legal <legal@yandex-team.ru>', 'Yandex LLC has received your request about the account.'],
  ['mailru', 'Mail.ru Legal <legal@corp.mail.ru>', 'Mail.Ru LLC has preserved the mailbox data.'],
  ['threema', 'Threema <legal@threema.ch>', 'Threema GmbH has received the order through the PTSS.'],
  ['wire', 'Wire Legal <legal@wire.com>', 'Wire Swiss GmbH has received your request.'],
  ['tuta', 'Tuta Legal <legal@tutao.de>', 'Tutao GmbH has released the mailbox data.'],
  ['mercadolibre', 'Mercado Libre Legales <legales@mercadolibre.com>', 'MercadoLibre S.R.L. has preserved the seller account records.'],
  ['nubank', 'Nubank Jurídico <juridico@nubank.com.br>', 'Nu Pagamentos S.A. has preserved the customer account records.'],
  ['gcash', 'GCash Legal <legal@gcash.com>', 'G-Xchange, Inc. has preserved the wallet records.'],
  ['paytm', 'Paytm Nodal Officer <nodal.officer@paytm.com>', 'One97 Communications Limited has preserved the wallet records.'],
  ['mercari', 'Mercari Legal <legal@mercari.com>', 'Mercari, Inc. has preserved the listing and account records.'],
  ['garena', 'Garena Legal <legal@garena.com>', 'Garena Online Private Limited has preserved the player account.'],
  ['ola', 'Ola Legal <legal@olacabs.com>', 'ANI Technologies Private Limited has preserved the ride records.'],
  ['krafton', 'KRAFTON Legal <legal@krafton.com>', 'KRAFTON, Inc. has preserved the PUBG account records.'],
  ['sharechat', 'ShareChat Nodal Officer <nodal@sharechat.com>', 'Mohalla Tech Private Limited has preserved the profile data.'],
  ['careem', 'Careem LERT <lert@careem.com>', 'Careem Technologies has preserved the customer account records.'],
  ['heetch', 'Heetch Legal <legal@heetch.com>', 'Heetch has preserved the passenger account records.'],
  ['onlyfans', 'OnlyFans Legal <legal@onlyfans.com>', 'Fenix International Limited has preserved the OnlyFans account.'],
  ['patreon', 'Patreon Legal <legal@patreon.com>', 'Patreon has preserved the creator account for 90 days.'],
  ['aylo', 'Aylo Compliance <compliance@aylo.com>', 'Aylo has preserved the Pornhub account data.'],
  ['grindr', 'Grindr Legal <legal@grindr.com>', 'Grindr LLC has preserved the profile data.'],
  ['hinge', 'Hinge Legal <legal@hinge.co>', 'Hinge, Inc. has preserved the member account.'],
  ['jodel', 'Jodel Support <support@jodel.com>', 'The Jodel Venture GmbH has preserved the account data.'],
  ['quora', 'Quora LER <LER@quora.com>', 'Quora has received your request about the account.'],
  ['nextdoor', 'Nextdoor Legal <legal@nextdoor.com>', 'Nextdoor has preserved the member account data.'],
  ['bluesky', 'Bluesky Legal <legal@bsky.app>', 'Bluesky Social, PBC has preserved the account data.'],
  ['vimeo', 'Vimeo Legal <legal@vimeo.com>', 'Vimeo has preserved the account and its videos.'],
  ['mailfence', 'Mailfence Team <support@mailfence.com>', 'ContactOffice Group has preserved the Mailfence mailbox data.'],
  ['posteo', 'Posteo Support <support@posteo.de>', 'Posteo e.K. has received the court order for the mailbox.'],
  ['zoho', 'Zoho Legal <legal@zohocorp.com>', 'Zoho Corporation has preserved the Zoho Mail account.'],
  ['fastmail', 'Fastmail Support <support@fastmail.com>', 'Fastmail Pty Ltd has received the warrant from the Australian Federal Police.'],
  ['ionos', 'IONOS Abuse <abuse@ionos.com>', 'IONOS SE has preserved the hosting contract data.'],
  ['hetzner', 'Hetzner Data Protection <data-protection@hetzner.com>', 'Hetzner Online GmbH has preserved the server data.'],
  ['digitalocean', 'DigitalOcean Legal <privacy@digitalocean.com>', 'DigitalOcean has preserved the Droplet data.'],
  ['godaddy', 'GoDaddy Compliance <compliance@godaddy.com>', 'GoDaddy.com, LLC has preserved the domain and hosting records.'],
  ['namecheap', 'Namecheap Legal and Abuse <legalandabuse@namecheap.com>', 'Namecheap, Inc. has preserved the domain registration records.'],
  ['verizon', 'Verizon Law Enforcement <legal@verizon.com>', 'Verizon Wireless has preserved the subscriber records.'],
  ['comcast', 'Comcast Legal Response Center <lrc@comcast.com>', 'Comcast Cable has preserved the subscriber records.'],
  ['videotron', 'Vidéotron <legal@videotron.com>', 'Vidéotron has preserved the subscriber records.'],
  ['bunq', 'bunq Compliance <compliance@bunq.com>', 'bunq B.V. has preserved the account records.'],
  ['tradera', 'Tradera <legal@tradera.com>', 'Tradera Marketplace AB has preserved the member account data.'],
  ['finn', 'FINN.no <legal@finn.no>', 'FINN.no AS has preserved the advertiser account data.'],
  ['jottacloud', 'Jottacloud Legal <legal@jottacloud.com>', 'Jotta AS has preserved the storage account data.'],
  ['deliveroo', 'Deliveroo Legal <legal@deliveroo.co.uk>', 'Roofoods Limited has preserved the customer account records.'],
  ['ukrnet', 'UKR.NET Support <support@ukr.net>', 'UKR.NET has preserved the mailbox data.'],
  ['abv', 'ABV.bg Support <support@abv.bg>', 'Net Info EAD has preserved the ABV.bg mailbox data.'],
  ['whitebit', 'WhiteBIT Compliance <compliance@whitebit.com>', 'WhiteBIT has preserved the exchange account records.'],
  ['cashapp', 'Cash App Law Enforcement <lert@squareup.com>', 'Block, Inc has preserved the Cash App account records.'],
  ['wise', 'Wise Compliance <compliance@wise.com>', 'Wise Payments Limited has preserved the customer account records.'],
  ['cryptocom', 'Crypto.com Compliance <compliance@crypto.com>', 'Foris DAX MT Limited has preserved the Crypto.com account records.'],
  ['bybit', 'Bybit Compliance <compliance@bybit.com>', 'Bybit has preserved the exchange account records.'],
  ['kucoin', 'KuCoin Risk <rbenquiries@kucoin.com>', 'Peken Global Limited has preserved the KuCoin account records.'],
  ['gemini', 'Gemini Compliance <compliance@gemini.com>', 'Gemini Trust Company, LLC has preserved the exchange account records.'],
  ['bitpanda', 'Bitpanda Compliance <compliance@bitpanda.com>', 'Bitpanda GmbH has preserved the customer account records.'],
  ['skrill', 'Skrill Compliance <compliance@skrill.com>', 'Skrill Limited has preserved the wallet records.'],
  ['n26', 'N26 Compliance <compliance@n26.com>', 'N26 Bank AG has preserved the customer account records.'],
  ['monzo', 'Monzo Financial Crime <fincrime@monzo.com>', 'Monzo Bank Limited has preserved the customer account records.'],
  ['bol', 'bol Klantenservice <klantenservice@bol.com>', 'Bol.com b.v. has preserved the customer account records.'],
  ['kleinanzeigen', 'Kleinanzeigen Sicherheitsteam <sicherheit@kleinanzeigen.de>', 'Die Kleinanzeigen GmbH hat die Daten des Nutzerkontos gesichert.'],
  ['depop', 'Depop Legal <legal@depop.com>', 'Depop Limited has preserved the seller account records.'],
  ['poshmark', 'Poshmark Legal <legal@poshmark.com>', 'Poshmark, Inc. has preserved the closet and account records.'],
  ['kofi', 'Ko-fi Trust & Safety <support@ko-fi.com>', 'Ko-fi has preserved the creator page and account data.'],
  ['leboncoin', 'leboncoin Juridique <juridique@leboncoin.fr>', 'LBC France a conservé les données du compte leboncoin.'],
];

const PROVIDERS_OF_DECEMBER_6: [id: string, sender: string, bodyWords: string][] = [
  ['booking', 'Booking.com Legal <legal@booking.com>', 'Booking.com B.V. has preserved the reservation and account records.'],
  ['etsy', 'Etsy Legal <legal@etsy.com>', 'Etsy has preserved the shop and member account records.'],
  ['nintendo', 'Nintendo Legal <legal@nintendo.com>', 'Nintendo Co., Ltd. has preserved the Nintendo Account data.'],
  ['riotgames', 'Riot Games Legal <legal@riotgames.com>', 'Riot Games Ltd. has preserved the player account records.'],
  ['stripe', 'Stripe Legal <legal@stripe.com>', 'Stripe Payments Europe, Ltd. has preserved the merchant account records.'],
  ['klarna', 'Klarna Compliance <compliance@klarna.com>', 'Klarna Bank AB (publ) has preserved the customer account records.'],
  ['wetransfer', 'WeTransfer Legal <legal@wetransfer.com>', 'WeTransfer B.V. has preserved the transfer records.'],
  ['truecaller', 'Truecaller Legal <legal@truecaller.com>', 'True Software Scandinavia AB has preserved the Truecaller profile data.'],
  ['blablacar', 'BlaBlaCar Legal <legal@blablacar.com>', 'Comuto SA has preserved the BlaBlaCar member account records.'],
  ['tonline', 'T-Online.de <datenschutz@stroeerdigitalpublishing.de>', 'Die Ströer Digital Publishing GmbH hat die Daten des Kontos gesichert.'],
  ['free', 'Free Mobile <juridique@iliad.fr>', 'Free Mobile a conservé les données de la ligne.'],
  ['onet', 'Onet Poczta <pomoc@onet.pl>', 'Ringier Axel Springer Polska zabezpieczyła dane konta Onet Poczta.'],
  ['interia', 'Poczta Interia <iod@firma.interia.pl>', 'Interia.pl sp. z o.o. zabezpieczyła dane konta pocztowego.'],
  ['trademe', 'Trade Me Trust & Safety <trustandsafety@trademe.co.nz>', 'Trade Me Limited has preserved the member account data.'],
  ['gumtree', 'Gumtree Trust & Safety <safety@gumtree.com>', 'Gumtree.com Limited has preserved the advertiser account data.'],
  ['sahibinden', 'sahibinden.com <destek@sahibinden.com>', 'Sahibinden Bilgi Teknolojileri has preserved the member account data.'],
  ['rappi', 'Rappi Legal <legal@rappi.com>', 'Tecnologías Rappi conservó los datos de la cuenta del usuario.'],
  ['skroutz', 'Skroutz <legal@skroutz.gr>', 'Skroutz S.A. has preserved the customer account data.'],
];

const ADDED_PROVIDERS = [...NEW_PROVIDERS, ...PROVIDERS_OF_DECEMBER, ...PROVIDERS_OF_DECEMBER_4, ...PROVIDERS_OF_DECEMBER_5, ...PROVIDERS_OF_DECEMBER_6];

describe('e-mails of the providers added since issue 12 are recognised', () => {
  it.each(ADDED_PROVIDERS)('%s by its sender address', (id, sender) => {
    const mail = `From: ${sender}\nSubject: Request 2026-0042\n\nWe have received your request and preserved the records.`;
    expect(parseProviderEmail(mail).providerId).toBe(id);
  });

  it.each(ADDED_PROVIDERS)('%s by the words of its body, sent from a plain mailer', (id, _sender, body) => {
    const mail = `From: Case desk <desk@mailer.example>\nSubject: Request 2026-0042\n\n${body}`;
    expect(parseProviderEmail(mail).providerId).toBe(id);
  });

  it('does not take the word "signal" or "slack" alone in an unrelated mail for a provider', () => {
    const mail = 'From: Officer <officer@police.example>\nSubject: Notes\n\nWe will signal the team once the schedule has some slack in it.';
    expect(parseProviderEmail(mail).providerId).toBe(null);
  });

  it('does not take ordinary words ("bol", "Kleinanzeigen", "le bon coin", the name Kofi) or a bol.com.br mailbox for a provider', () => {
    const mail =
      'From: Officer <officer@police.example>\nSubject: Notes\n\nDe bal (bol) lag op het bord. Der Verdächtige bot das Rad über Kleinanzeigen an; il a trouvé le bon coin. Ask Kofi Mensah. Target: suspeito@bol.com.br';
    expect(parseProviderEmail(mail).providerId).toBe(null);
  });

  it('does not take a bol.com.br sender for bol', () => {
    const mail = 'From: Delegado Silva <delegado.silva@bol.com.br>\nSubject: Pedido 2026-0042\n\nSegue o pedido de preservação da conta.';
    expect(parseProviderEmail(mail).providerId).not.toBe('bol');
  });

  it('does not take ordinary words ("line", "kick", "mega", "proton") or a user\'s mailbox for one of them', () => {
    const mail =
      'From: Officer <officer@police.example>\nSubject: Notes\n\nWe kick off at nine; drop me a line. The proton beam was a mega success. Target: someone@proton.me, other@gmx.de';
    expect(parseProviderEmail(mail).providerId).toBe(null);
  });
});

describe('a company named in a letter\'s signature names its provider', () => {
  it.each([
    ['allegro', 'Z poważaniem\nZespół ds. Współpracy z Organami Ścigania\nAllegro sp. z o.o.'],
    ['posteo', 'Gruß\nT. Ahlers\nPosteo – Behördenanfragen'],
    ['free', 'Cordialement,\nFree – Service des Réquisitions Judiciaires'],
  ])('%s', (id, signature) => {
    const mail = `Hallo,\n\nerledigt, die Daten sind gesichert. Unser Zeichen: PB-26-1187.\n\n${signature}`;
    expect(parseProviderEmail(mail).providerId).toBe(id);
  });

  it('does not take "Allegro" or "Posteo" alone (a tempo, a mailbox) for a provider', () => {
    const mail = 'From: Officer <officer@police.example>\nSubject: Notes\n\nThe second movement, Allegro ma non troppo. Target: nordlicht.k@posteo.de (Posteo mailbox).';
    expect(parseProviderEmail(mail).providerId).toBe(null);
  });
});

describe('the ordinary words of the providers of December 6 name none of them', () => {
  it.each([
    ["I made the booking at the hotel and the guest wrote from a guest.booking.com alias."],
    ["Police were called to a riot near the stadium after the games ended."],
    ["The suspect wore a jacket with a red stripe; payments were made in cash."],
    ["Klarna upp saken innan mötet, sa hon; vädret ska klarna under dagen."],
    ["We transfer the files to the prosecutor once we transfer the case."],
    ["The true caller was his brother, not the number shown."],
    ["Eu comuto todos os dias; Comuto de casa para o trabalho de comboio."],
    ["Free shipping is offered on every order this week, and the Iliad is on the reading list."],
    ["L'agent d'entretien travaille pour Onet à Marseille."],
    ["Trade me your Friday shift and I will take your Monday one."],
    ["The koala slept up a gum tree, and the old gumtree by the road lost a branch."],
    ["Araba sahibinden satılık, galeriden değil."],
  ])('%s', (sentence) => {
    const mail = `From: Officer <officer@police.example>\nSubject: Notes\n\n${sentence}`;
    expect(parseProviderEmail(mail).providerId).toBe(null);
  });
});

describe("a provider's name before an authorities' desk in the sender's name", () => {
  it.each([
    ['klarna', 'Klarna Myndighetsservice <desk@helpdesk.example>'],
    ['gmx', 'GMX Behördenanfragen <desk@helpdesk.example>'],
    ['subito', 'Subito Autorità <desk@helpdesk.example>'],
    ['free', 'Free – Service des Réquisitions Judiciaires <desk@helpdesk.example>'],
  ])('%s', (id, sender) => {
    const mail = `From: ${sender}\nSubject: Ärende 5581290\n\nVi har säkrat uppgifterna. Vårt ärendenummer: KLR-20261126-0042\n`;
    expect(parseProviderEmail(mail).providerId).toBe(id);
  });
});

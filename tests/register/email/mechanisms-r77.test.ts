import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 77 of the e-mail reader: each probe fails on the reader of e573fca1, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const references = (text: string) => read(text).confirmations.map((c) => c.reference);
const days = (text: string) => read(text).confirmations.map((c) => c.preservedOn?.day ?? null);

describe('a terse reply’s bare numbers', () => {
  const hashed = `From: GitLab Legal <legal@gitlab.com>
Date: Thu, 19 Nov 2026 17:40:00 -0500
To: Det. Anna Berg <a.berg@police.example.se>
Subject: RE: Preservation request – 5000-K1187-26

hi - preserved both on mon: #6620417 (user lindqvist-build) and #6620418 (group pay-tools-se).

GitLab Legal

On Fri, Nov 13, 2026 at 9:02 AM Det. Anna Berg <a.berg@police.example.se> wrote:
> Please preserve the GitLab user lindqvist-build and the group pay-tools-se for 90 days.
> Our case: 5000-K1187-26
`;

  it('reads numbers after "#" in the reply’s prose as its references, where no label names any', () => {
    expect(references(hashed)).toEqual(['6620417', '6620418']);
  });

  it('dates them by the short weekday after "on" ("on mon": the Monday before the e-mail)', () => {
    expect(days(hashed)).toEqual(['2026-11-16', '2026-11-16']);
  });

  it('look-alike: a number "#" gives to what the provider holds ("Server #…", "member # …") is none', () => {
    const text = `From: Hetzner Abuse <abuse@hetzner.com>
Date: Tue, 17 Nov 2026 09:12:00 +0100
Subject: Re: Sicherung

erledigt, das Kundenkonto ist gesichert; die IP gehört zu Server #3318204 dieses Kontos, member # 5521907.
`;
    expect(references(text)).toEqual([]);
  });

  it('reads a number heading a line that maps it to the account it holds ("5530217 -> 1187…")', () => {
    const text = `From: Discord Trust & Safety <lawenforcement@discord.com>
Date: Wed, 18 Nov 2026 21:48:10 -0800
Subject: Re: Preservation request – FIR 0442/2026

preserved, two cases since the second account was reported separately:

5530217 -> 1187430926615540001
5530224 -> 1190022817734455296

both 90d.
-- 
Discord T&S
`;
    expect(references(text)).toEqual(['5530217', '5530224']);
  });
});

describe('what a plural label and an ordinal say', () => {
  it('reads a plural label’s list of numbers ("[Case Nos. 22107731 / 22107732]")', () => {
    const text = `From: Meta Law Enforcement Response Team <records-noreply@support.facebook.com>
Date: Wed, 11 Nov 2026 19:58:00 -0800
Subject: Preservation Confirmation [Case Nos. 22107731 / 22107732] - Your File 2026-TR-0417

Dear Officer,

Your request was split into two cases, one for each Instagram account; both have been processed and the records
preserved for 90 days pending formal legal process.

Meta Platforms, Inc.
`;
    expect(references(text)).toEqual(['22107731', '22107732']);
  });

  it('reads no day in an ordinal before what it counts ("the 2nd acct was already …")', () => {
    const text = `From: Discord Trust & Safety <lawenforcement@discord.com>
Date: Fri, 20 Nov 2026 21:48:10 -0800
Subject: Re: Preservation request

preserved as case 8821907. the 2nd acct was already under an internal report, so nothing new there.
`;
    expect(days(text)).toEqual(['2026-11-20']);
  });
});

describe('a certified mail’s letter', () => {
  it('reads the letter under a PEC receipt’s "postacert.eml" line as the sender’s message, though it has no header', () => {
    const text = `Oggetto: POSTA CERTIFICATA: Riscontro richiesta conservazione dati
Mittente: Per conto di: legale@pec.subito.it <posta-certificata@legalmail.it>
Data: 12/11/2026 10:02
A: squadra.mobile@pecps.poliziadistato.it

Messaggio di posta certificata

Il giorno 12/11/2026 alle ore 10:02:11 (+0100) il messaggio è stato inviato da "legale@pec.subito.it".
Il messaggio originale è incluso in allegato.

-------- postacert.eml --------

Spett.le Squadra Mobile

Ns. rif.: SUB-LEG-2026/0912

Si comunica che in data 11/11/2026 la scrivente ha provveduto alla conservazione dei dati dell'utente ID 88120457.
`;
    expect(references(text)).toEqual(['SUB-LEG-2026/0912']);
    expect(days(text)).toEqual(['2026-11-11']);
  });
});

describe('Italian’s impersonal "si"', () => {
  it('reads "Si comunica che … ha provveduto alla conservazione" as a preservation done, not as "if"', () => {
    const text = `Da: Subito - Ufficio Legale <legale@subito.it>
Data: 12/11/2026 10:02
Oggetto: Riscontro richiesta conservazione dati

Ns. rif.: SUB-LEG-2026/1130

Si comunica che in data 10/11/2026 la scrivente ha provveduto alla conservazione dei dati dell'utente ID 66120934.
`;
    expect(references(text)).toEqual(['SUB-LEG-2026/1130']);
    expect(days(text)).toEqual(['2026-11-10']);
  });
});

describe('the provider’s own number in Central and Eastern European prose', () => {
  it.each([
    ['Czech "pod naším číslem"', 'Vaši žádost jsme zaevidovali pod naším číslem SZN-PO-2026/2207, na které se prosím odkazujte.', 'SZN-PO-2026/2207'],
    ['Czech "Číslo našeho záznamu:"', 'Číslo našeho záznamu: SZN-2026/4471 – prosím uvádějte ho v další korespondenci.', 'SZN-2026/4471'],
    ['Ukrainian "в нашій системі"', 'Номер Вашого звернення в нашій системі: УН-ЮР-3318/26. Просимо зазначати його.', 'УН-ЮР-3318/26'],
    ['Bulgarian "при нас"', 'Номер на преписката при нас: ЗД-2207/26. Моля, посочвайте го.', 'ЗД-2207/26'],
    ['Hungarian "Belső hivatkozási számunk:"', 'Belső hivatkozási számunk: SZ-HU-2026/0918', 'SZ-HU-2026/0918'],
  ])('reads %s', (_, sentence, expected) => {
    const text = `From: Seznam.cz Právní oddělení <pravni@firma.seznam.cz>
Date: Mon, 09 Nov 2026 10:15:00 +0100
Subject: Zajištění dat

${sentence}

Data účtu byla zajištěna dne 9. 11. 2026.
`;
    expect(references(text)).toEqual([expected]);
  });

  it('reads it beside the addressee’s number in the same sentence ("K Vaší žádosti č. j. …")', () => {
    const text = `From: Seznam.cz Právní oddělení <pravni@firma.seznam.cz>
Date: Mon, 09 Nov 2026 10:15:00 +0100
Subject: Zajištění dat

K Vaší žádosti č. j. KRPA-118834/TČ-2026-000093 sdělujeme, že jsme ji zaevidovali pod naším číslem SZN-PO-2026/2211.

Data účtu byla zajištěna dne 9. 11. 2026.
`;
    expect(references(text)).toEqual(['SZN-PO-2026/2211']);
  });
});

describe('the provider’s follow-up above the officer’s question', () => {
  it('reads the bare reply at the top, signed by the provider, over the officer’s follow-up and the provider’s receipt', () => {
    const text = `Dear Detective Sergeant Laine,

Thank you for your follow-up. We confirm that on 3 November 2026 we preserved the data held for the customer with
phone number +358 40 555 0147.

Our reference for this matter is RVL-LE-8820417. Please quote it in any legal process you send us.

Kind regards,
Revolut Law Enforcement Team

> On 2 Nov 2026, at 09:12, Laine Mikko <mikko.laine@poliisi.fi> wrote:
>
> Hello, could you please confirm whether the preservation has been carried out?
>
>> On 30 Oct 2026, at 16:03, Revolut Law Enforcement <lawenforcement@revolut.com> wrote:
>>
>> Thanks for reaching out. We've received your request and our team will review it shortly.
`;
    expect(references(text)).toEqual(['RVL-LE-8820417']);
    expect(days(text)).toEqual(['2026-11-03']);
  });

  it('reads a terse reply at the top signed in the provider’s language ("Henrik, Jottacloud juridisk")', () => {
    const text = `hei,
ok, sikret 2. desember, begge brukerne nedenfor. vår ref JC-LE-26-0977
mvh
Henrik, Jottacloud juridisk

Den 1. des. 2026 kl. 10:14 skrev Kari Nilsen <kari.nilsen@politiet.example.no>:
> Hei, vi ber om at dere sikrer alle data for kontoene nedenfor i 90 dager.
> Brukernavn: fjellrev_77
`;
    expect(references(text)).toEqual(['JC-LE-26-0977']);
  });
});

describe('labels of the provider’s file in more languages', () => {
  const mail = (line: string) => `From: Support <legal@example-provider.com>
Date: Wed, 21 Oct 2026 10:05:00 +0200
Subject: Re: Preservation

${line}

The account data has been preserved on 20 October 2026.
`;
  it.each([
    ['French "N° de dossier :"', 'N° de dossier : 26-2207-00419', '26-2207-00419'],
    ['Spanish "Ref. interna:"', 'Ref. interna: 2611-WP-4410', '2611-WP-4410'],
    ['Swedish "Ärende-ID:"', 'Ärende-ID: 40033187', '40033187'],
    ['Polish "Sprawa nr:"', 'Sprawa nr: 2611/ALG/0993', '2611/ALG/0993'],
    ['Polish "nr zgloszenia" without its diacritic', 'zabezpieczono. nr zgloszenia 00874412.', '00874412'],
    ['Italian "pratica" before its number', 'fatto, pratica 55-2207.', '55-2207'],
    ['German "ref ist"', 'ok beide gesichert, ref ist 8840-3 für ihre unterlagen.', '8840-3'],
  ])('reads %s', (_, line, expected) => {
    expect(references(mail(line))).toEqual([expected]);
  });

  it('look-alike: a Swedish "ärende" before the police’s own case number is no label of the provider’s', () => {
    const text = `From: Blocket Myndighetsärenden <myndighet@blocket.se>
Date: Tue, 24 Nov 2026 10:05:00 +0100
Subject: SV: Begäran om bevarande

Tack för din begäran om bevarande i ärende 5000-K812299-26. Vi har säkrat uppgifterna den 23 november 2026.

Ärendenr 20261124-4471
`;
    expect(references(text)).toEqual(['20261124-4471']);
  });
});

describe('a flattened table’s Turkish header', () => {
  it('reads the values under "Talep No" (request number) as references, one per row', () => {
    const text = `Kimden: sahibinden.com Hukuk Birimi <hukuk@sahibinden.com>
Gönderildi: 12 Kasım 2026 Perşembe 11:02
Kime: Ayşe Demir <ayse.demir@egm.example.gov.tr>
Konu: Veri Saklama Talebi Sonucu

Sayın Komiser Yardımcısı Ayşe Demir,

Aşağıdaki üyelik hesaplarına ait veriler 12 Kasım 2026 tarihinde muhafaza altına alınmıştır.

Talep No
Kullanıcı Adı
Durum
SHB-HK-2611-00711
kadikoy.oto
Muhafaza edildi
SHB-HK-2611-00712
bostanci.telefon
Muhafaza edildi

Saygılarımızla,
sahibinden.com Hukuk Birimi
`;
    expect(references(text)).toEqual(['SHB-HK-2611-00711', 'SHB-HK-2611-00712']);
  });
});

describe('another request’s number, or one not to be used', () => {
  const mail = (sentences: string) => `From: Binance Law Enforcement <lawenforcement@binance.com>
Date: Tue, 17 Nov 2026 09:12:00 +0000
Subject: Preservation Confirmation

Case ID: BLE-261117-4471

We have preserved the account river.stone.77@gmail.com on November 17, 2026. ${sentences}
`;
  it.each([
    ['"not linked to"', 'This request is not linked to reference 52877730, which was closed on October 2, 2026.'],
    ['"do not use"', 'Please do not use the FIU-IND reference STR-IN-26-007731 (internal reporting) in your legal process.'],
    ['a district attorney’s file', 'The accounts are held for the Santa Clara County District Attorney file PM-2026-014471 (Grand Jury subpoena GJ-2026-120).'],
  ])('sets aside a number %s beside the provider’s own', (_, sentences) => {
    expect(references(mail(sentences))).toEqual(['BLE-261117-4471']);
  });
});

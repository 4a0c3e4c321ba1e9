import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 65 of the e-mail reader: each probe fails on the reader of the commit before its own, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const references = (text: string) => read(text).confirmations.map((c) => c.reference);
const accounts = (text: string) => read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));
/** Each confirmation's reference, preservation day and where the day came from. */
const dated = (text: string) => read(text).confirmations.map((c) => [c.reference, c.preservedOn?.day ?? null, c.preservedOn?.source ?? null]);

describe('a bare body whose first line is the subject the investigator copied with it', () => {
  const body = '\n\nWe have preserved the records of the account linked to +44 7700 900 318 as of 20 November 2026.\n\nRecords are held for 90 days.\n\nTrust & Safety Team\n';
  it('"[77120458] Preservation completed" over a blank line gives the number in brackets', () => {
    expect(references(`[77120458] Preservation completed${body}`)).toEqual(['77120458']);
  });
  it('a lone number on the first line is the subject, and the number', () => {
    expect(references(`3390218871${body}`)).toEqual(['3390218871']);
  });
  it('a first line that is a greeting is no subject (look-alike)', () => {
    expect(references(`Hello 3390218871,${body}`)).toEqual([]);
  });
});

describe('the writer\'s own contact fields', () => {
  it('"Agent e-mail:" and "Agent phone:" lines are the agent\'s, not preserved accounts', () => {
    const text =
      '[66120934] Preservation notice\n\nWe have preserved the account information for the following phone number as of November 3, 2026:\n\n+1 415 555 0119\n\nRequesting agent: SA Dana Whitfield\nAgent e-mail: d.whitfield@fieldoffice.example.gov\nAgent phone: +1 415 555 0175\n\nLaw Enforcement Response Team\n';
    expect(accounts(text)).toEqual(['+1 415 555 0119']);
  });
});

describe('a provider\'s bare reply above the request it answers, signed by its team', () => {
  const request = `\n\nOn Sat, 14 Nov 2026 at 10:12, Inspector Nora Lind <nora.lind@police.example.se> wrote:\n> Hello,\n> please preserve the data of +46 70 555 01 42 for 90 days.\n> Inspector Nora Lind\n`;
  it('the reply signed "… Law Enforcement Response Team" is the provider\'s message, its case number the reference', () => {
    const text = `Hello,\n\nWe have preserved the account information for +46 70 555 01 42.\n\nCase Number: 4410298837\nPreservation completed on November 16, 2026.\n\nSincerely,\nMessenger Law Enforcement Response Team${request}`;
    expect(references(text)).toEqual(['4410298837']);
  });
  it('the same reply with a dashed rule under its signature', () => {
    const text = `Hello,\n\nWe have preserved the account information for +46 70 555 01 42.\n\nCase Number: 4410298837\n\nRegards,\nSnap Law Enforcement Operations\n\n-----\n\nFrom: Inspector Nora Lind <nora.lind@police.example.se>\nSent: 30 October 2026\nSubject: Preservation request\n\nHello,\nplease preserve the data of +46 70 555 01 42 for 90 days.\n\nNora Lind\nInspector\n`;
    expect(references(text)).toEqual(['4410298837']);
  });
});

describe('a number given in running prose', () => {
  const mail = (sentence: string) =>
    `From: Storage Legal <legal@dropbox.com>\nDate: Thu, 5 Nov 2026 10:00:00 -0800\nSubject: Your preservation request\n\nHello,\n\nWe have preserved the account lena.hart.design@example.com. ${sentence}\n\nDropbox Legal\n`;
  it('"Our internal number for this request is X"', () => {
    expect(references(mail('Our internal number for this request is 26-PR-440817.'))).toEqual(['26-PR-440817']);
  });
  it('"our legal register records this matter as X"', () => {
    expect(references(mail('Our legal register records this matter as 26/0391 - please quote it in your order.'))).toEqual(['26/0391']);
  });
  it('"is preserved under 26-0418831" (digits, a hyphen, digits), and a second account "…, and … under …" in the same sentence', () => {
    const text = mail('The mailbox is preserved under 26-0510442, and the gaming profile with gamertag Lantern Owl 5 under 26-0510443.');
    expect(references(text).sort()).toEqual(['26-0510442', '26-0510443']);
  });
  it('French: "enregistrée chez nous sous le dossier X"', () => {
    const text =
      'De : Service Réquisitions <requisitions@leboncoin.fr>\nDate : jeu. 5 nov. 2026 10:00\nObjet : Votre réquisition\n\nBonjour,\n\nNous avons conservé les données du compte camille.rey@example.fr. Cette demande est enregistrée chez nous sous le dossier 26-0522-JUR.\n\nService Réquisitions\n';
    expect(references(text)).toEqual(['26-0522-JUR']);
  });
  it('Portuguese: "deverá ser mencionada pelo número de protocolo X"', () => {
    const text =
      'De: Atendimento a Ofícios <oficios@nubank.com.br>\nData: segunda-feira, 22 de junho de 2026 18:12\nAssunto: Resposta ao Ofício\n\nPrezada Delegada,\n\nOs dados da conta foram preservados em 22/06/2026, pelo prazo de 90 dias.\n\nA presente solicitação deverá ser mencionada pelo número de protocolo\n55092184 em qualquer comunicação futura.\n\nAtenciosamente,\nNubank\n';
    expect(references(text)).toEqual(['55092184']);
  });
  it('Polish: "sprawie nadano numer X"', () => {
    const text =
      'Od: Zespół Bezpieczeństwa <bezpieczenstwo@allegro.pl>\nData: 3 kwietnia 2026 10:00\nTemat: [#519920] Zabezpieczenie danych\n\nSzanowni Państwo,\n\nuprzejmie informujemy, że dane konta zostały zabezpieczone, a sprawie nadano numer ALG/ZD/2026/05120.\n\nZespół Bezpieczeństwa Allegro\n';
    expect(references(text)).toEqual(['ALG/ZD/2026/05120']);
  });
});

describe('a refusal of one kind of data beside a preservation', () => {
  it('"We did not preserve any server data." leaves the account\'s preservation confirmed', () => {
    const text =
      'From: Discord Safety <safety-le@discord.com>\nDate: Thu, 5 Nov 2026 14:22:07 -0800\nSubject: Re: Data Preservation Request\n\nHello,\n\nWe have preserved the data currently available for the account ferngrove.exe (User ID 1120394857601928374).\n\nWe did not preserve any server data.\n\nOur preservation is recorded under P-6620194 - please quote P-6620194 in any legal process.\n\nDiscord Safety\n';
    expect(references(text)).toEqual(['P-6620194']);
  });
  it('"We did not preserve any data." still confirms nothing (look-alike)', () => {
    const text =
      'From: Discord Safety <safety-le@discord.com>\nDate: Thu, 5 Nov 2026 14:22:07 -0800\nSubject: Re: Data Preservation Request\n\nHello,\n\nWe did not preserve any data: no account matches the identifiers you gave. Reference P-6620194.\n\nDiscord Safety\n';
    expect(references(text)).toEqual([]);
  });
});

describe('the preservation\'s stated day, where the reader took the e-mail\'s own', () => {
  it('French "ont été gelées le 3 décembre 2026 :" over a list', () => {
    const text =
      'From: Free Réquisitions <requisitions@free.fr>\nDate: Fri, 4 Dec 2026 10:00:00 +0100\nSubject: Conservation\n\nBonjour,\n\nLes données suivantes ont été gelées le 3 décembre 2026 :\n\n- ligne 06 55 55 01 22\n\nRéférence Free : FRJ-2026-551208\n\nService des Réquisitions\n';
    expect(dated(text)).toEqual([['FRJ-2026-551208', '2026-12-03', 'stated']]);
  });
  it('Finnish "on säilytetty 09.02.2027"', () => {
    const text =
      'From: Elisa <viranomaiset@elisa.fi>\nDate: Wed, 10 Feb 2027 10:00:00 +0200\nSubject: Säilyttämismääräys\n\nHei,\n\nVahvistamme, että liittymän tiedot on säilytetty 09.02.2027 määräyksenne mukaisesti.\n\nViite: ELISA-VP-2027-00940\n\nElisa\n';
    expect(dated(text)).toEqual([['ELISA-VP-2027-00940', '2027-02-09', 'stated']]);
  });
  it('Portuguese "A preservação foi efetivada em 18/03/2026"', () => {
    const text =
      'From: Nubank <oficios@nubank.com.br>\nDate: Thu, 19 Mar 2026 10:00:00 -0300\nSubject: Preservação\n\nPrezados,\n\nA preservação foi efetivada em 18/03/2026 e permanecerá válida por 90 dias.\n\nProtocolo: 2026031800522\n\nNubank\n';
    expect(dated(text)).toEqual([['2026031800522', '2026-03-18', 'stated']]);
  });
  it('a label after a sentence on the same line ("… ont été conservées. Date de conservation : 03/11/2026")', () => {
    const text =
      'From: Vinted <legal@vinted.fr>\nDate: Wed, 4 Nov 2026 10:00:00 +0100\nSubject: Conservation\n\nBonjour,\n\nLes données du compte suivant ont été conservées. Date de conservation : 03/11/2026\n\nRéférence : LER-26-088120\n\nVinted Legal\n';
    expect(dated(text)).toEqual([['LER-26-088120', '2026-11-03', 'stated']]);
  });
  it('a flattened table\'s label over its date, two blank lines between', () => {
    const text =
      'From: Mercado Livre <juridico@mercadolivre.com>\nDate: Tue, 17 Nov 2026 10:00:00 -0300\nSubject: Preservação\n\nPrezados,\n\nPreservamos os dados da conta abaixo.\n\nProtocolo: 2026-ML-6610348\n\nData da preservação\n\n\n16/11/2026\n\nJurídico\n';
    expect(dated(text)).toEqual([['2026-ML-6610348', '2026-11-16', 'stated']]);
  });
  it('German: the date, then its time, then the participle ("zum Stand 23. März 2026,⏎14:05 Uhr eingefroren")', () => {
    const text =
      'Sehr geehrte Damen und Herren,\n\nzu Ihrem Ersuchen (Unser Zeichen: PST-2026-0213) haben wir die Bestandsdaten des Postfachs zum Stand 23. März 2026,\n14:05 Uhr eingefroren.\n\nPosteo Behördenanfragen\n';
    expect(dated(text)).toEqual([['PST-2026-0213', '2026-03-23', 'stated']]);
  });
  it('Indonesian: a flattened table\'s "Data berhasil dipreservasi" over its date', () => {
    const text =
      'From: Shopee Legal <legal@shopee.co.id>\nDate: Thu, 5 Mar 2026 10:00:00 +0700\nSubject: Preservasi data\n\nYth. Bapak,\n\nNomor referensi\nLER-ID-260305-00518\nData berhasil dipreservasi\n04/03/2026\n\nShopee Legal\n';
    expect(dated(text)).toEqual([['LER-ID-260305-00518', '2026-03-04', 'stated']]);
  });
  it('a Gmail conversation\'s stamp in Canadian French ("jeu. 12 nov. 2026, 18 h 04") is the message\'s date', () => {
    const text =
      'LinkedIn – Demande de préservation\n\nL\nLinkedIn Law Enforcement <lawenforcement@linkedin.com>\n\t\njeu. 12 nov. 2026, 18 h 04 (il y a 4 jours)\n\t\nà moi\n\nDear Sgt. Roy,\n\nLinkedIn has preserved the data of the member account below.\n\nReference: LI-LER-0071120\n\nLinkedIn Law Enforcement\n';
    expect(read(text).emailDate?.day).toBe('2026-11-12');
  });
  describe('two cases\' parts, one day of preservation written once after both', () => {
    const mail = (after: string) =>
      `From: Dropbox <legal@dropbox.com>\nDate: Tue, 17 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nHello,\n\nWe have preserved the two accounts you listed.\n\nCase 26-0815120\nAccount: lena@example.com\n\nCase 26-0815121\nAccount: mark@example.com\n\n${after}\n\nDropbox Legal\n`;
    it('"Date of preservation: 16 November 2026" dates both', () => {
      expect(dated(mail('Date of preservation: 16 November 2026'))).toEqual([
        ['26-0815120', '2026-11-16', 'stated'],
        ['26-0815121', '2026-11-16', 'stated'],
      ]);
    });
    it('"Both preservations were completed on …" dates both', () => {
      expect(dated(mail('Both preservations were completed on November 16, 2026.')).map((d) => d[1])).toEqual(['2026-11-16', '2026-11-16']);
    });
    it('a sentence that names the second case dates it alone (look-alike)', () => {
      expect(dated(mail('Case 26-0815121 was preserved on November 16, 2026.')).map((d) => d[1])).toEqual(['2026-11-17', '2026-11-16']);
    });
  });
});

describe('dates the reader misread for their surroundings', () => {
  it('a quoted-printable soft break inside a character\'s bytes ("proc=C3=A9d=C3=⏎=A9, le 2 d=C3=A9cembre 2026")', () => {
    const text =
      'From: OVHcloud <requisitions@ovhcloud.com>\nDate: Thu, 3 Dec 2026 15:51:59 +0100\nSubject: Conservation\nMIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\nMadame,\n\nSuite =C3=A0 votre r=C3=A9quisition du 1er d=C3=A9cembre 2026, nous vous confirmons avoir proc=C3=A9d=C3=\n=A9, le 2 d=C3=A9cembre 2026, =C3=A0 la conservation des donn=C3=A9es du compte suivant :\n\nIdentifiant client : ab77120-ovh\n\nNotre r=C3=A9f=C3=A9rence : CS12990417\n\nOVHcloud\n';
    expect(dated(text)).toEqual([['CS12990417', '2026-12-02', 'stated']]);
  });
  it('Polish: a company\'s legal form at a line\'s end between the day and the verb ("w dniu 11 marca 2027 r. Allegro.pl sp. z o.o.⏎zabezpieczyła")', () => {
    const text =
      'Od: Allegro <bezpieczenstwo@allegro.pl>\nData: Fri, 12 Mar 2027 11:06:44 +0100\nTemat: Zabezpieczenie danych\n\nSzanowni Państwo,\n\nuprzejmie informujemy, że w dniu 11 marca 2027 r. Allegro.pl sp. z o.o.\nzabezpieczyła dane dotyczące konta użytkownika.\n\nNumer zgłoszenia: ALG/ZAB/2027/02210\n\nZespół Allegro\n';
    expect(dated(text)).toEqual([['ALG/ZAB/2027/02210', '2027-03-11', 'stated']]);
  });
  it('Czech: "byla zabezpečena dne 8. ledna 2026", a year before the e-mail, is implausible and proposes no date', () => {
    const text =
      'From: Seznam <policie@firma.seznam.cz>\nDate: Mon, 11 Jan 2027 09:12:40 +0100\nSubject: Zabezpečení dat\n\nDobrý den,\n\nsdělujeme, že data k níže uvedené schránce byla zabezpečena dne 8. ledna 2026:\n\npetr.novak77@seznam.cz\n\nNaše č. j.: SZN-PR-27-0044\n\nSeznam.cz\n';
    expect(dated(text)).toEqual([['SZN-PR-27-0044', null, null]]);
  });
  it('Romanian: the date of a Gmail attribution "Pe mie., 4 nov. 2026 la 11:20, … a scris:" is the e-mail\'s, so a day a year and a day before it is implausible', () => {
    const text =
      'Am primit confirmarea de la Meta.\n\nPe mie., 4 nov. 2026 la 11:20, Meta Law Enforcement Response Team <records@fb.com> a scris:\n> Datele contului https://www.facebook.com/ion.pop.77 au fost conservate la data\n> de 03.11.2025.\n>\n> Numărul cazului: 1187790012\n';
    expect(read(text).emailDate?.day).toBe('2026-11-04');
    expect(dated(text)).toEqual([['1187790012', null, null]]);
  });
  it('"the account\'s current subscription began on 2 November 2024" is no preservation\'s day', () => {
    const text =
      'From: Spotify Law Enforcement <le-requests@spotify.com>\nDate: Tue, 24 Feb 2026 16:03:11 +0100\nSubject: Preservation confirmation (SPT-LE-26-00610)\n\nDear Inspector,\n\nWe confirm that the data associated with the following Spotify account has been preserved: nattfjaril.sthlm@example.com\n\nFor your information, the account\'s current subscription began on 2 November 2024.\n\nSpotify Law Enforcement\n';
    expect(dated(text)).toEqual([['SPT-LE-26-00610', '2026-02-24', 'email-date']]);
  });
  it('Italian: "sospeso dal 12 marzo 2026" is the account\'s suspension, not its preservation', () => {
    const text =
      'Da: Subito Legal <legal.requests@subito.it>\nData: mercoledì 25 marzo 2026 10:14\nOggetto: Conservazione dati\n\nGentile Ispettore,\n\n- utente "lucky.phone" (ID utente 60074419): dati conservati. L\'account risulta sospeso dal 12 marzo 2026 per violazione delle regole.\n\nIl nostro riferimento è SUB-LE-2026-00577.\n\nSubito Legal\n';
    expect(dated(text)).toEqual([['SUB-LE-2026-00577', '2026-03-25', 'email-date']]);
  });
  it('a day without its year after "as of" ("Preserved as of 3/11", a US sender, the e-mail of 12 March)', () => {
    const text =
      'From: Airbnb Law Enforcement <lawenforcement@airbnb.com>\nDate: Thu, 12 Mar 2026 13:18:00 -0800\nSubject: Airbnb case 03920417\n\nHello,\n\nPreserved as of 3/11: the account of host.kai@example.com.\n\nAirbnb case 03920417\n\nAirbnb Law Enforcement\n';
    expect(dated(text)).toEqual([['03920417', '2026-03-11', 'stated']]);
  });
  it('a day without its year after a participle of preserving ("säkrat 3/11"), its order decided by "t.o.m. 31/1"', () => {
    const text =
      'From: Blocket <myndighet@blocket.se>\nDate: Wed, 4 Nov 2026 09:12:40 +0100\nSubject: Säkring\n\nHej,\n\nUppgifterna för kontot har vi säkrat 3/11. Sparas t.o.m. 31/1.\n\nÄrende: BLK-80533\n\nBlocket\n';
    expect(dated(text)).toEqual([['BLK-80533', '2026-11-03', 'stated']]);
  });
  it('a fraction-like "3/11" after other words stays no date (look-alike)', () => {
    const text =
      'From: Blocket <myndighet@blocket.se>\nDate: Wed, 4 Nov 2026 09:12:40 +0100\nSubject: Säkring\n\nHej,\n\nVi har säkrat kontot; 3/11 av annonserna var redan borttagna.\n\nÄrende: BLK-80533\n\nBlocket\n';
    expect(dated(text)).toEqual([['BLK-80533', '2026-11-04', 'email-date']]);
  });
  it('"the username listed below was held on November 10" is the name\'s hold, not the records\' preservation', () => {
    const text =
      'From: Meta Law Enforcement <records@fb.com>\nDate: Fri, 13 Nov 2026 09:00:00 -0800\nSubject: Preservation 8844120\n\nWe have preserved the records of the account below. In response to your request, the username listed below was held on November 10, 2026 so that it cannot be changed while the account is preserved.\n\nInstagram username: quiet.marsh.77\n\nCase 8844120\n\nMeta\n';
    expect(dated(text)).toEqual([['8844120', '2026-11-13', 'email-date']]);
  });
  it('Italian: "annunci pubblicati dal 01/10/2025" dates the ads, not the preservation', () => {
    const text =
      'Da: Subito Legal <legal.requests@subito.it>\nData: mercoledì 11 marzo 2026 23:52\nOggetto: Conservazione dati\n\nGentile Ispettore,\n\ni dati (annunci pubblicati dal 01/10/2025, messaggi e log di accesso) sono stati conservati.\n\nRiferimento: SUB-LE-48377\n\nSubito Legal\n';
    expect(dated(text)).toEqual([['SUB-LE-48377', '2026-03-11', 'email-date']]);
  });
  it('Czech: "Údaje byly zajištěny ke dni 14. října 2026" (the plural participle)', () => {
    const text =
      'From: Seznam <policie@firma.seznam.cz>\nDate: Thu, 15 Oct 2026 09:41:17 +0200\nSubject: Zajištění\n\nDobrý den,\n\nÚdaje byly zajištěny ke dni 14. října 2026 a budeme je uchovávat po dobu 90 dnů.\n\nNaše značka: SZN-PO-26/0533\n\nSeznam.cz\n';
    expect(dated(text)).toEqual([['SZN-PO-26/0533', '2026-10-14', 'stated']]);
  });
  it('Indonesian: "telah melakukan preservasi data … per tanggal 18 Agustus 2026"', () => {
    const text =
      'From: Gojek <legal@gojek.com>\nDate: Wed, 19 Aug 2026 14:37:22 +0700\nSubject: Konfirmasi Preservasi Data\n\nDengan hormat,\n\nBersama ini kami sampaikan bahwa PT Gojek telah melakukan preservasi data atas akun berikut per tanggal 18 Agustus 2026:\n\n1. Nomor telepon +62 812-5550-4471\n\nNomor referensi: LER-2026-0038920\n\nGojek Legal\n';
    expect(dated(text)).toEqual([['LER-2026-0038920', '2026-08-18', 'stated']]);
  });
  it('Korean: a Thunderbird attribution "2026. 10. 6. 오후 3:12에 … 쓴 글:" parts the reply from the provider\'s quoted message and its "보전 완료일"', () => {
    const text =
      '제목: Re: [카카오] 자료보전 완료 안내\n날짜: Tue, 6 Oct 2026 16:40:55 +0900\n보낸 사람: 박지훈 <jh.park@police.example.kr>\n\n확인했습니다. 감사합니다.\n\n2026. 10. 6. 오후 3:12에 카카오 수사협조 이(가) 쓴 글:\n> 아래와 같이 보전 조치가 완료되었음을 알려드립니다.\n>\n> - 접수번호: KP-20261005-00577\n> - 보전 완료일: 2026. 10. 5.\n>\n> 카카오 수사협조팀 드림\n';
    expect(dated(text)).toEqual([['KP-20261005-00577', '2026-10-05', 'stated']]);
  });
  it('Malay: a Gmail attribution "Pada Kha, 29 Okt 2026 pada 6:22 PTG … menulis:" parts the officer\'s reply from the provider\'s message', () => {
    const text =
      'Terima kasih, saya akan kemaskini fail WANGI/015990/26.\n\nPada Kha, 29 Okt 2026 pada 6:22 PTG TikTok Law Enforcement Response <lawenforcement@tiktok.com> menulis:\n> We have processed your preservation request. TikTok has preserved the\n> data associated with the following account as of 2026-10-29 (UTC):\n>\n> Username: @kedai.murah.kl\n>\n> Case number: 2026102955990\n';
    expect(references(text)).toEqual(['2026102955990']);
    expect(read(text).confirmations[0]?.preservedOn?.day).toBe('2026-10-29');
  });
  it('Dutch: a date in brackets before its participle ("Vandaag (14-10-2026) veiliggesteld onder …")', () => {
    const text = 'Beste heer De Graaf,\n\nVandaag (14-10-2026) veiliggesteld onder BQ-LE-2026-30522: gebruikers-ID 3318207. Bewaartermijn 90 dagen.\n\nbunq Legal\n';
    expect(dated(text)).toEqual([['BQ-LE-2026-30522', '2026-10-14', 'stated']]);
  });
  it('Polish: "Data pierwotnego zabezpieczenia: 10.09.2026" in an extension is the first preservation\'s day', () => {
    const text =
      'Od: Allegro <bezpieczenstwo@allegro.pl>\nData: Wed, 2 Dec 2026 10:00:00 +0100\nTemat: Przedłużenie zabezpieczenia\n\nSzanowni Państwo,\n\nzabezpieczenie danych zostało przedłużone o kolejne 90 dni.\n\nNumer sprawy: ALG-ORG-2026-12004\nData pierwotnego zabezpieczenia: 10.09.2026\n\nZespół Allegro\n';
    expect(dated(text)).toEqual([['ALG-ORG-2026-12004', '2026-09-10', 'stated']]);
  });
});

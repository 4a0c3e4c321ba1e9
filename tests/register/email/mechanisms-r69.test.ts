import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 69 of the e-mail reader: each probe fails on the reader of the commit before its own, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const pairs = (text: string) => read(text).confirmations.map((c) => [c.reference, c.extension?.ofReference ?? null]);

describe("an extension under a new number, the old one in brackets after 'was' ('nieuw kenmerk X (was Y)')", () => {
  const text = `Van: Marktplaats Juridische Zaken <politie-verzoeken@marktplaats.nl>
Verzonden: woensdag 10 februari 2027 09:15
Aan: De Wit, Sanne <sanne.dewit@politie.example.nl>
Onderwerp: RE: verlenging bewaarverzoek - gebruiker 'fietsenfixer_zwolle'

Hoi Sanne,

is verlengd. nieuw kenmerk MP-JZ-27-00412 (was MP-JZ-26-01890).

gr Ilse
`;
  it('records the extension under the new number, of the old one', () => {
    expect(pairs(text)).toEqual([['MP-JZ-27-00412', 'MP-JZ-26-01890']]);
  });
  it("reads 'formerly' in English brackets the same way", () => {
    const english = text.replace('is verlengd. nieuw kenmerk MP-JZ-27-00412 (was MP-JZ-26-01890).', 'Extended. New reference MP-JZ-27-00412 (formerly MP-JZ-26-01890).');
    expect(pairs(english)).toEqual([['MP-JZ-27-00412', 'MP-JZ-26-01890']]);
  });
});

describe("an extension 'being tracked under' its new case, beside the case it was 'previously preserved under'", () => {
  const text = `From: X Legal Requests <legalrequests@x.com>
Date: Wed, 9 Sep 2026 14:20:11 -0700
Subject: Case #0731129 - Extension of Preservation

Thank you for your extension request dated September 8, 2026, regarding the account @maple_static, previously preserved under case #0688240.

X has granted a one-time extension of the existing preservation for an additional 90 days. The extension was applied on September 9, 2026 and is being tracked under case #0731129. Please reference this new case number in any further correspondence.
`;
  it('takes the case it is being tracked under as the new one', () => {
    expect(pairs(text)).toEqual([['0731129', '0688240']]);
  });
});

describe("a Portuguese extension 'efetivada … sob o novo protocolo', the original's labelled 'Protocolo original'", () => {
  const text = `De: Nubank - Atendimento a Autoridades <autoridades@nubank.com.br>
Enviada em: sexta-feira, 11 de dezembro de 2026 15:48
Assunto: RES: Prorrogação de preservação - Protocolo NU-LE-2026-0448197

Prezado Delegado,

Informamos que a prorrogação da preservação foi efetivada em 11/12/2026 sob o novo protocolo NU-LE-2026-0601322.

Protocolo original: NU-LE-2026-0448197
Data da preservação original: 14/09/2026
Conta preservada: e-mail carla.mendes.bh@yahoo.com.br
`;
  it('reads the extension as done and pairs the two numbers', () => {
    expect(pairs(text)).toEqual([['NU-LE-2026-0601322', 'NU-LE-2026-0448197']]);
  });
});

describe("a Romanian extension ('a fost prelungită', 'Referința solicitării inițiale', 'Referința nouă')", () => {
  const text = `De la: Echipa Juridică OLX <juridic@olx.ro>
Trimis: miercuri, 11 noiembrie 2026 10:02
Subiect: RE: Prelungire conservare date

Vă confirmăm că conservarea datelor aferente contului vanzari.rapide.bv@yahoo.com a fost prelungită la data de 11.11.2026, pentru încă 90 de zile.

Referința solicitării inițiale: OLX-RO-LE-2026-0712
Referința nouă (prelungire): OLX-RO-LE-2026-0981
`;
  it('records the extension under the new reference, of the initial one', () => {
    expect(pairs(text)).toEqual([['OLX-RO-LE-2026-0981', 'OLX-RO-LE-2026-0712']]);
  });
});

describe("'new ref … old one was X' in a run-on note: the nearer 'old' names X the earlier", () => {
  const text = `Apple ext came through new ref attached old one was PRS-IE-550917 pls update the register
Sent from Outlook for Android
From: Apple Law Enforcement <lawenforcement@apple.com>
Sent: Thursday, November 19, 2026 4:51:33 PM
To: Kieran Walsh <kieran.walsh@garda.example.ie>
Subject: RE: Extension of preservation - Apple ref PRS-IE-550917
Dear Detective Garda Walsh, Apple Distribution International Limited confirms that the preservation previously made under Apple reference PRS-IE-550917 was extended on 19/11/2026. The extended preservation has been assigned the new reference PRS-IE-561288. Account: harbourlight.kd@icloud.com.
`;
  it('pairs the new reference with the old one', () => {
    expect(pairs(text)).toEqual([['PRS-IE-561288', 'PRS-IE-550917']]);
  });
  it("keeps a 'new' nearer the number than an 'under' further back ('logged under the new case number X')", () => {
    const under = text.replace('The extended preservation has been assigned the new reference PRS-IE-561288.', 'The extension is logged under the new case number PRS-IE-561288.');
    expect(pairs(under)).toEqual([['PRS-IE-561288', 'PRS-IE-550917']]);
  });
});

describe("a reference only in the provider's bracketed subject tag ('[PRS2611-0093381]', '[Reddit Ref 30418822]')", () => {
  const text = `From: Apple Law Enforcement <lawenforcement@apple.com>
Date: Tue, 17 Nov 2026 10:04:12 +0000
Subject: Apple Preservation Confirmation - [PRS2611-0093381] - Your Reference NSP/CY/26/0559

Dear Officer,

Apple has preserved the iCloud account moss.keeper@icloud.com on November 16, 2026, as requested in the case referenced above.

Apple Law Enforcement
`;
  it('proposes the tag’s number, not the addressee’s reference', () => {
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['PRS2611-0093381']);
  });
  it('reads each number of one tag ("[Case Nos. 11834095 / 11834096]")', () => {
    const two = text.replace('[PRS2611-0093381]', '[Case Nos. 11834095 / 11834096]');
    expect(read(two).confirmations.map((c) => c.reference).sort()).toEqual(['11834095', '11834096']);
  });
  it("keeps a help desk's ticket tag ('[Zgłoszenie #5530918]') out", () => {
    const ticket = text.replace('[PRS2611-0093381]', '[Zgłoszenie #5530918]');
    expect(read(ticket).confirmations.map((c) => c.reference)).not.toContain('5530918');
  });
  it("keeps the addressee's bracket ('[Your ref 2026-CC-33120]') out", () => {
    const yours = text.replace('[PRS2611-0093381] - Your Reference NSP/CY/26/0559', '[Your ref 2026-CC-33120]');
    expect(read(yours).confirmations.map((c) => c.reference)).not.toContain('2026-CC-33120');
  });
});

describe("a number in prose joined by 'and' or a stop to the words asking for it ('… i prosimy o powoływanie się na ten numer', '…; cite esse número')", () => {
  const polish = `Od: Allegro Zespół Prawny <prawny@allegro.pl>
Wysłano: poniedziałek, 23 listopada 2026 10:12
Temat: Odp: zabezpieczenie danych

Dzień dobry,

informujemy, że dane konta kuba_wedkarz88 zostały zabezpieczone 23.11.2026. Sprawę przyjęliśmy do realizacji pod numerem
00184417 i prosimy o powoływanie się na ten numer w dalszej korespondencji.
`;
  it('reads the Polish number the next words ask to be cited', () => {
    expect(read(polish).confirmations.map((c) => c.reference)).toEqual(['00184417']);
  });
  const portuguese = `De: Nubank Jurídico <juridico@nubank.com.br>
Data: 24 de novembro de 2026 11:02
Assunto: Preservação de dados

Prezado Delegado,

Os dados da conta mariana.castelo.pe@gmail.com foram preservados em 24/11/2026. Guardamos esses registros sob 20261124000913; por gentileza, cite esse número em qualquer ofício futuro.
`;
  it('reads the Portuguese number after which "cite esse número" asks for it', () => {
    expect(read(portuguese).confirmations.map((c) => c.reference)).toEqual(['20261124000913']);
  });
});

describe("an account the provider says holds no preservation or is the complainant's", () => {
  const text = `From: Coinbase Law Enforcement <lawenforcement@coinbase.com>
Date: Mon, 16 Nov 2026 09:40:00 -0800
Subject: Preservation confirmation - LER-2026-77120

Dear Officer,

We have preserved the account associated with t.varga.trades@gmail.com on November 16, 2026.

- The account associated with r.hallgren@icloud.com belongs to the complainant. As your request notes, it is not a subject of your investigation, so no hold has been placed on it.
`;
  it('keeps the preserved account and leaves the complainant’s out', () => {
    const accounts = read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));
    expect(accounts).toContain('t.varga.trades@gmail.com');
    expect(accounts).not.toContain('r.hallgren@icloud.com');
  });
});

describe("a confirmation behind the speaker's modal in another language ('Vi kan bekræfte, at vi har sikret …') and Portuguese 'procedemos à preservação'", () => {
  const danish = `Fra: Revolut Law Enforcement <le-liaison@revolut.com>
Sendt: 17. november 2026 10:02
Emne: SV: Anmodning om sikring af data

Kære Mette

Vi kan bekræfte, at vi har sikret de oplysninger, der er knyttet til følgende kunde:

E-mail: lasse.holm.dk@protonmail.com

Vores sagsnummer: RVL-LE-1183977
`;
  it('reads the Danish confirmation, not a receipt', () => {
    expect(read(danish).confirmations.map((c) => c.reference)).toEqual(['RVL-LE-1183977']);
  });
  it("still reads a negated saying ('Vi kan ikke bekræfte …') as no confirmation", () => {
    const negated = danish.replace('Vi kan bekræfte, at vi har sikret', 'Vi kan endnu ikke bekræfte, at vi har sikret');
    expect(read(negated).confirmations).toEqual([]);
  });
  const portuguese = `De: Mercado Livre Autoridades <autoridades@mercadolivre.com.br>
Data: 6 de novembro de 2026 14:10
Assunto: Preservação de dados

Prezada Investigadora,

Em resposta ao ofício recebido em 4 de novembro de 2026, informamos que procedemos à preservação dos dados cadastrais do usuário abaixo:

ID do usuário: 1284470399

Não localizamos cadastro vinculado ao e-mail promo.celulares.sp@gmail.com informado no ofício; por isso, não há dados preservados para esse identificador.

Número de protocolo: MLB-LEG-339177
`;
  it("reads 'procedemos à preservação' as done beside an identifier not found", () => {
    expect(read(portuguese).confirmations.map((c) => c.reference)).toEqual(['MLB-LEG-339177']);
  });
});

describe("an extension's new number labelled 'New reference for this extension:' under the original's", () => {
  const text = `From: X Legal <legal-support@x.com>
Date: Fri, 20 Nov 2026 11:14:00 -0800
Subject: Extension confirmed

This is to confirm that X has extended the preservation of the account listed below for an additional 90 days.

Original X reference: 0812-LE-19931
New reference for this extension: 1120-LE-23388

Account: @saltmarsh_heron
`;
  it('records the extension under its new reference, of the original', () => {
    expect(pairs(text)).toEqual([['1120-LE-23388', '0812-LE-19931']]);
  });
});

describe("a payment's number after 'n°' ('la transaction de paiement sécurisé n° TXN-…') beside the subject's reference", () => {
  const text = `De : Leboncoin Service Juridique <requisitions@leboncoin.fr>
Date : mar. 17 nov. 2026 à 10:12
Objet : Conservation de données – Réf. LBC-REQ-2026-114590

Madame,

Nous vous confirmons la conservation, le 17/11/2026, des données du compte vendeur.vintage.lyon@gmail.com.

Les annonces citées dans votre réquisition sont incluses dans la conservation, ainsi que la transaction de paiement sécurisé n° TXN-88410273599.
`;
  it("proposes the subject's reference, not the payment's", () => {
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['LBC-REQ-2026-114590']);
  });
});

describe("the addressee's number after Swedish 'ert' ('ert ärendenummer 5000-K448817-26') beside the subject's reference", () => {
  const text = `Från: Blocket Juridik <juridik@blocket.se>
Skickat: den 18 november 2026 09:40
Ämne: Bekräftelse säkring av uppgifter – Blocket ärende BLK-LE-2026-3390

Hej,

Tack för er begäran om bevarande av uppgifter (ert ärendenummer 5000-K448817-29).

Vi bekräftar att uppgifterna för kontot sigge.ahlqvist@hotmail.se säkrades den 18 november 2026.
`;
  it("proposes the provider's reference, not the addressee's", () => {
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['BLK-LE-2026-3390']);
  });
});

describe("a number the body writes shorter than the provider's subject tag ('[Caso 2026-WP-004190]' … 'número de caso WP-004190')", () => {
  const text = `From: Wallapop Legal <legal@wallapop.com>
Date: Wed, 18 Nov 2026 12:40:00 +0100
Subject: [Caso 2026-WP-004190] Solicitud de conservación de datos - Diligencias 1127/2026

Estimado agente:

Le confirmamos que el 18 de noviembre de 2026 hemos conservado los datos del usuario vende.todo.bcn@gmail.com.

Para cualquier comunicación posterior, le rogamos indique el número de caso WP-004190.
`;
  it("proposes the tag's whole form, its evidence quoting that form", () => {
    const c = read(text).confirmations;
    expect(c.map((x) => x.reference)).toEqual(['2026-WP-004190']);
    expect(c[0]?.evidence?.quote).toContain('2026-WP-004190');
  });
  it("leaves a body's number alone when no tag writes it whole ('[Caso 77-1190]')", () => {
    const other = text.replace('[Caso 2026-WP-004190]', '[Caso 77-1190]');
    expect(read(other).confirmations.map((x) => x.reference)).toEqual(['WP-004190']);
  });
});

describe("a WhatsApp group's id ('120363041877203315@g.us') beside the preserved accounts", () => {
  const text = `From: WhatsApp Law Enforcement <records@whatsapp.com>
Date: Thu, 19 Nov 2026 08:30:00 -0800
Subject: Preservation confirmation - Ref 55012394

We have preserved the WhatsApp account +44 7700 900471 on November 19, 2026.

Group ID 120363041877203399@g.us - WhatsApp preserves data per account. Group information available for the preserved accounts is included in the preservation.
`;
  it('proposes the account, not the group', () => {
    const accounts = read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));
    expect(accounts).toContain('+44 7700 900471');
    expect(accounts.some((a) => a.includes('@g.us'))).toBe(false);
  });
});

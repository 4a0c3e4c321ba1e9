import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 76 of the e-mail reader: each probe fails on the reader of 066266d2, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const references = (text: string) => read(text).confirmations.map((c) => c.reference);

describe('a number the words around it give to someone else', () => {
  it('keeps the provider’s number before a bracket that gives the addressee’s own ("(your reference …)")', () => {
    const text = `From: Discord Trust & Safety <lawenforcement@discord.com>
Date: Tue, 24 Nov 2026 10:02:00 -0800
Subject: Preservation request

Hello Detective Ortiz,

We have logged your preservation request as Case ID 5528190 (your reference RPD-CY-26-0417).

Preservation completed on November 24, 2026 for user ID 1187430926615540001. The data will be held for 90 days.

Discord Trust & Safety
`;
    expect(references(text)).toEqual(['5528190']);
  });

  it('look-alike: a number the bracket alone calls the addressee’s stays theirs beside the provider’s', () => {
    const text = `From: Discord Trust & Safety <lawenforcement@discord.com>
Date: Tue, 24 Nov 2026 10:02:00 -0800
Subject: Preservation request

Hello Detective Ortiz,

Regarding RPD-CY-26-0417 (your reference): we preserved user ID 1187430926615540001 on November 24, 2026 under Case ID 5528190.

Discord Trust & Safety
`;
    expect(references(text)).toEqual(['5528190']);
  });

  it('sets aside a legal process’s number in brackets after its noun ("the search warrant (SW-26-0931)")', () => {
    const text = `From: Coinbase Law Enforcement Response <lawenforcement@coinbase.com>
Date: Thu, 14 May 2026 21:06:55 -0700
Subject: Preservation processed

Request ID: 7d2e4b10-3c5a-4f8e-9b21-0a6c5e7d9f33
Preserved account: Email: harbor.coin@protonmail.com
Preservation completed: May 14, 2026

Please cite the Request ID when serving the search warrant (SW-26-0931) through the portal.
`;
    expect(references(text)).toEqual(['7d2e4b10-3c5a-4f8e-9b21-0a6c5e7d9f33']);
  });

  it('sets aside a postcode between its town and its country ("Vilnius, LT-01103, Lithuania")', () => {
    const text = `From: Revolut Law Enforcement <lawenforcement@revolut.com>
Date: Mon, 30 Nov 2026 10:21:00 +0000
Subject: Your data preservation request – Case ID 9a1c7e22-40b8-4d1f-a6c3-5e8b2f0d7c41

Dear Officer,

We confirm that Revolut has secured the data for the phone number +45 20 55 50 11. Data preserved: 27/11/2026.
Please quote the Case ID above in any legal process.

Revolut Bank UAB
Konstitucijos ave. 21, Vilnius, LT-01103, Lithuania
`;
    expect(references(text)).toEqual(['9a1c7e22-40b8-4d1f-a6c3-5e8b2f0d7c41']);
  });

  it('sets aside a courier’s id ("ID de repartidor:") and a company register’s ("REA MI-…") beside the request’s number', () => {
    const text = `From: Rappi Legal <legal@rappi.com>
Date: Wed, 18 Nov 2026 09:00:00 -0500
Subject: Conservación de datos

Confirmamos la conservación de los datos, efectuada el 17/11/2026.

Referencia: RP-LEG-2026-004417
ID de repartidor: RT-5512093

Rappi S.A.S. – REA MI-1177201
`;
    expect(references(text)).toEqual(['RP-LEG-2026-004417']);
  });
});

describe('labels of the provider’s own number', () => {
  it('reads a "LER ID:" line as the provider’s number', () => {
    const text = `From: Roblox Law Enforcement Response <lawenforcement@roblox.com>
Date: Fri, 20 Nov 2026 18:02:44 -0800
Subject: Preservation completed

Thank you for contacting Roblox. The preservation request below has been fulfilled.

LER ID: 4471902
Your case number: 26-118834-CY

Account preserved: Username: brickfox_77
Preservation completed: November 20, 2026
`;
    expect(references(text)).toEqual(['4471902']);
  });

  it('reads "FINN" in capitals as the company naming its number ("Saksnummer hos FINN:")', () => {
    const text = `Fra: FINN Juridisk <juridisk@finn.no>
Dato: 25. november 2026 kl. 09:12:40 CET
Emne: SV: Anmodning om sikring av data

Vi bekrefter at vi har sikret opplysninger knyttet til bruker-ID 901840001.

Saksnummer hos FINN: 55120
`;
    expect(references(text)).toEqual(['55120']);
  });

  it('reads a UUID after a name and "Case ID" on its line ("Microsoft Case ID: …")', () => {
    const text = `From: Microsoft Law Enforcement <lens-noreply@microsoft.com>
Date: Sat, 28 Nov 2026 02:11:00 +0000
Subject: RE: Preservation Request - SRP E26/004417 [Ticket: 03318820]

We have preserved the data of the account kestrel.dune@outlook.com.

Microsoft Case ID: 0b4f7d21-9c3e-4a58-b1e0-6d2a8f5c3e97
Preserved on: November 27, 2026
`;
    expect(references(text)).toEqual(['0b4f7d21-9c3e-4a58-b1e0-6d2a8f5c3e97']);
  });

  it('reads a UUID the writer’s sentence names its own ("Our tracking ID for this is …")', () => {
    const text = `From: Bluesky Safety <safety@blueskyweb.xyz>
Date: Thu, 12 Nov 2026 17:40:00 -0800
Subject: Re: Preservation request

Hi, we preserved the account @reedwarbler.bsky.social today.

Our tracking ID for this is 5e8a0c3d-2f71-4b96-8d04-a3c9e1f7b260 - please reference it in any legal process you send us.
`;
    expect(references(text)).toEqual(['5e8a0c3d-2f71-4b96-8d04-a3c9e1f7b260']);
  });
});

describe('whose message a paste opens with', () => {
  it('reads a terse reply signed with the provider’s team ("– Patreon T&S") above the quoted request', () => {
    const text = `Hi there,

Preservation in place for the creator page nightheron (creator id 51870009). Ref: PTN-LE-2026-00912

– Patreon T&S

On Apr 2, 2026, at 3:14 AM, Joost van Dalen <joost.vandalen@politie.example.nl> wrote:

> Dear Patreon Trust & Safety,
>
> We kindly ask you to preserve all data related to the creator page nightheron.
>
> Joost van Dalen
`;
    expect(references(text)).toEqual(['PTN-LE-2026-00912']);
  });

  it('reads Outlook on the web’s header that puts the recipients’ field before the time ("Para:⏎…⏎vie 13/11/2026 17:26")', () => {
    const text = `Bandeja de entrada
Prioritarios
Otros

RE: Solicitud de conservación de datos – Atestado 20511/26

UL
Uber Law Enforcement Response Team <lert-noreply@uber.com>
Para:
Alvarado Ruiz, Lucía
vie 13/11/2026 17:26

Estimada Inspectora Alvarado:

Le confirmamos que Uber ha procedido a conservar los datos de la cuenta con el correo hugo.lindero@gmail.com.

Referencia Uber: 3c9e1a70-5b2d-4e8f-a614-2d7b0c9e5f18

Fecha de conservación: 12/11/2026

De: Alvarado Ruiz, Lucía <lalvarado@policia.example.es>
Enviado: miércoles, 11 de noviembre de 2026 12:04
Para: Uber LERT <lert@uber.com>
Asunto: Solicitud de conservación de datos – Atestado 20511/26

Buenos días:

En el marco de las diligencias del Atestado 20511/26 se solicita la conservación de los datos de la cuenta asociada al correo hugo.lindero@gmail.com, incluidos los viajes realizados entre el 01/10/2026 y el 10/11/2026.

Un saludo,
Inspectora Lucía Alvarado Ruiz
Tel. 924 555 318
`;
    expect(references(text)).toEqual(['3c9e1a70-5b2d-4e8f-a614-2d7b0c9e5f18']);
  });
});

describe('numbers named by their role in the sentence or the line', () => {
  it('sets aside a ticket’s number in brackets after its noun ("our support ticket number (0055120)")', () => {
    const text = `From: TikTok Law Enforcement <lert@tiktok.com>
Date: Fri, 4 Dec 2026 08:00:00 +1100
Subject: Re: Preservation request

We've now preserved the TikTok account @harbour.wren_ on 4 December 2026.
Please note that the TikTok case number for this preservation is
7310044120. Quote it, rather than your event number or our support
ticket number (0055120), in any follow-up legal process.
`;
    expect(references(text)).toEqual(['7310044120']);
  });

  it('sets aside the number the addressee filed its investigation under ("you have registered as …")', () => {
    const text = `From: Discord Trust & Safety <lawenforcement@discord.com>
Date: Fri, 27 Nov 2026 19:14:00 +0200
Subject: Re: Preservation request

Thank you for your preservation request for the investigation you have registered as 5200/R/40117/26. Discord has
preserved the data of user ID 1093388471204550001 as of November 26, 2026, under preservation record DSC-PR-60021.
`;
    expect(references(text)).toEqual(['DSC-PR-60021']);
  });

  it('reads a German "Vorgang" heading an item\'s line with its number, a colon or not ("Vorgang 4471203 - Vertrag …", "1) Vorgang: …")', () => {
    const text = `Von: IONOS Behördenservice <behoerdenanfragen@ionos.de>
Gesendet: Donnerstag, 26. November 2026 08:51
Betreff: AW: Sicherung

beides gesichert:
Vorgang 4471203 - Vertrag 41020001, Stand 25.11.2026
1) Vorgang: 4471204 - Postfach k.wendel@online.de, Stand 25.11.2026

Gruß
IONOS SE, Behördenservice
`;
    expect(references(text)).toEqual(['4471203', '4471204']);
  });
});

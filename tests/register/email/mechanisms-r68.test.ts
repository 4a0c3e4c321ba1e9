import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 68 of the e-mail reader: each probe fails on the reader of the commit before its own, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const accounts = (text: string) => read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));

describe("a Mexican notice: 'el 3 de noviembre de 2026 se realizó el resguardo de la información' and an 'Apodo (nickname):' line", () => {
  const text = `De: Mercado Libre - Requerimientos <requerimientos@mercadolibre.com.mx>
Fecha: 9 nov 2026 10:15 (GMT-06:00)
Asunto: Resguardo de información – Folio MX-LE-2611-70214

Estimado Lic. Pérez:

En atención a su oficio FGR/UIC/4410/2026 de fecha 2 de noviembre de 2026, le informamos que el 6 de noviembre de 2026 se realizó el resguardo de la información asociada a las siguientes cuentas:

- Apodo (nickname): TIENDA_NORTE_77
- ID de usuario: 2299104471

Número de folio: MX-LE-2611-70214

La información se conservará por 90 días naturales.
`;
  it('dates the preservation by the safeguarding of the information, not by the e-mail', () => {
    expect(read(text).confirmations[0]?.preservedOn).toMatchObject({ day: '2026-11-06', source: 'stated' });
  });
  it('reads the nickname after its gloss in brackets', () => {
    expect(accounts(text)).toEqual(expect.arrayContaining(['TIENDA_NORTE_77', '2299104471']));
  });
  it("does not take a Spanish receipt ('resguardo') for the preservation", () => {
    const receipt = text.replace('el 6 de noviembre de 2026 se realizó el resguardo de la información asociada a', 'el resguardo de su solicitud se emitió el 4 de noviembre de 2026. Se conservan los datos de');
    expect(read(receipt).confirmations[0]?.preservedOn?.day).not.toBe('2026-11-04');
  });
});

import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 64 of the e-mail reader: each probe fails on the reader of ba8ba93a, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const references = (text: string) => read(text).confirmations.map((c) => c.reference);

describe('a bare file word heading a line, after the writer opened files of its own', () => {
  const mail = (opening: string, files: string) =>
    `De: Marketplace Legal <legal@wallapop.com>\nFecha: mié, 25 nov 2026 12:18\nAsunto: RE: Solicitud de conservación\n\nEstimado Sargento:\n\nLe confirmamos que hemos conservado los datos de los siguientes usuarios con fecha 24/11/2026.${opening}\n\n${files}\n\nLos datos se mantendrán durante 90 días.\n\nDepartamento Legal\n`;
  const files = 'Expediente MKT-2026-11-7720\n  Correo electrónico: rio.azul.77@example.com\n\nExpediente MKT-2026-11-7721\n  Teléfono: +34 655 555 901';
  it('"hemos abierto un expediente para cada una" makes each "Expediente X" the provider\'s', () => {
    expect(references(mail(' Al tratarse de dos cuentas, hemos abierto un expediente para cada una:', files)).sort()).toEqual(['MKT-2026-11-7720', 'MKT-2026-11-7721']);
  });
  it('"we have opened a separate case for each account" in English (look-alike: read so before)', () => {
    const text = mail(' We have opened a separate case for each account:', files.replace(/Expediente/g, 'Case'));
    expect(references(text).sort()).toEqual(['MKT-2026-11-7720', 'MKT-2026-11-7721']);
  });
  it('without such words, a bare "Expediente" heading the agency\'s number beside the provider\'s reference stays the agency\'s (look-alike)', () => {
    const text = mail('', 'Expediente 2026-004471-00118\n\nReferencia Wallapop: WLP-LE-2026-0387');
    expect(references(text)).toEqual(['WLP-LE-2026-0387']);
  });
});

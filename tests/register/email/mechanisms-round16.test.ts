import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 16: each shown on invented mail in other words, languages and layouts than the corpus's, with
 * probes that must read the new way (each failed before its change) and probes that must not.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const HEAD = 'Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Legal <legal@provider.example>\nTo: officer@agency.example\nSubject: Your request\n\n';
const parse = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW);

describe('a reference label in another language, the provider named after it by a preposition or as a word of its own', () => {
  it.each([
    ['Abbiamo conservato i dati dell\'account @vetta.rossa_4.\nRiferimento di Meta: 2611-LE-40917\n', '2611-LE-40917'],
    ['Nous avons conservé le compte @brume_lente.\nRéférence de Yubo : 26-YB-448102\n', '26-YB-448102'],
    ['Os dados da conta foram preservados.\nNúmero de referência da Uber: 2611-UB-77310\nConta: rio.claro_88@example.com\n', '2611-UB-77310'],
    ['Wir haben das Konto @kiesel.bank_2 gesichert (Referenz TT-LE-2611-4471).\n', 'TT-LE-2611-4471'],
  ])('reads the provider\'s number whole: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });

  it.each([
    ['Hemos conservado la cuenta @duna.gris.\nReferencia del Juzgado: 2611-JZ-44120\nReferencia de Snap: SNAP-LE-2611-0093\n', 'SNAP-LE-2611-0093'],
    ['Abbiamo conservato l\'account @vetta.rossa_4.\nRiferimento della Procura: 2611-PR-88013\nRiferimento Meta: 2611-LE-40917\n', '2611-LE-40917'],
    ['Wir haben das Konto @kiesel.bank_2 gesichert.\nReferenz von Polizei Nord: 2611-PN-55102\nTikTok-Referenz: TT-LE-2611-4471\n', 'TT-LE-2611-4471'],
  ])('another party named after the label gives no candidate: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });
});

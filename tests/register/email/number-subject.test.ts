import { describe, expect, it } from 'vitest';
import { numbersAsSubject } from '../../../register/email/number-subject';

describe('numbersAsSubject', () => {
  it.each([
    ['Good news: 3318204 has been extended for another 90 days.', '3318204'],
    ['We preserved the account. 7730-412 is now complete.', '7730-412'],
    ['Vi bekrefter at 5520-9184 er gjennomført.', '5520-9184'],
    ['Your preservation (88213044) is complete.', '88213044'],
    ['Please keep 980417263 handy - it identifies this preservation.', '980417263'],
    ['4402918 avser denna säkring, som gjordes 2026-11-16.', '4402918'],
    ['Nous vous informons que notre dossier 88213 a été traité.', '88213'],
    ['Informamos que o pedido 90311 foi concluído em 10/11/2026.', '90311'],
    ['A preservação 5521907, efetuada em 02/10/2026, foi prorrogada em 25/11/2026.', '5521907'],
    ['Su petición quedó registrada como 5528190.', '5528190'],
  ])('reads %j', (text, number) => {
    expect(numbersAsSubject(text)).toEqual([number]);
  });

  it.each([
    'Your case 2026-7712 has been processed.',
    'Votre dossier 55104 a été traité.',
    'Uw verzoek 3390174 is afgehandeld.',
    'Your extension request for case #0281990417 has been actioned.',
    'Order 88123456 has been completed.',
    'We will review 4471203 next week.',
  ])('reads nothing in %j', (text) => {
    expect(numbersAsSubject(text)).toEqual([]);
  });
});

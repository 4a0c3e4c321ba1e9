import { describe, expect, it } from 'vitest';
import { agencys, agencysNumbers, inFileName } from '../../../register/email/agency-numbers';

/** Whether the first place of `number` in `text` is labelled the agency's. */
const atNumber = (text: string, number: string): boolean => {
  const at = text.indexOf(number);
  if (at < 0) throw new Error(`${number} is not in the text`);
  return agencys(text, at);
};

describe('agencys: a number the text labels the agency’s', () => {
  it.each([
    ['Your reference: SV/OP-KESTREL/26', 'SV/OP-KESTREL/26'],
    ['Votre référence : PV 2026/04417', 'PV 2026/04417'],
    ['Ihr Zeichen: KI 23-118/26', 'KI 23-118/26'],
    ['Requested by: Det. Roe, Lakeview PD Case #26-11873', '26-11873'],
    ['Agency: Westmere County Sheriff’s Office\nCase number: 26-CR-00917', '26-CR-00917'],
    ['Case number you provided: 2026-PX-4471', '2026-PX-4471'],
    ['Sygnatura sprawy po Państwa stronie: RSD-2207/26', 'RSD-2207/26'],
    ['Court order reference: CO-26-99812', 'CO-26-99812'],
    ['Detective Sergeant Paul Kerrigan’s reference: MC-26-4410', 'MC-26-4410'],
    ['Your operation name "OP LANTERN" and crime reference 44/110982/26 have been noted.', '44/110982/26'],
    ['Thank you for your extension request regarding Case 26-0311-PX.', '26-0311-PX'],
    ['Case Reference (provided by you): HX-26-0071', 'HX-26-0071'],
    ['Submitted by: Inv. Rourke, National Cyber Squad (Your case:\nNCS/26/44012)', 'NCS/26/44012'],
  ])('%j: %s is the agency’s', (text, number) => {
    expect(atNumber(text, number)).toBe(true);
  });

  it.each([
    ['Your preservation reference: GPR-2026-55120', 'GPR-2026-55120'],
    ['Our reference: MPR-88120457', 'MPR-88120457'],
    ['Microsoft-Aktenzeichen: 26-0081144', '26-0081144'],
    ['We have opened a separate case for each account.\nCase 6620119\nCase 6620120', '6620119'],
    ['Ert diarienummer: 5000-K418833-26\nVårt diarienummer: MYND-4471', 'MYND-4471'],
    ['Preservation completed. Reference number: 8812094', '8812094'],
  ])('%j: %s is not', (text, number) => {
    expect(atNumber(text, number)).toBe(false);
  });
});

describe('agencysNumbers: the agency’s numbers across a thread', () => {
  const text = 'Our reference EM/CY/26/0552, please preserve.\n\nPreserved under GPR-2026-55120. Your ref: KI-23-118.';
  const officers = { start: 0, end: text.indexOf('\n\n'), officers: true };
  const providers = { start: text.indexOf('\n\n'), end: text.length, officers: false };

  it('takes the officer’s own label in the officer’s message and the agency’s label anywhere', () => {
    expect([...agencysNumbers(text, [officers, providers])].sort()).toEqual(['EM/CY/26/0552', 'KI-23-118']);
  });

  it('does not take a first-person label in the provider’s message as the agency’s', () => {
    expect(agencysNumbers(text, [{ ...officers, officers: false }, providers]).has('EM/CY/26/0552')).toBe(false);
  });
});

describe('inFileName', () => {
  it.each([
    ['preservation_letter_MCU-26-0912.pdf', 'MCU-26-0912', true],
    ['ESP-CCU-26-2271_preservation.pdf', 'ESP-CCU-26-2271', true],
    ['Reference MCU-26-0912 is attached.', 'MCU-26-0912', false],
  ])('%j: %s', (text, number, inside) => {
    const at = text.indexOf(number);
    expect(inFileName(text, at, at + number.length)).toBe(inside);
  });
});

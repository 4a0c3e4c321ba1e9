import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { chain } from '../../../register/email/blocks';

/**
 * Mechanisms of round 49 (dev38, Asia-Pacific mail): each shown on invented mail in wordings and layouts not in the
 * set, with look-alikes that must keep their reading.
 */
const NOW = new Date('2026-12-03T12:00:00Z');
const read = (text: string) => parseProviderEmail(text, NOW);
const first = (text: string) => read(text).confirmations[0];
const accounts = (text: string) => read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));
const references = (text: string) => read(text).confirmations.map((c) => c.reference);

const HEADER = (from: string, subject: string, date = 'Wed, 25 Nov 2026 10:14:02 +0900', to = 'Officer <desk@police.example.jp>') =>
  `From: ${from}\nTo: ${to}\nDate: ${date}\nSubject: ${subject}\n\n`;

describe('a help desk thread whose stamps carry an offset zone ("GMT+8")', () => {
  const thread = (stamp: string) =>
    'Snap Law Enforcement <lawenforcement@snapchat.com>\nThu, 19 Nov 2026 09:02:11 +0800\nto me\n\n##- Please type your reply above this line -##\n\n' +
    'Your request (551902) has been updated.\n\n--------------------------------\n\n' +
    `Snap Law Enforcement Operations\n\n${stamp.replace('DAY', 'Nov 19, 2026')}\n\nHello Inspector,\n\nSnap Inc. preserved the account "harbour.lantern_8" on 18 Nov 2026. Reference: SNAP-PR-4410-2291.\n\nSnap LE Operations\n\n--------------------------------\n\n` +
    `Lim Wei\n\n${stamp.replace('DAY', 'Nov 16, 2026')}\n\nIn connection with CCU-2026-0771, the Commercial Affairs Department requests the preservation of the Snapchat account harbour.lantern_8.\n\nLim Wei\nSenior Investigator II, Fraud Division\nCommercial Affairs Department\n+65 6555 0142 | lim.wei@ccu.example.sg\n`;
  it.each(['DAY, 09:02 GMT+8', 'DAY, 9:02 AM UTC+08:00', 'DAY, 09:02 (GMT+8)'])('parts the officer\'s update stamped "%s" from the provider\'s', (stamp) => {
    const found = accounts(thread(stamp));
    expect(found).toContain('harbour.lantern_8');
    expect(found).not.toContain('lim.wei@ccu.example.sg');
    expect(found).not.toContain('+65 6555 0142');
  });
});

describe('a preservation\'s day named in Korean and Japanese labels', () => {
  it('reads "보전일:" with a Korean year-first date as the preservation\'s day, not the receipt\'s', () => {
    const text =
      HEADER('카카오 <lea@kakaocorp.com>', '[카카오] 보전 완료 KK-PR-7701') +
      '안녕하십니까.\n\n접수일: 2026. 11. 17.\n접수번호: KK-PR-7701\n대상: 카카오계정 pine.hollow21@daum.net\n보전일: 2026. 11. 19.\n\n보전기간: 90일\n';
    expect(first(text)?.preservedOn?.day).toBe('2026-11-19');
  });

  it('reads "保全日：" with a full-width colon and a slashed date, not "受付日"', () => {
    const text =
      HEADER('Kumo Market <le@kumo.example.jp>', '保全完了 KM-LE-0093') +
      '受付番号：KM-LE-0093\n受付日：2026/11/12\n保全日：2026/11/14\n保全期間：保全日より90日\n';
    expect(first(text)?.preservedOn?.day).toBe('2026-11-14');
  });

  it('still takes no receipt date as the preservation\'s where no preservation date is given', () => {
    const text = HEADER('Kumo Market <le@kumo.example.jp>', '受付 KM-LE-0094') + '受付番号：KM-LE-0094\n受付日：2026/11/12\n保全を完了しました。\n';
    expect(first(text)?.preservedOn?.day).not.toBe('2026-11-12');
  });
});

describe('two references listed twice (in two languages): a later line belongs to the reference it names', () => {
  it('dates and accounts each reference from its own line in the English summary', () => {
    const text =
      HEADER('Kakao <lea@kakaocorp.com>', 'Preservation KK-PR-1101, KK-PR-1102') +
      '1. 접수번호: KK-PR-1101\n2. 접수번호: KK-PR-1102\n\n[English]\n - KK-PR-1101: Kakao Account reed.lamp44@daum.net, preserved on 21 Nov 2026\n - KK-PR-1102: KakaoTalk ID moss_harbor9, preserved on 22 Nov 2026\n';
    const [a, b] = read(text).confirmations;
    expect(a?.reference).toBe('KK-PR-1101');
    expect(a?.preservedOn?.day).toBe('2026-11-21');
    expect(a?.accounts.map((x) => x.value)).toEqual(['reed.lamp44@daum.net']);
    expect(b?.preservedOn?.day).toBe('2026-11-22');
    expect(b?.accounts.map((x) => x.value)).toEqual(['moss_harbor9']);
  });

  it('does not take a reference inside a longer number for a mention', () => {
    const text =
      HEADER('Kakao <lea@kakaocorp.com>', 'Preservation KK-11, KK-12') +
      'References: KK-11 and KK-12.\n\n - KK-12: KakaoTalk ID moss_harbor9, preserved on 22 Nov 2026\n - KK-110: not ours\n';
    const twelve = read(text).confirmations.find((c) => c.reference === 'KK-12');
    expect(twelve?.preservedOn?.day).toBe('2026-11-22');
  });
});

describe('a user\'s id named in Japanese, Korean or Chinese', () => {
  it.each([
    ['対象：ユーザーID 55012874', '55012874'],
    ['対象アカウント：LINE ID reed_owl7\n          内部識別子 U0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e', 'U0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e'],
    ['대상: 회원번호 77120453', '77120453'],
    ['对象：用户ID 661204339', '661204339'],
  ])('proposes the id of "%s"', (line, id) => {
    const text = HEADER('Kumo Market <le@kumo.example.jp>', 'Preservation KM-LE-0201') + `Reference: KM-LE-0201\n${line}\nPreserved on 2026-11-20.\n`;
    expect(accounts(text)).toContain(id);
  });
});

describe('an extension that keeps its number, in a portal\'s notice that names its own request', () => {
  const notice = (sentence: string) =>
    HEADER('Reddit via Kodex <no-reply@kodexglobal.com>', 'Update on request KX-77A1C2 - Extension', 'Fri, 20 Nov 2026 09:00:00 -0800') +
    `Reddit posted a new message on your request.\n\nRequest       KX-77A1C2\nType          Preservation - Extension\n\nWe have extended the preservation under RDT-LE-88120 for an additional 90 days. ${sentence}\n\nPreserved account: u/quiet_ferry_12\n\nReply in the portal: https://app.kodexglobal.com/reddit/requests/KX-77A1C2\n`;
  it.each(['The reference number is unchanged.', 'It continues under the same reference.', 'No new reference number has been issued.'])('records "%s" under the kept number', (sentence) => {
    expect(references(notice(sentence))).toEqual(['RDT-LE-88120']);
  });

  it('changes nothing where the other number is no request\'s (a preservation of its own beside the extension)', () => {
    const text = (tail: string) =>
      HEADER('Cloudflare <abuse@cloudflare.com>', 'Preservation update', 'Fri, 20 Nov 2026 09:00:00 -0800') +
      `1) New preservation\n   Reference CF-PRSV-2026-09001, preserved 11/20/2026, account id 4b1e2c3d4e5f60718293a4b5c6d7e8f9.\n\n2) Extension\n   We have extended preservation CF-PRSV-2026-07001 for a further 90 days.${tail}\n`;
    expect(references(text(' The reference is unchanged.'))).toEqual(references(text('')));
    expect(references(text(' The reference is unchanged.'))).toContain('CF-PRSV-2026-09001');
  });
});

describe('the help desk\'s stamp with an offset zone heads a message of its own', () => {
  it.each(['Nov 19, 2026, 09:02 GMT+8', 'Nov 19, 2026, 9:02 AM UTC+08:00', 'Nov 19, 2026, 09:02 (GMT+5:30)', 'Nov 19, 2026, 16:41 PST'])('reads "%s" as a stamp', (stamp) => {
    const text = `Snap Law Enforcement Operations\n\n${stamp}\n\nPreserved.\n\nLim Wei\n\n${stamp.replace('19', '16')}\n\nPlease preserve.\n`;
    const senders = chain(text).map((m) => m.from?.value);
    expect(senders).toEqual(['Snap Law Enforcement Operations', 'Lim Wei']);
  });
});

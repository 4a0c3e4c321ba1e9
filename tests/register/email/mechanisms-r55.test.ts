import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 55: each shown on invented mail in wordings and layouts not in the development sets, with
 * look-alikes that must keep their reading.
 */
const NOW = new Date('2026-12-04T12:00:00Z');
const read = (text: string) => parseProviderEmail(text, NOW);
const references = (text: string) => read(text).confirmations.map((c) => c.reference);

const HEADER = (from: string, subject: string, date = 'Tue, 24 Nov 2026 16:20:41 -0800', to = 'Det. Ana Ruiz <a.ruiz@police.example.gov>') =>
  `From: ${from}\nTo: ${to}\nDate: ${date}\nSubject: ${subject}\n\n`;

describe('"your request #…": the number the provider gave the addressee\'s request', () => {
  const body = 'Hello,\n\nWe have completed your preservation request on November 23, 2026 for the account mossline.tern (User ID 5512093384).\n\nThe records will be kept for 90 days.\n\nLegal Response Team\n';
  it.each(['Your Request #7730418', 'Your Records Request #7730418', 'Update on your request number 7730418'])('is the provider\'s reference (%s)', (subject) => {
    expect(references(HEADER('Legal Response <legal-noreply@photoshare.example>', subject) + body)).toEqual(['7730418']);
  });

  it('keeps the agency\'s number in "your letter no." and "your request reference" beside the provider\'s', () => {
    const text =
      HEADER('Legal Response <legal-noreply@photoshare.example>', 'Re: your request reference SO-26-0419 / Case 7730418') +
      'Hello,\n\nYour letter no. 2026-0043817 was received. We have completed the preservation under case 7730418 on November 23, 2026 for the account mossline.tern.\n\nLegal Response Team\n';
    expect(references(text)).toEqual(['7730418']);
  });
});

describe('the provider\'s undertaking for a period, wrapped at a line\'s width', () => {
  const text = (sentence: string) =>
    HEADER('Messaging Law Enforcement <no-reply@chatapp.example>', 'Preservation Request Confirmation - Reference 4470918823') +
    `Hello,\n\nThank you for your preservation request. We have completed your request for the following account:\n\n+44 7700 900512\n\n${sentence}\n\nReference: 4470918823\n`;
  it.each([
    'ChatApp LLC will preserve the available records for the account above for 90 days pending receipt of formal legal process.',
    'ChatApp LLC will preserve the available records for the account above\nfor 90 days pending receipt of formal legal process.',
  ])('asserts the preservation (%s)', (sentence) => {
    expect(references(text(sentence))).toEqual(['4470918823']);
  });

  it('still confirms nothing where the undertaking is put off to a later date', () => {
    expect(references(text('ChatApp LLC will preserve the available records once we have verified your request.\nWe will then keep them for 90 days.').replace('We have completed your request for', 'We have received your request for'))).toEqual([]);
  });
});

const accountsOf = (text: string) => read(text).confirmations.map((c) => c.accounts.map((a) => a.value));
const daysOf = (text: string) => read(text).confirmations.map((c) => c.preservedOn?.day ?? null);

describe('a letterhead\'s "Our reference: A / B", a table giving each number its account', () => {
  const letter = (ours: string) =>
    HEADER('Legal Support <legal-noreply@videohost.example>', 'Preservation letter') +
    `Our reference: ${ours}\nYour reference: 26-SO-44120\n\nDear Detective Ruiz,\n\nWe have taken steps to preserve the information available for these accounts as of November 20, 2026.\n\nReference       Identifier\n61204417        lanternfish.ode@mailhost.example\n61204418        channel studio-quay (channel ID\n                CH9xQ2mT7vLp0aZ4e8WnRk1B)\n\nLegal Support\n`;
  it('proposes both numbers, each with its accounts, the id under a wrapped cell too', () => {
    const text = letter('61204417 / 61204418');
    expect(references(text)).toEqual(['61204417', '61204418']);
    expect(accountsOf(text)[1]).toContain('CH9xQ2mT7vLp0aZ4e8WnRk1B');
  });
});

describe('a portal\'s case history', () => {
  const page = (event: string) =>
    'Case 7712093381\nPreservation - Photos\nStatus: PRESERVED\n\nAgency case number       26-CR-00451\nRequesting officer       Sgt. Ana Ruiz\nAgency                   Lakeshore PD\nPhone                    (216) 555-0172\n\nCase history\nDate / Time (PT)            Event\n' +
    `10/14/2026 9:12 AM          ${event}\n10/16/2026 11:05 AM         Status changed: In Review -> Preserved\n\nMessages\n  We have preserved the records associated with the account below, as they existed on 10/16/2026.\n\nAccounts\nIdentifier                Identifier type     Result\ndunlin.ash                Username            Preserved\n`;
  it('reads a username hold as a name kept, not the preservation, and "hold" as no account', () => {
    const text = page('Username hold placed: dunlin.ash');
    expect(daysOf(text)).toEqual(['2026-10-16']);
    expect(accountsOf(text)[0]).not.toContain('hold');
  });

  it('keeps the requester\'s phone row out of the accounts, and the data hold placed as the preservation', () => {
    expect(accountsOf(page('Username hold placed: dunlin.ash'))[0]).toEqual(['dunlin.ash']);
    expect(daysOf(page('Preservation hold placed'))).toEqual(['2026-10-14']);
  });
});

describe('an extension request logged under its own number, linked to the original', () => {
  it('is recorded under the new number, the original as the one it extends', () => {
    const text =
      HEADER('Social Legal <legal-noreply@social.example>', 'Re: [Legal Case #2210447] Preservation extension') +
      'Hello,\n\nWe have received your request to extend the preservation of @gull_reef (user ID 1398827401562240011).\n\nThis extension request has been logged under case #2210447. It is linked to the original preservation, case #2100918.\n\nThe extension was processed on November 5, 2026. The data preserved under case #2100918 will be retained for an additional 90 days.\n\nSocial Legal\n';
    const [c, ...rest] = read(text).confirmations;
    expect(rest).toEqual([]);
    expect(c!.reference).toBe('2210447');
    expect(c!.extension?.ofReference).toBe('2100918');
  });
});

describe('a page on a service by its name alone', () => {
  const mail = (lines: string) =>
    `Hi Detective Ruiz,\n\nWe have preserved the data currently associated with the accounts below. Our case number for this request is VH-LE-2026-0733.\n\nDate preserved: November 2, 2026\n\nAccounts:\n${lines}\n\nThe videos in your letter (https://videohost.example/918233456) are included.\n\nLegal Response\n`;
  it('is an account in a list of accounts, a video\'s number is not', () => {
    const [accounts] = accountsOf(mail('  https://videohost.example/quietfernstudio  (user ID 218874431)\n  https://videohost.example/user204471982'));
    expect(accounts).toEqual(expect.arrayContaining(['https://videohost.example/quietfernstudio', 'https://videohost.example/user204471982']));
    expect(accounts).not.toContain('https://videohost.example/918233456');
  });

  it('is an account after a page\'s label, a site\'s own page is not', () => {
    const [accounts] = accountsOf(mail('- Creator page: https://www.fanpage.example/lowtideloops\n- Our guidelines: https://www.fanpage.example/legal'));
    expect(accounts).toContain('https://www.fanpage.example/lowtideloops');
    expect(accounts).not.toContain('https://www.fanpage.example/legal');
  });
});

describe('a postcode with its country\'s letters, its town on the next line', () => {
  it('is no reference', () => {
    const text =
      'Gracias, lo registro.\n\nEl mié, 4 nov 2026 a las 10:12, Resale Legal (<legal@resale.example>) escribió:\n' +
      '> Dear Sergeant Ortega,\n>\n> Your reference: Diligencias 4471/2026\n> Our reference: RS-LE-55120\n>\n> We confirm that Resale, UAB has preserved the data of the member account lunaretro_mad on 03/11/2026.\n>\n> To obtain the data, please provide a judicial order addressed to Resale, UAB, Švitrigailos g. 13, LT-03228\n> Vilnius, Lithuania.\n>\n> Kind regards,\n> Legal Team\n';
    expect(references(text)).toEqual(['RS-LE-55120']);
  });
});

describe('a printout\'s word hyphenated at its line\'s end', () => {
  it.each(['has been pre-\nserved on 03/11/2026', 'has been pre- served on 03/11/2026'])('reads the date it qualifies (%s)', (words) => {
    const text =
      'EXCHANGE\nLaw Enforcement Response Team\nCase No.: EX/2026/118275\nDate: 05/11/2026\n\nDear Chief Inspector,\n\nWe refer to your request received on 29/10/2026.\n' +
      `We confirm that the data associated with the account 384120957 ${words}.\n\nYours sincerely,\nLaw Enforcement Response Team\n`;
    expect(daysOf(text)).toEqual(['2026-11-03']);
  });
});

describe('an account already preserved for another authority', () => {
  const mail = (whose: string) =>
    HEADER('Legal Team <legal@securemail.example>', 'Your request') +
    `Dear Inspector,\n\nThis account (quiet.heron@securemail.example) is already subject to an active preservation under our reference SM-LE-2026-0917, executed on 12.10.2026 ${whose}. We have therefore not carried out a new preservation. The existing preservation remains in place until 10.01.2027.\n\nLegal Team\n`;
  it('confirms nothing to the requester', () => {
    expect(read(mail('at the request of the Federal Office of Justice')).confirmations).toEqual([]);
  });

  it('is the requester\'s own where their earlier request made it', () => {
    expect(references(mail('in response to an earlier request from your agency'))).toEqual(['SM-LE-2026-0917']);
  });
});

describe('a relative day inside a clause that ends with its verb', () => {
  const mail = (clause: string) =>
    'Op wo 18 nov 2026 om 09:12 schreef Veiligheidsteam <politie@market.example>:\n\n> Geachte heer Visser,\n>\n' +
    `> Wij laten u weten ${clause}. Dossier MK-LE-88213 – gebruiker "tulpenveld_kees".\n>\n> De gegevens blijven 90 dagen bewaard.\n`;
  it('dates the preservation from the message\'s day ("dat wij gisteren … hebben veiliggesteld")', () => {
    expect(daysOf(mail('dat wij gisteren de gegevens van onderstaand account hebben veiliggesteld'))).toEqual(['2026-11-17']);
  });

  it('is no preservation day where the verb is another clause\'s ("(5 days ago)⏎Please preserve …")', () => {
    const text =
      'Det. Lena Vorholt\nto Mail\nOct 12, 2026, 3:40 PM (5 days ago)\nPlease preserve gravel_77@mail.example, our case HC-26-8812.\n\nOn Oct 14, 2026 Mail Legal <legal@mail.example> wrote:\nPreservation completed 10/13/2026. Reference 6620381.\n';
    expect(daysOf(text)).not.toContain('2026-10-07');
  });
});

describe('a timeline whose rows part the date from the event with a middle dot', () => {
  it('dates the preservation by its row', () => {
    const text =
      HEADER('Legal <legal.requests@resale.example>', 'Solicitud de conservación - Exp. RS-LEA-2026-0633', 'Wed, 28 Oct 2026 09:15:02 +0100') +
      'Cronología del expediente RS-LEA-2026-0633\n  27/10/2026 · Recepción de la solicitud\n  28/10/2026 · Conservación de datos completada\n  26/01/2027 · Fin del periodo de conservación (90 días)\n\nCuenta conservada:\n  · Usuario: chollos_turia\n';
    expect(daysOf(text)).toEqual(['2026-10-28']);
  });
});

describe('a Turkish provider\'s "… tarihi itibarıyla muhafaza altına alınmıştır"', () => {
  const mail = (day: string) =>
    HEADER('Hukuk Birimi <hukuk@ilan.example.tr>', 'Delil muhafaza talebi hk. - Talep No: IL-HK-2026-55120', 'Mon, 16 Nov 2026 11:02:00 +0300') +
    `Sayın İlgili,\n\n12.11.2026 tarihli yazınız üzerine, aşağıda bilgileri verilen üyelik hesabına ait kayıtlar ${day} tarihi itibarıyla muhafaza altına alınmıştır.\n\nE-posta adresi: kordon.emlak35@hotmail.com\n\nKayıtlar 90 gün süreyle saklanacaktır.\n`;
  it('states the preservation\'s date', () => {
    expect(daysOf(mail('13.11.2026'))).toEqual(['2026-11-13']);
  });

  it('proposes no date where the stated one is after the e-mail\'s', () => {
    expect(daysOf(mail('15.12.2026'))).toEqual([null]);
  });
});

describe('a flattened HTML mail\'s id label alone on its line, a blank line, then its value', () => {
  it('proposes the value', () => {
    const text =
      HEADER('Stays Law Enforcement <lert@stays.example>', 'Preservation complete - Case 03918274') +
      'Preservation complete\n\n\nCase number\n\n03918274\n\n\nPreservation date\n\nOct. 21, 2026\n\n\nAccount preserved\n\nUser ID\n\n58127736\n\n\nYour request\n\nYour reference\n\nR26-114873\n';
    expect(accountsOf(text)[0]).toContain('58127736');
  });
});

describe('an account named under a line in Greek', () => {
  it('proposes the address below the sentence', () => {
    const text =
      'Από: Legal Support <lis-noreply@searchco.example>\nΣτάλθηκε: Δευτέρα, 16 Νοεμβρίου 2026 4:12 μμ\nΠρος: Παπαδάκης Νικόλαος <n.papadakis@astynomia.example.gr>\nΘέμα: Επιβεβαίωση διατήρησης δεδομένων – Αριθμός αναφοράς 49902716\n\n' +
      'Αξιότιμε κύριε Παπαδάκη,\n\nΣας επιβεβαιώνουμε ότι η SearchCo διατήρησε στις 16/11/2026 τα διαθέσιμα δεδομένα για τον ακόλουθο λογαριασμό:\n\nstelios.k84@gmail.com\n\nΑριθμός αναφοράς: 49902716\n\nΤα δεδομένα θα διατηρηθούν για 90 ημέρες.\n';
    expect(accountsOf(text)[0]).toEqual(['stelios.k84@gmail.com']);
  });
});

describe('a preservation said done or not done in Ukrainian, Bulgarian, Greek or Turkish', () => {
  const mail = (sentence: string) =>
    'From: Legal <legal@market.example.ua>\nTo: cyber@police.example.ua\nDate: Mon, 16 Nov 2026 11:02:00 +0200\nSubject: Запит IL-2026-55120\n\n' +
    `Шановні колеги,\n\n${sentence}\n\nRequest ID: IL-2026-55120\n`;
  it.each([
    'Дані облікового запису stelios.k84@gmail.com не збережено: такого облікового запису не знайдено.',
    'Данните за профила stelios.k84@gmail.com не са запазени.',
    'Τα δεδομένα του λογαριασμού stelios.k84@gmail.com δεν διατηρήθηκαν.',
  ])('confirms nothing where it is negated (%s)', (sentence) => {
    expect(read(mail(sentence)).confirmations).toEqual([]);
  });

  it.each([
    'Дані облікового запису stelios.k84@gmail.com збережено 16.11.2026.',
    'Τα δεδομένα του λογαριασμού stelios.k84@gmail.com διατηρήθηκαν στις 16/11/2026.',
    '16.11.2026 tarihi itibarıyla stelios.k84@gmail.com hesabına ait kayıtlar muhafaza altına alınmıştır.',
  ])('confirms it where it is said done (%s)', (sentence) => {
    expect(references(mail(sentence))).toEqual(['IL-2026-55120']);
  });
});

describe('a support portal\'s thread, each update framed between rules, newest first', () => {
  const rule = '-'.repeat(64);
  const thread =
    'Note from the case officer: the provider answered, accounts preserved.\n\nCode Host Support\nTicket #4188275: Preservation request - repository balticmint/claim\nStatus: Solved\n\n' +
    `${rule}\nCode Host Staff (Tessa)                   Nov 17, 2026, 3:41 PM UTC\n${rule}\nHi Kristjan,\n\nWe have now preserved the following user\naccounts:\n\n  - tallinn-dev-ops\n  - k0stja-builds\n\nPreservation completed on 11/16/2026. Please reference ticket #4188275.\n\nTessa\n\n` +
    `${rule}\nCode Host Staff (Tessa)                   Nov 12, 2026, 6:30 PM UTC\n${rule}\nHi Kristjan,\n\nPlease tell us which user accounts you would like us to preserve. We have not preserved anything yet.\n\nTessa\n`;
  it('reads the newest update, not the earlier one that preserved nothing, and hyphenated names as accounts', () => {
    expect(references(thread)).toEqual(['4188275']);
    expect(accountsOf(thread)[0]).toEqual(['tallinn-dev-ops', 'k0stja-builds']);
  });

  it('keeps hyphenated words in capitals (a status, a heading) out of a list of accounts', () => {
    const text = thread.replace('  - k0stja-builds\n', '  - k0stja-builds\n  - Out-Of-Scope\n');
    expect(accountsOf(text)[0]).not.toContain('Out-Of-Scope');
  });
});

describe('a Cash App name with its dollar sign', () => {
  it('is an account; an amount and the label are not', () => {
    const text =
      HEADER('Block Legal <legal@payments.example>', 'Preservation - Block Reference CA-LE-0091175') +
      'Block preserved the available records associated with the following identifiers on November 6, 2026:\n\n    $Cashtag:  $harbourdeals\n    Email:     harbour.deals@yahoo.com\n\nThe payment of $1,250 on November 2 is covered.\n\nBlock Reference: CA-LE-0091175\n';
    expect(accountsOf(text)[0]).toEqual(['$harbourdeals', 'harbour.deals@yahoo.com']);
  });
});

describe('an id label closed by its bracket ("Rekening (IBAN):")', () => {
  it('gives its value', () => {
    const text =
      HEADER('Bank Legal <legal@bank.example>', 'Bewaring - ons kenmerk BQ-LE-77121') +
      'Wij hebben de gegevens van de volgende gebruiker op 3 november 2026 bewaard:\n  Bank user ID:       4418204\n  Rekening (IBAN):    NL87 BUNQ 2206 4471 94\n\nOns kenmerk: BQ-LE-77121\n';
    expect(accountsOf(text)[0]).toEqual(expect.arrayContaining(['NL87 BUNQ 2206 4471 94']));
  });
});

describe('a number the recipients\' own initials label ("AFP ref.")', () => {
  const mail = (to: string) =>
    HEADER('Edge Trust & Safety <lawenforcement@edge.example>', '[EG-LE-2026-1034] Preservation confirmation', 'Thu, 12 Nov 2026 09:03:37 -0800', to) +
    'Federal Agent Achterberg,\n\nEdge has completed your preservation request. Handling summary:\n\n  2026-11-10 16:02 UTC   Request received by email (AFP ref. ACT-CYB-26-5141)\n  2026-11-11 21:15 UTC   Account data preserved\n\nPreserved:\n  Account email:          ops@refund-desk.example\n';
  it('is the agency\'s, beside the provider\'s number in the subject', () => {
    expect(references(mail('Federal Agent D. Achterberg <d.achterberg@afp.example.gov.au>'))).toEqual(['EG-LE-2026-1034']);
  });
});

describe('an account\'s id or a transaction\'s reference beside the provider\'s number', () => {
  it('is an account, not a reference ("Customer ID : OLC-88214407")', () => {
    const text =
      HEADER('Rides Legal <legal@rides.example.in>', 'Preservation') +
      'We have preserved the data of the following customer on 03/11/2026:\n\n   Registered mobile : +91 70000 55562\n   Customer ID       : OLC-88214408\n\nRides reference no. RD-LE-2611-3392\n';
    expect(references(text)).toEqual(['RD-LE-2611-3392']);
    expect(accountsOf(text)[0]).toContain('OLC-88214408');
  });

  it('is no reference where the provider names the transactions it covers', () => {
    const text =
      HEADER('Wallet Legal <legal@wallet.example.ph>', 'Preservation - GW-LE-26-00432') +
      'The wallet account linked to mobile number 0917 555 0128 has been preserved on 11/10/2026.\n\nThe transactions you flagged (e.g. reference no. 9012345678902) form part of the preserved data.\n\nOur reference: GW-LE-26-00432\n';
    expect(references(text)).toEqual(['GW-LE-26-00432']);
  });
});

describe('a portal notice\'s cells stacked one a line, a blank line between ("Extension of⏎⏎PX-…")', () => {
  it('reads the earlier number as the one extended, the request\'s as the new', () => {
    const text =
      HEADER('Kodex <no-reply@kodex.us>', 'Pinterest responded to your request') +
      'Pinterest responded to your request\n\nHi Dana,\n\nPinterest has completed the extension you requested. Details:\n\nRequest\n\nPX-3318471\n\nExtension of\n\nPX-3290156\n\nType\n\nPreservation – extension\n\nExtended on\n\n11/17/2026\n\nAccounts\n\nhttps://www.pinterest.com/velvetmarrow_atelier/\n';
    const [c, ...rest] = read(text).confirmations;
    expect(rest).toEqual([]);
    expect(c!.reference).toBe('PX-3318471');
    expect(c!.extension?.ofReference).toBe('PX-3290156');
  });
});

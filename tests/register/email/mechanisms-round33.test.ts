import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 33 (dev21: accounts and the strings that look like them): each shown on invented mail, with probes
 * that must read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};

const REDDIT =
  'From: Reddit Legal via Kodex <notifications@kodex.us>\nDate: Wed, 18 Nov 2026 10:40:51 -0800\nSubject: Preservation complete: RDT-PRS-0071944\n\nReddit has preserved the following account(s) on 11/18/2026:\n\n  u/Saltmarsh_Keeper\n\nReference: RDT-PRS-0071944\n\n';
const OUTLOOK_DE =
  'Von: Microsoft Law Enforcement <lens@microsoft.com>\nGesendet: Mittwoch, 18. November 2026 10:02\nAn: Jana Weber <jana.weber@polizei.example.de>\nBetreff: AW: Sicherungsersuchen\n\nSehr geehrte Frau Weber,\n\nwir haben das Konto kranich.grau48@outlook.com am 17.11.2026 gesichert. Referenz: GCC-2026-118832.\n\n';

describe("accounts: an example in a 'Label: …' line whose value is a sentence ('How to submit future requests: identify accounts by username (e.g. u/example_user)'), and an abbreviation's letters ('e.g', 'z. B'), are no account", () => {
  it.each([
    [`${REDDIT}How to submit future requests: identify accounts by username (e.g. u/sample_name1) or by e-mail (e.g. someone@example.com).\n`, ['u/Saltmarsh_Keeper']],
    [`${OUTLOOK_DE}Künftige Ersuchen: Konten bitte mit Benutzernamen angeben, z. B. max.muster88@web.de.\n\nMit freundlichen Grüßen\nMicrosoft\n`, ['kranich.grau48@outlook.com']],
    [`${REDDIT}Note: accounts are identified by name (e.g. a username).\n`, ['u/Saltmarsh_Keeper']],
  ])('reads only the preserved account: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // A row's value with an example's word after the account: the row keys the account, as before.
    [`${REDDIT}Also preserved: u/marigold_relay2 (e.g. its posts and messages)\n`, ['u/Saltmarsh_Keeper', 'u/marigold_relay2']],
    // An example in a sentence with no label, as before (round 31).
    [`${REDDIT}In future requests please identify accounts by username, for example u/sample_name2.\n`, ['u/Saltmarsh_Keeper']],
    // A label over a value that is the account itself, as before.
    [`${REDDIT}Second account: u/fernlight_77\n`, ['u/Saltmarsh_Keeper', 'u/fernlight_77']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

const KODEX = (intro: string, item: string) =>
  `From: Discord via Kodex <no-reply@kodexglobal.com>\nDate: Fri, 13 Nov 2026 18:02:11 +0000\nSubject: [Kodex] Discord - request KDX-DIS-2026-771201 completed\n\n${intro}\n  - ${item}\n\nReference: KDX-DIS-2026-771201\n`;

describe("accounts: a bare id's list item whose brackets give the account's name by a label of another language ('(pseudo : @x)', '(Benutzername: x)', '(nombre de usuario: x)') or by its '@' alone ('(@x)') is an account's id, as '(username: x)' made it", () => {
  it.each([
    [KODEX('Discord a conservé les comptes suivants le 13/11/2026 :', '882204118830211072 (pseudo : @brume.ardoise)'), ['882204118830211072', '@brume.ardoise']],
    [KODEX('Discord hat folgende Konten am 13.11.2026 gesichert:', '882204118830211073 (Benutzername: nebel.grau7)'), ['882204118830211073', 'nebel.grau7']],
    [KODEX('Discord preserved the following accounts on November 13, 2026:', '882204118830211074 (@mist.grey8)'), ['882204118830211074', '@mist.grey8']],
  ])('reads the id and its name: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // Another thing's number in the brackets: no name, the bare number no account, as before.
    [KODEX('Discord preserved the following accounts on November 13, 2026:', '882204118830211075 (ticket 44120)'), []],
    // A name's item with an '@' name in brackets, as before.
    [KODEX('Discord preserved the following accounts on November 13, 2026:', 'mist.grey9 (@mist.grey10)'), ['mist.grey9', '@mist.grey10']],
    // The English label, as before.
    [KODEX('Discord preserved the following accounts on November 13, 2026:', '882204118830211076 (username: kruk_z_mazur)'), ['882204118830211076', 'kruk_z_mazur']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

const NB = '\u00a0';
const officerNote = (subject: string) => `Objet : TR: ${subject}\nDe : Capitaine Lise Morel <l.morel@police.example.fr>\nDate : 14/11/2026 09:31\n\nPour info, réf. interne DR-26-5521.\n\n`;

describe("text: a quote's marker followed by a no-break space ('>\u00a0De : Discord via Kodex …') is a quote's marker as with a blank: the quoted lines are read as lines", () => {
  it.each([
    [`${officerNote('[Kodex] Discord - demande KDX-DIS-2026-771202 terminée')}>${NB}De${NB}: Discord via Kodex <no-reply@kodexglobal.com>\n>${NB}Date${NB}: 13/11/2026 18:02\n>${NB}Discord a conservé le compte nuage.bleu4 le 13/11/2026.\n>${NB}Référence${NB}: KDX-DIS-2026-771202\n`, 'discord', ['KDX-DIS-2026-771202']],
    [`${officerNote('Snap preservation SNAP-PR-20261113-0417')}>${NB}From: Snap Law Enforcement <lawenforcement@snap.com>\n>${NB}Date: Fri, 13 Nov 2026 18:02:11 -0800\n>${NB}The account nuage_bleu5 was preserved on 11/13/2026.\n>${NB}Reference: SNAP-PR-20261113-0417\n`, 'snap', ['SNAP-PR-20261113-0417']],
    [`${officerNote('Google LIS 58207731')}>${NB}>${NB}From: Google LIS <lis-noreply@google.com>\n>${NB}>${NB}Date: Fri, 13 Nov 2026 10:02:11 -0800\n>${NB}>${NB}Google preserved the account nuage.bleu6@gmail.com on November 13, 2026.\n>${NB}>${NB}Reference: 58207731\n`, 'google', ['58207731']],
  ])('reads the quoted provider message: %s', (text, provider, references) => {
    const r = read(text);
    expect([r.providerId, r.references]).toEqual([provider, references]);
  });

  it.each([
    // The same quote with blanks after its markers, as before.
    [`${officerNote('[Kodex] Discord - demande KDX-DIS-2026-771203 terminée')}> De : Discord via Kodex <no-reply@kodexglobal.com>\n> Date : 13/11/2026 18:02\n> Discord a conservé le compte nuage.bleu7 le 13/11/2026.\n> Référence : KDX-DIS-2026-771203\n`, 'discord', ['KDX-DIS-2026-771203']],
    // A no-break space inside a quoted line's words, as before.
    [`${officerNote('Snap preservation SNAP-PR-20261113-0418')}> From: Snap Law Enforcement <lawenforcement@snap.com>\n> Date: Fri, 13 Nov 2026 18:02:11 -0800\n> The account nuage_bleu8 was preserved on 11/13/2026.\n> Reference:${NB}SNAP-PR-20261113-0418\n`, 'snap', ['SNAP-PR-20261113-0418']],
    // No quote at all: a '>' inside a line is no marker, as before.
    [`From: Google LIS <lis-noreply@google.com>\nDate: Fri, 13 Nov 2026 10:02:11 -0800\n\nGoogle preserved the account nuage.bleu9@gmail.com on November 13, 2026 (size >${NB}2 GB).\nReference: 58207732\n`, 'google', ['58207732']],
  ])('reads as before: %s', (text, provider, references) => {
    const r = read(text);
    expect([r.providerId, r.references]).toEqual([provider, references]);
  });
});

const GOOGLE = (sentence: string) =>
  `From: Google LIS <lis-noreply@google.com>\nDate: Wed, 28 Oct 2026 10:00:00 -0700\nSubject: Preservation 57990311\n\nThe Google account fen.harrow7@gmail.com was preserved on 27 October 2026 under Google Ref. No. 57990311. ${sentence}\n`;

describe("denials: an account the provider could not action or process ('We were unable to action the YouTube channel you referenced (https://…)', 'could not process') was not preserved", () => {
  it.each([
    [GOOGLE('We were unable to action the YouTube channel you referenced (https://www.youtube.com/@fenharrow-tv) because the URL was incomplete.'), ['fen.harrow7@gmail.com']],
    [GOOGLE('The second address fen.harrow8@gmail.com could not be actioned.'), ['fen.harrow7@gmail.com']],
    [GOOGLE('The identifier fen_harrow9 was not actioned.'), ['fen.harrow7@gmail.com']],
  ])('reads only the preserved account: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // Processing said of nothing denied: the preserved account, as before.
    [GOOGLE('No further processing is required for fen.harrow10@gmail.com, which was also preserved.'), ['fen.harrow7@gmail.com', 'fen.harrow10@gmail.com']],
    // An action taken: the account preserved, as before.
    [GOOGLE('We also actioned the channel https://www.youtube.com/@fenharrow11 and preserved it.'), ['fen.harrow7@gmail.com', 'https://www.youtube.com/@fenharrow11']],
    // A noun of action, no verb: as before.
    [GOOGLE('No action is needed from you.'), ['fen.harrow7@gmail.com']],
    // The noun after a negator and a word ('No further action is needed'): no denial of the account in its sentence.
    [GOOGLE('No further action is needed for fen.harrow12@gmail.com, which was also preserved.'), ['fen.harrow7@gmail.com', 'fen.harrow12@gmail.com']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

const YAHOO = (lines: string) =>
  `Dear Officer,\n\nThis letter confirms that on November 13, 2026, Yahoo preserved the contents of the following account(s) in response to your request:\n\n${lines}\n\nYahoo Reference Number: 6630-1817-2210\n`;

describe("accounts: a name right before a bracket that names its kind as a product's id ('moanadrift88 (Yahoo ID)', 'x (Skype ID)') or as a user name in another language ('(pseudo)', '(Benutzername)', '(nombre de usuario)') is an account, as '(username)' made it", () => {
  it.each([
    [YAHOO('  Preserved: moana.tide88@yahoo.com\n  Preserved: moanatide88 (Yahoo ID)'), ['moana.tide88@yahoo.com', 'moanatide88']],
    [YAHOO('  Preserved: kalani_reef4 (Benutzername)'), ['kalani_reef4']],
    [YAHOO('  Preserved: kalani.reef5 (nombre de usuario)'), ['kalani.reef5']],
  ])('reads the name: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // Another thing's id in the brackets ('guild ID', 'order ID'): no account, as before.
    [YAHOO('  Preserved: moana.tide89@yahoo.com\n  Also named: harbor_guild7 (guild ID)'), ['moana.tide89@yahoo.com']],
    // The English kind, as before.
    [YAHOO('  Preserved: kalani_reef6 (username)'), ['kalani_reef6']],
    // A word with no handle's shape before the kind, as before.
    [YAHOO('  Preserved: moana.tide90@yahoo.com\n  Preserved: Moana (Yahoo ID)'), ['moana.tide90@yahoo.com']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

const GITHUB = (sentence: string) =>
  `From: GitHub Legal <legal-support@github.com>\nDate: Mon, 2 Nov 2026 11:37:19 -0800\nSubject: Preservation request GH-LR-5540\n\nWe have preserved the account @copperwren (user ID 90112744) under GH-LR-5540. ${sentence}\n`;

describe("accounts: a code host's address of a repository under its owner ('https://github.com/copperwren/scraper', gitlab.com, bitbucket.org) is the owner's content, no account", () => {
  it.each([
    [GITHUB('The repository https://github.com/copperwren/scraper was preserved as part of the account data.'), ['@copperwren', '90112744']],
    [GITHUB('Its repository github.com/copperwren/tools-2 was preserved with it.'), ['@copperwren', '90112744']],
    [GITHUB('The preserved data includes https://github.com/copperwren/dotfiles/ and its issues.'), ['@copperwren', '90112744']],
  ])('reads the account, not its repository: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // The owner's profile address, as before.
    [GITHUB('The profile https://github.com/copperwren2 was preserved as well.'), ['@copperwren', '90112744', 'https://github.com/copperwren2']],
    // Another network's address with two parts, as before.
    [GITHUB('The linked profile https://www.facebook.com/copper.wren.73 was preserved too.'), ['@copperwren', '90112744', 'https://www.facebook.com/copper.wren.73']],
    // No address: as before.
    [GITHUB('Nothing else was preserved.'), ['@copperwren', '90112744']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

const RUN_ON = (greeting: string, rest = '') =>
  `Fwd: Snap preservation done  Sent from my iPhone  Begin forwarded message:  From: Snap Law Enforcement <lawenforcement@snap.com> Date: November 24, 2026 at 6:14:22 AM PST To: Det. Graves <m.graves@pd.example.gov> Subject: Preservation Complete SNAP-PR-20261123-5510${greeting} the account with username ember_of_wick and phone 555-013-6121 was preserved on 11/23/2026 under reference SNAP-PR-20261123-5510. Thanks, Snap Inc LEO${rest}`;

describe("text and accounts: in a phone's run-on copy a greeting after two blanks starts a line ('…-5510  Hi Detective, the account …'), and a greeting to an officer by rank alone ('Hi Detective,', 'Dear Officer,') addresses, no officer signs, on its line", () => {
  it.each([
    [RUN_ON('  Hi Detective,'), ['ember_of_wick', '555-013-6121']],
    [RUN_ON('  Hello Officer,', '  —  Mike Graves, Det., 555-013-9002'), ['ember_of_wick', '555-013-6121']],
    [`From: Snap Law Enforcement <lawenforcement@snap.com>\nDate: Tue, 24 Nov 2026 06:14:22 -0800\nSubject: Preservation Complete SNAP-PR-20261123-5511\n\nHi Detective, the account ember_of_wick2 was preserved on 11/23/2026 under reference SNAP-PR-20261123-5511.\n`, ['ember_of_wick2']],
  ])('reads the accounts: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // One blank before the greeting, as before.
    [RUN_ON(' Hi Detective Graves,'), ['ember_of_wick', '555-013-6121']],
    // The officer signing on the line of the value, as before: the officer's phone is no account.
    [`From: Snap Law Enforcement <lawenforcement@snap.com>\nDate: Tue, 24 Nov 2026 06:14:22 -0800\nSubject: Preservation Complete SNAP-PR-20261123-5512\n\nThe account ember_of_wick3 was preserved on 11/23/2026 under reference SNAP-PR-20261123-5512.\n\nDetective Mike Graves, 555-013-9003\n`, ['ember_of_wick3']],
    // The greeting by rank alone on its own line, the body under it, as before.
    [`From: Snap Law Enforcement <lawenforcement@snap.com>\nDate: Tue, 24 Nov 2026 06:14:22 -0800\nSubject: Preservation Complete SNAP-PR-20261123-5513\n\nHi Detective,\n\nThe account ember_of_wick4 was preserved on 11/23/2026 under reference SNAP-PR-20261123-5513.\n`, ['ember_of_wick4']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

const INSTAGRAM = (note: string) =>
  `From: Instagram Law Enforcement Response <records@support.facebook.com>\nDate: Mon, 9 Nov 2026 11:26:03 -0800\nSubject: Preservation 7720611458\n\nWe have preserved the Instagram account @ember.field as of November 8, 2026. Request #7720611458.\n\n${note}\n`;

describe("denials: the rest of an account's sentence saying what was done to it is no preservation ('the username x was held … ; holding a username is not a preservation of account data', 'does not constitute a preservation', 'ist keine Sicherung') makes it no account preserved", () => {
  it.each([
    [INSTAGRAM('Note: the username emberfield_ was held on November 5, 2026 so that it cannot be claimed by another user; holding a username is not a preservation of account data.'), ['@ember.field']],
    [INSTAGRAM('Note: the username emberfield_2 was reserved so that no one else can take it; this does not constitute a preservation of its data.'), ['@ember.field']],
    [INSTAGRAM('Hinweis: Der Benutzername emberfield_3 wurde nur reserviert; das ist keine Sicherung der Kontodaten.'), ['@ember.field']],
  ])('reads only the preserved account: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // A word of preservation in the account's own clause: preserved, as before.
    [INSTAGRAM('We also preserved @ember.field2; reserving its name alone would not have been enough.'), ['@ember.field', '@ember.field2']],
    // Held, then preserved: as before.
    [INSTAGRAM('The account @ember.field3 was held on November 5; it was preserved on November 8.'), ['@ember.field', '@ember.field3']],
    // "No preservation" said in the next sentence, of nothing named: as before.
    [INSTAGRAM('The account @ember.field4 was preserved too. Reserving a name is not a preservation.'), ['@ember.field', '@ember.field4']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

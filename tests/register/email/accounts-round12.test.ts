import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { clauseAt, deniesAccount, endedAfter } from '../../../register/email/denials';

/**
 * Round 12, accounts and distractors: "this identifier has no account" as structure (a negator, a predicate of finding
 * or keeping, and where it is said), nouns of other things owning a token, and the layouts that carry them — each
 * shown in words, orders, languages and layouts no corpus set holds.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const HEAD = 'Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Legal <legal@provider.example>\nTo: officer@agency.example\nSubject: Preservation\n\n';
const accountsOf = (body: string) =>
  parseProviderEmail(`${HEAD}Reference: QP-2611-70443\n\nWe have preserved the data of the accounts named below.\n\n${body}\n`, NOW).accountIdentifiers;

describe('a negator with a predicate of finding or keeping denies, in each language read', () => {
  it.each([
    ['was not found'],
    ['could not be located'],
    ["wasn't located in our systems"],
    ["we couldn't find it"],
    ['no Google Account located'],
    ['Nothing turned up for it'],
    ['is not registered with WhatsApp'],
    ['No user found'],
    ['Account(s) not found:'],
    ['is not an account'],
    ['(not a target)'],
    ['does not exist'],
    ['did not match any account'],
    ['the search returned no results'],
    ['we found no matching account'],
    ['we were unable to identify a user'],
    ['we failed to locate this handle'],
    ['has not yet been preserved'],
    ['provided for context only'],
    ['listed for reference only'],
    ['appears to be invalid'],
    ["n'a pas été retrouvé"],
    ["n'existe pas"],
    ['aucun compte ne correspond'],
    ['Statut : non trouvé'],
    ['introuvable'],
    ['wurde nicht gefunden'],
    ['existiert nicht'],
    ['es wurde kein Konto gefunden'],
    ['konnte nicht ermittelt werden'],
    ['Nicht gefundene Konten:'],
    ['no se encontró ninguna cuenta'],
    ['no fue localizada'],
    ['non è stato trovato'],
    ['nessun account corrisponde'],
    ['niet gevonden'],
    ['bestaat niet'],
    ['geen account gevonden'],
    ['não foi encontrada'],
    ['nenhuma conta associada'],
    ['kontot hittades inte'],
    ['finns inte'],
    ['ble ikke funnet'],
    ['findes ikke'],
    ['nie znaleziono konta'],
    ['brak konta'],
  ])('%s', (said) => {
    expect(deniesAccount(said)).toBe(true);
  });

  it.each([
    ['We preserved the account'],
    ['has been preserved as of 20 November 2026'],
    ['Preserved'],
    ['Case no 4471 was preserved'],
    ['No further action is needed'],
    ['the data will be held for 90 days'],
    ['Please do not reply to this e-mail'],
    ['preserved, not including message content'],
    ['WhatsApp does not store message content'],
    ['Non-content records were preserved'],
    ['We cannot extend a preservation beyond 90 days'],
    ['Die Daten wurden gesichert'],
    ['Les données ont été conservées'],
    ['Kontot har bevarats'],
  ])('%s', (said) => {
    expect(deniesAccount(said)).toBe(false);
  });
});

describe('the account as the subject of its end', () => {
  it.each([[' was deleted before your request'], [' has been permanently removed'], [', which was closed'], [' wurde gelöscht'], [' a été supprimé']])('%s', (after) => {
    expect(endedAfter(after)).toBe(after !== ', which was closed');
  });
});

describe('a clause ends at a semicolon or a contrast', () => {
  it.each([
    ['fern_1 was preserved, but fern_2 could not be located.', 'fern_1', false],
    ['fern_1 was preserved, but fern_2 could not be located.', 'fern_2', true],
    ['fern_2 could not be located; fern_1 has been preserved.', 'fern_1', false],
    ['fern_1 wurde gesichert, aber fern_2 wurde nicht gefunden.', 'fern_1', false],
    ['fern_1 a été conservé, mais fern_2 est introuvable.', 'fern_2', true],
  ])('%s (%s)', (sentence, token, denied) => {
    expect(deniesAccount(clauseAt(sentence, sentence.indexOf(token)))).toBe(denied);
  });
});

describe('where it is said: a clause, a row, a record, the heading of a list', () => {
  it('a sentence that preserves one name and not another keeps the first', () => {
    expect(accountsOf('We preserved quill_heron_1, but quill_heron_2 could not be located.')).toEqual(['quill_heron_1']);
    expect(accountsOf('quill_heron_2 could not be located, but quill_heron_1 has been preserved.')).toEqual(['quill_heron_1']);
  });

  it('a heading before a colon speaks for what it announces, and only where it denies', () => {
    expect(accountsOf('We could not locate these accounts: quill_heron_1, quill_heron_2.')).toEqual([]);
    expect(accountsOf('No further action is needed: the account quill_heron_1 has been preserved.')).toEqual(['quill_heron_1']);
  });

  it.each([
    ['Account(s) not found:\n  1. gorse.lane77@outlook.com'],
    ['Not located:\n\n- gorse.lane77@outlook.com'],
    ['Comptes introuvables :\n    gorse.lane77@outlook.com'],
    ['Nicht gefundene Konten:\n  • gorse.lane77@outlook.com'],
    ['Cuentas no localizadas:\n  * gorse.lane77@outlook.com'],
    ['Accounts we could not identify:\n  - gorse.lane77@outlook.com\n  - gorse.lane78@outlook.com'],
  ])('a list under a heading that denies: %s', (list) => {
    const accounts = accountsOf(`Accounts preserved:\n  - heron.quill@outlook.com\n\n${list}`);
    expect(accounts).toEqual(['heron.quill@outlook.com']);
  });

  it('a list under a heading that affirms keeps its items', () => {
    expect(accountsOf('Accounts preserved (content not included):\n  - heron.quill@outlook.com')).toEqual(['heron.quill@outlook.com']);
  });

  it.each([
    ['Target: @marsh_owl2\nStatus: No account found'],
    ['Username: marsh_owl2\nResult: not located'],
    ['Konto: marsh_owl2\nStatus: nicht gefunden'],
    ['Target: @marsh_owl2\nType: Instagram\nOutcome: no match'],
  ])('a record whose status line denies: %s', (record) => {
    expect(accountsOf(`Target: @heron_owl1\nStatus: Preserved\n\n${record}`)).toEqual(['@heron_owl1']);
  });

  it('a status line speaks only for its own record', () => {
    expect(accountsOf('Target: @heron_owl1\nStatus: Preserved\nTarget: @marsh_owl2\nStatus: Not found')).toEqual(['@heron_owl1']);
  });

  it.each([
    ['marsh.owl2@gmail.com ........ no Google Account located'],
    ['| marsh_owl2 | No user found |'],
    ['  marsh_owl2        nicht gefunden'],
  ])('a row that denies: %s', (row) => {
    expect(accountsOf(`heron.owl1@gmail.com ........ preserved\n${row}`)).not.toContain(row.includes('@') ? 'marsh.owl2@gmail.com' : 'marsh_owl2');
  });

  it.each([
    ['Nothing turned up for u/Marsh_Owl_2, so nothing is held for it.', 'u/Marsh_Owl_2'],
    ['The number +44 7700 900872 is not registered with WhatsApp.', '+44 7700 900872'],
    ['Channel ID 1177002211839201280 was provided for context only.', '1177002211839201280'],
    ['The account marsh_owl2 was deleted before your request.', 'marsh_owl2'],
    ['Das Konto marsh_owl2 wurde gelöscht.', 'marsh_owl2'],
  ])('%s', (sentence, token) => {
    expect(accountsOf(`The account heron_owl1 has been preserved. ${sentence}`)).toEqual(['heron_owl1']);
    expect(accountsOf(sentence)).not.toContain(token);
  });
});

describe('a noun of another thing owns the tokens of an account word after it', () => {
  it.each([
    ['Trip identifiers 7c2e91a0-4f3b-4d8e-b1a6-0d93c5e27f14 and 3a81d6f2-9e07-4b5c-8c11-f4e0a7b92d36 are in the records.'],
    ['Device identifiers a1b2c3d4e5f6a7b8 were noted.'],
    ['Server (guild) identifiers 1029384756601928374 were noted.'],
    ['Order users 7714_ab are not held.'],
  ])('%s', (sentence) => {
    expect(accountsOf(`The account heron_owl1 has been preserved. ${sentence}`)).toEqual(['heron_owl1']);
  });

  it('an account word without such a noun still gives its token', () => {
    expect(accountsOf('The user identifier 7c2e91a0-4f3b-4d8e-b1a6-0d93c5e27f14 was preserved.')).toEqual(['7c2e91a0-4f3b-4d8e-b1a6-0d93c5e27f14']);
  });
});

describe('layouts', () => {
  it('an intro announcing user ids takes its bare numbers; one announcing server ids does not', () => {
    expect(accountsOf('Data preserved for the following user IDs:\n  • 1098234477105561620 (username: velvet_owl)\n  • 884410926571233301')).toEqual([
      '1098234477105561620',
      'velvet_owl',
      '884410926571233301',
    ]);
    expect(accountsOf('Account numbers below:\n  - 55120934\n  - 55120935')).toEqual(['55120934', '55120935']);
    expect(accountsOf('The following server IDs were noted with the users:\n  - 1029384756601928374')).toEqual([]);
  });

  it('an international number with its subscriber part in one group of up to 8 digits', () => {
    expect(accountsOf('Preserved on 5 November 2026:\n  +31 6 12345678')).toEqual(['+31 6 12345678']);
    expect(accountsOf('Preserved:\n  +49 170 12345678')).toEqual(['+49 170 12345678']);
  });

  it('a gamertag ends at a slash or a bar', () => {
    expect(accountsOf('Xbox   Gamertag: Salt Marsh 77 / XUID 2535471182296431')).toEqual(['Salt Marsh 77', '2535471182296431']);
    expect(accountsOf('| Gamertag: Copper Wolf 9 | preserved |')).toContain('Copper Wolf 9');
  });

  it('an aligned key in a list names the service, not an account', () => {
    expect(accountsOf('The following account(s):\n  Outlook.com   : cinder_77@outlook.com\n  Skype.app     : live:.cid.7a3f0011')).not.toContain('Outlook.com');
  });
});

describe('junk no account: a cut word, a masked address, a site’s own page, a code’s digits', () => {
  it('a clause cut by its window leaves out the word it cut', () => {
    expect(accountsOf('Account data associated with the following number has been\npreserved as of November 25th, 2026:\n\n  +447700900412')).toEqual(['+447700900412']);
  });

  it('the domain of a masked address is no handle', () => {
    expect(accountsOf('Account ID: 614402917733409\nRegistered e-mail: w*****@gmail.com (masked)')).toEqual(['614402917733409']);
  });

  it.each([['facebook.com/records.'], ['https://www.instagram.com/legal/'], ['x.com/help'], ['tiktok.com/law-enforcement']])('%s is the site’s page', (url) => {
    expect(accountsOf(`The account https://www.facebook.com/quill.heron.3 is preserved. Check status at ${url}`)).toEqual(['https://www.facebook.com/quill.heron.3']);
  });

  it('the digits of a code after an account word are no phone number', () => {
    expect(accountsOf('The data of the following identifiers is preserved under\nPRS-2026-117652:\n\n  Apple ID: quill.heron@icloud.com')).toEqual(['quill.heron@icloud.com']);
  });

  it('"organization account" after a name label is no name', () => {
    expect(accountsOf('Organization account: github.com/quill-labs')).not.toContain('account');
  });
});

describe('in prose, a value needs evidence that it is an account', () => {
  it.each([
    ['Our colleague Ana Ruiz (ana.ruiz.lex@gmail.com) handled this matter.', 'ana.ruiz.lex@gmail.com'],
    ['The complainant, Mira Holt (+44 7700 900555), reported it to you on Monday.', '+44 7700 900555'],
    ['Thanks again to Jo Park, jo.park.77@outlook.com, for the quick turnaround.', 'jo.park.77@outlook.com'],
  ])('a sentence naming neither an account nor the preservation: %s', (sentence, value) => {
    expect(accountsOf(`The account heron_owl1 has been preserved.\n\n${sentence}`)).toEqual(['heron_owl1']);
    expect(accountsOf(sentence)).not.toContain(value);
  });

  it.each([
    ['The Gmail account quill.heron@gmail.com is preserved.'],
    ['We have preserved the data associated with the profile below,\npursuant to your request:\n\n  quill.heron@gmail.com'],
    ['Informamos que os dados das contas abaixo foram preservados em\n19/11/2026.\n\n  quill.heron@gmail.com'],
    ['> We have preserved the information associated with the following account:\n>\n>   quill.heron@gmail.com'],
  ])('a sentence or heading naming one: %s', (text) => {
    expect(accountsOf(text)).toContain('quill.heron@gmail.com');
  });
});

describe('a yes/no answer under a header of finding or keeping', () => {
  it.each([
    ['| Account      | Preserved? |\n|--------------|------------|\n| heron_owl1   | Yes        |\n| marsh_owl2   | No         |'],
    ['Username      Found     Notes\nheron_owl1    yes       -\nmarsh_owl2    nein      -'],
    ['| Konto | Gesichert |\n|---|---|\n| heron_owl1 | Ja |\n| marsh_owl2 | ✗ |'],
  ])('%s', (table) => {
    expect(accountsOf(table)).toEqual(['heron_owl1']);
  });

  it.each([['  marsh_owl2 - Preserved: no'], ['  marsh_owl2 ...... found: none']])('an answer after its predicate on the row: %s', (row) => {
    expect(accountsOf(`  heron_owl1 - Preserved: yes\n${row}`)).toEqual(['heron_owl1']);
  });
});

describe('the next sentence denies what the sentence before named, pointing back at it', () => {
  it.each([
    ['Your request also listed @marsh_owl2. No such account exists.'],
    ['Your request also listed @marsh_owl2. We were unable to locate it.'],
    ['Your request also listed @marsh_owl2 (spelled with an e). This handle could not be found on our service.'],
    ['Ihre Anfrage nannte auch @marsh_owl2. Dieses Konto existiert nicht.'],
    ['Votre demande mentionnait aussi @marsh_owl2. Ce compte est introuvable.'],
    ['Su solicitud también incluía @marsh_owl2. Esta cuenta no existe.'],
    ['The letter also named @marsh_owl2. No records were found for the account.'],
  ])('%s', (text) => {
    expect(accountsOf(`The account @heron_owl1 has been preserved.\n\n${text}`)).toEqual(['@heron_owl1']);
  });

  it.each([
    ['We preserved the account @heron_owl1. No messages were found for it.'],
    ['The account @heron_owl1 has been preserved. The other account @marsh_owl2 does not exist.'],
  ])('not when the sentence preserves it, nor when the next names its own value: %s', (text) => {
    expect(accountsOf(text)).toContain('@heron_owl1');
  });
});

describe('a value a line wrap cut short, whose whole form the message names', () => {
  it('gives way to the whole form', () => {
    expect(accountsOf('Account: @gullwing.\nparade\nProfile:\nhttps://www.tiktok.com/@gullwing.parade')).toEqual(['https://www.tiktok.com/@gullwing.parade']);
    expect(accountsOf('The member profile below was preserved:\n\nhttps://www.linkedin.com/in/auden-sorrel-\n4b7a19\n\n(profile as supplied: https://www.linkedin.com/in/auden-sorrel-4b7a19)')).toEqual([
      'https://www.linkedin.com/in/auden-sorrel-4b7a19',
    ]);
  });

  it('a profile before a line that starts with other words stays, beside a longer address under it', () => {
    expect(accountsOf('Pinterest profile: https://www.pinterest.com/heron_studio/\nBoard you listed (content, not an account): https://www.pinterest.com/heron_studio/tidepools/')).toEqual([
      'https://www.pinterest.com/heron_studio/',
    ]);
  });
});

describe('a value in apposition to a person of the other side is that person’s', () => {
  it.each([
    ['Victim: Jane Roe (jane.roe77@gmail.com)'],
    ['The complainant jane.roe77@gmail.com reported the account to you.'],
    ['Geschädigte: Jana Ross, +49 170 5550123'],
    ['Victime : Jeanne Roux (jeanne.roux77@gmail.com)'],
    ['Witness, Jo Park, jo.park.77@outlook.com, is named in your letter.'],
  ])('%s', (line) => {
    expect(accountsOf(`The account heron_owl1 has been preserved.\n${line}`)).toEqual(['heron_owl1']);
  });

  it('an account word between the person and the value keeps it an account', () => {
    expect(accountsOf('We have preserved the victim’s reported account, user heron_owl1.')).toEqual(['heron_owl1']);
  });

  it.each([
    ['We have preserved the Instagram account of the user who contacted the victim, @lantern.moth.', '@lantern.moth'],
    ['Preserved: the profile that threatened the complainant, lantern.moth77@gmail.com.', 'lantern.moth77@gmail.com'],
    ['Wir haben das Konto gesichert, das die Geschädigte bedroht hat: lantern_moth.', 'lantern_moth'],
    ['Nous avons conservé le compte qui a menacé la victime, lantern_moth.', 'lantern_moth'],
    ['The user who groomed the victim, lantern_moth, has been preserved.', 'lantern_moth'],
    ['Preserved: the account by which the victim was extorted, lantern_moth.', 'lantern_moth'],
  ])('the one who acted on the person is the account: %s', (line, account) => {
    expect(accountsOf(line)).toEqual([account]);
  });
});

describe('the account as the subject of its own preservation outweighs a negation elsewhere in its clause', () => {
  it('keeps it', () => {
    expect(accountsOf('We found no other accounts linked to heron_owl1, which has been preserved.')).toEqual(['heron_owl1']);
  });

  it.each([['heron_owl1 was not preserved.'], ['heron_owl1 was never preserved.'], ['heron_owl1 wurde nicht gesichert.']])('but not when that preservation is negated: %s', (text) => {
    expect(accountsOf(`The account quill_owl2 has been preserved. ${text}`)).toEqual(['quill_owl2']);
  });
});

describe('"and" between two clauses of their own parts what a negation reaches', () => {
  it.each([
    ['The account "river.dune22" was preserved on 16 November and the account "river.dune23" could not be located.', ['river.dune22']],
    ['We preserved user 884410926571233301 and found no account for user 884410926571233302.', ['884410926571233301']],
    ['Das Konto river_dune22 wurde gesichert und das Konto river_dune23 konnte nicht gefunden werden.', ['river_dune22']],
    ['Le compte river_dune22 a été conservé et le compte river_dune23 est introuvable.', ['river_dune22']],
  ])('%s', (line, accounts) => {
    expect(accountsOf(line)).toEqual(accounts);
  });

  it.each([
    ['We could not locate river_dune22 and river_dune23.'],
    ['The channel @river_dune22 named in your letter is public and was not preserved.'],
    ['No data was found for river_dune22 and river_dune23.'],
  ])('one clause when the second side has no verb of its own, or shares the subject: %s', (line) => {
    expect(accountsOf(`The account quill_owl2 has been preserved.\n${line}`)).toEqual(['quill_owl2']);
  });
});

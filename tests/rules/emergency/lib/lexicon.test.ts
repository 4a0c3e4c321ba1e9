import { describe, expect, it } from 'vitest';
import * as harm from '../../../../rules/emergency/lib/lexicon/harm';
import * as imminence from '../../../../rules/emergency/lib/lexicon/imminence';
import * as negation from '../../../../rules/emergency/lib/lexicon/negation';
import * as nexus from '../../../../rules/emergency/lib/lexicon/nexus';
import * as person from '../../../../rules/emergency/lib/lexicon/person';
import * as timeframe from '../../../../rules/emergency/lib/lexicon/timeframe';
import type { Term } from '../../../../rules/emergency/lib/phrases';

const modules = { harm, imminence, negation, nexus, person, timeframe };
const lists = Object.entries(modules).flatMap(([element, module]) =>
  Object.entries(module)
    .filter(([name, value]) => Array.isArray(value) && /TERMS$|^IMMINENT_/.test(name))
    .map(([name, value]) => [`${element}.${name}`, value as readonly Term[]] as const),
);

describe('emergency lexicons', () => {
  it('are all found by this test', () => {
    expect(lists.length).toBeGreaterThanOrEqual(18);
  });

  it.each(lists)('%s lists no phrase twice', (_name, terms) => {
    const keys = terms.map((t) => (typeof t === 'string' ? t.toLowerCase() : `/${t.source}/`));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('give the longer evidence where two phrases start alike', () => {
    expect(harm.HARM.exec('held at gun point')?.[0]).toBe('gun point');
    expect(harm.HARM.exec('he will shoot up the place')?.[0]).toBe('shoot');
    expect(harm.HARM.exec("we won't land alive")?.[0]).toBe("won't land alive");
    expect(imminence.IMMINENCE.exec('an active shooter')?.[0]).toBe('active shooter');
  });

  it('end harm words before a letter only', () => {
    expect(harm.HARM.test('She is on a diet')).toBe(false);
    expect(harm.HARM.test('raped2')).toBe(false);
    expect(harm.HARM.test('rape.')).toBe(true);
  });

  it('read a negator only when nothing ends the clause before the term', () => {
    expect(negation.NEGATION_BEFORE.test('there is no ')).toBe(true);
    expect(negation.NEGATION_BEFORE.test('no indication of an imminent ')).toBe(true);
    expect(negation.NEGATION_BEFORE.test('not sure. He will ')).toBe(false);
    expect('whether or not he will'.replace(negation.NOT_A_NEGATION, ' ')).toBe('  he will');
  });

  it('match names case-sensitively and person words in any case', () => {
    expect(person.PERSON_NAME.test('named Maria')).toBe(true);
    expect(person.PERSON_NAME.test('named maria')).toBe(false);
    expect(person.PERSON_WORDS.exec('HIS EX-WIFE')?.[0]).toBe('EX-WIFE');
    expect(person.PERSON_WORDS.exec('a 14-year-old')?.[0]).toBe('14-year-old');
  });

  it('keep request dates apart from threat dates', () => {
    expect(timeframe.NOT_THREAT_TIME_BEFORE.test('Suspect D.O.B ')).toBe(true);
    expect(timeframe.NOT_THREAT_TIME_BEFORE.test('Please provide records from ')).toBe(true);
    expect(timeframe.NOT_THREAT_TIME_BEFORE.test('He posted the threat on ')).toBe(false);
    expect(timeframe.TIME_HINT.test('at 9')).toBe(true);
    expect(timeframe.TIME_HINT.test('next Friday')).toBe(true);
    expect(timeframe.TIME_HINT.test('soon')).toBe(false);
  });

  it('tell a purpose from prosecution', () => {
    expect(nexus.PURPOSE_LEAD.test('the IP address so officers can ')).toBe(true);
    expect(nexus.PURPOSE_LEAD.test('logs -> ')).toBe(true);
    expect(nexus.PROSECUTION_ONLY.test('to charge him')).toBe(true);
    expect(nexus.PREVENTION.test('to charge him before he acts')).toBe(true);
    expect(nexus.DATA.test('his IPv4 logs')).toBe(true);
  });
});

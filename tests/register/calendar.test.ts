import { describe, expect, it } from 'vitest';
import { calendarEventCount, calendarText, escapeText, foldLine } from '../../register/calendar';
import { productionSchema } from '../../register/production';
import { record } from './fixtures';
import { translatorFor } from '../../i18n/catalogues';

const NOW = new Date('2026-11-21T08:30:00.000Z');
const options = (over: Partial<Parameters<typeof calendarText>[1]> = {}) => ({
  now: NOW,
  providerName: (id: string) => ({ meta: 'Meta', x: 'X' })[id] ?? id,
  reminderDays: [14, 7, 0],
  includeIdentifiers: false,
  ...over,
});
const order = (over: Record<string, unknown> = {}) =>
  productionSchema.parse({ order: 'eu-epoc', issuedAt: '2026-11-20T13:00:00.000Z', emergency: false, issuedBy: 'judicial', timeZone: 'Europe/Berlin', dueAt: null, validatedOn: null, answeredOn: null, ...over });

type Props = Array<{ name: string; params: string; value: string }>;
interface Component {
  type: string;
  props: Props;
  children: Component[];
}

/** A small RFC 5545 reader: unfold, split name;params:value, nest BEGIN/END, unescape TEXT values. */
function parse(text: string): Component {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const root: Component = { type: 'root', props: [], children: [] };
  const stack = [root];
  for (const line of unfolded.split('\r\n').filter(Boolean)) {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      const child: Component = { type: value, props: [], children: [] };
      stack.at(-1)!.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      expect(stack.pop()!.type).toBe(value);
    } else {
      stack.at(-1)!.props.push({ name: name!, params: params.join(';'), value });
    }
  }
  expect(stack).toHaveLength(1);
  return root.children[0]!;
}
const prop = (c: Component, name: string) => c.props.find((p) => p.name === name);
const unescape = (value: string) => value.replace(/\\(n|N|\\|;|,)/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
const events = (text: string) => parse(text).children.filter((c) => c.type === 'VEVENT');

describe('calendar export (.ics)', () => {
  it('is a VCALENDAR with CRLF line ends only, every line at most 75 octets', () => {
    const long = record({ reference: 'R'.repeat(60), caseNumber: 'Ünïcödé-Fäll-€-'.repeat(8), basis: 'us-2703f' });
    const text = calendarText([long, record({ production: order() })], options());
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // something was folded
    const cal = parse(text);
    expect(prop(cal, 'PRODID')!.value).toMatch(/QuickFreeze/);
    expect(unescape(prop(events(text)[0]!, 'DESCRIPTION')!.value)).toContain(`Case number: ${'Ünïcödé-Fäll-€-'.repeat(8)}`);
  });

  it('folds at 75 octets without splitting a multi-byte character, and unfolds to the same line', () => {
    const line = `DESCRIPTION:${'€'.repeat(40)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const p of physical) {
      expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
      expect(p).not.toContain('\uFFFD');
    }
    expect(physical.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('escapes backslash, semicolon, comma and new lines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const text = calendarText([record({ reference: 'A;B,C\\D', caseNumber: 'x' })], options());
    expect(unescape(prop(events(text)[0]!, 'SUMMARY')!.value)).toBe('Preservation expires: Meta A;B,C\\D');
  });

  it('an all-day event on each expiry day, with a UID, a DTSTAMP and one VALARM per reminder day', () => {
    const r = record({ basis: 'eu-epoc-pr', preservedOn: '2026-11-20' });
    const [event] = events(calendarText([r], options()));
    expect(prop(event!, 'UID')!.value).toBe(`${r.id}-expiry@quickfreeze`);
    expect(prop(event!, 'DTSTAMP')!.value).toBe('20261121T083000Z');
    expect(prop(event!, 'DTSTART')).toEqual({ name: 'DTSTART', params: 'VALUE=DATE', value: '20270119' });
    expect(prop(event!, 'DTEND')).toEqual({ name: 'DTEND', params: 'VALUE=DATE', value: '20270120' });
    const alarms = event!.children.filter((c) => c.type === 'VALARM');
    expect(alarms.map((a) => `${prop(a, 'TRIGGER')!.params}:${prop(a, 'TRIGGER')!.value}`)).toEqual(['RELATED=START:-P14D', 'RELATED=START:-P7D', 'RELATED=START:PT9H']);
    expect(alarms.every((a) => prop(a, 'ACTION')!.value === 'DISPLAY' && prop(a, 'DESCRIPTION'))).toBe(true);
  });

  it('timed events at a production order\'s deadline and, for an emergency order by a non-judicial authority, its validation', () => {
    const r = record({ production: order({ emergency: true, issuedBy: 'non-judicial' }) });
    const [answer, validation] = events(calendarText([r], options()));
    expect(prop(answer!, 'UID')!.value).toBe(`${r.id}-answer@quickfreeze`);
    expect(prop(answer!, 'DTSTART')).toEqual({ name: 'DTSTART', params: '', value: '20261120T210000Z' });
    expect(unescape(prop(answer!, 'DESCRIPTION')!.value)).toContain('Answer due: 2026-11-20 22:00 (Europe/Berlin)');
    expect(answer!.children.map((a) => prop(a, 'TRIGGER')!.value)).toEqual(['20261120T190000Z', '20261120T210000Z']);
    expect(prop(validation!, 'DTSTART')!.value).toBe('20261122T130000Z');
    expect(prop(validation!, 'UID')!.value).toBe(`${r.id}-validation@quickfreeze`);
  });

  it('in the investigator\'s language: summaries, descriptions and alarms; dates and references as written', () => {
    const r = record({ production: order({ emergency: true, issuedBy: 'non-judicial' }) });
    const [answer, validation] = events(calendarText([r], options({ t: translatorFor('es') })));
    expect(unescape(prop(answer!, 'SUMMARY')!.value)).toBe(`Orden de entrega, respuesta debida: Meta ${r.reference}`);
    expect(unescape(prop(answer!, 'DESCRIPTION')!.value)).toContain('Respuesta debida: 2026-11-20 22:00 (Europe/Berlin)');
    expect(unescape(prop(answer!, 'DESCRIPTION')!.value)).toContain('(urgencia)');
    expect(unescape(prop(validation!, 'DESCRIPTION')!.value)).toContain('Validación debida (48 horas tras la emisión)');
    for (const a of answer!.children) expect(unescape(prop(a, 'DESCRIPTION')!.value)).not.toMatch(/Production order/);
    const [expiry] = events(calendarText([record({ reference: 'ES-1' })], options({ t: translatorFor('es'), reminderDays: [1, 0] })));
    expect(expiry!.children.map((a) => unescape(prop(a, 'DESCRIPTION')!.value))).toEqual([
      'La conservación vence dentro de 1 día: Meta ES-1',
      'La conservación vence hoy: Meta ES-1',
    ]);
  });

  it('no event for a superseded record, a kept EPOC-PR, or an answered and validated order', () => {
    const records = [
      record({ supersededOn: '2026-12-01' }),
      record({ basis: 'eu-epoc-pr', productionConfirmedOn: '2026-12-01' }),
      record({ production: order({ answeredOn: '2026-11-25' }) }),
    ];
    expect(events(calendarText(records, options()))).toEqual([]);
    expect(calendarEventCount(records, options())).toBe(0);
    expect(calendarEventCount([record(), record({ production: order({ emergency: true, issuedBy: 'non-judicial' }) })], options())).toBe(3);
  });

  it('holds no account identifier unless asked to', () => {
    const r = record({ accountIdentifiers: ['jane.doe@example.com', '+4915112345678'] });
    const without = calendarText([r], options());
    expect(without).not.toContain('jane.doe');
    expect(without).not.toContain('4915112345678');
    const withIds = unescape(prop(events(calendarText([r], options({ includeIdentifiers: true })))[0]!, 'DESCRIPTION')!.value);
    expect(withIds).toContain('Account identifiers: jane.doe@example.com; +4915112345678');
  });
});

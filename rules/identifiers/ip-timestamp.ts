import * as chrono from 'chrono-node';
import ipaddr from 'ipaddr.js';
import { REQUEST_PAGES, tOf, type Finding, type Rule } from '../types';

const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;
const IPV6 = /(?<![0-9a-f:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![0-9a-f:])/gi;
const TIMEZONE = /\b(?:UTC|GMT|Z|CET|CEST|EET|EEST|WET|WEST|BST|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|AEST|AEDT|JST|KST|SGT)\b|[+-](?:0\d|1[0-4]):?[0-5]\d\b|\d(?:Z)\b/;

/** Addresses examined per field: enough for any request, few enough that a pasted log costs little. */
const MAX_ADDRESSES = 50;
/** Lines up to this long are read whole (each distinct line once). */
const WHOLE_LINE_CHARS = 400;
/** Characters read on each side of an address on a longer line: a timestamp stands next to its address. */
const CONTEXT_CHARS = 150;

export interface IpMention {
  ip: string;
  /** The line the address stands on. */
  line: string;
  /** Where to look for its timestamp: the line, or on a very long line the words within 150 characters of the address. */
  context: string;
}

/** Every valid IP address in a text (at most 50), with the line it stands on and the text around it. */
export function ipAddressesIn(text: string): IpMention[] {
  const found: IpMention[] = [];
  for (const line of text.slice(0, 100_000).split('\n')) {
    for (const pattern of [IPV4, IPV6]) {
      for (const m of line.matchAll(pattern)) {
        if (found.length >= MAX_ADDRESSES) return found;
        const ip = m[0];
        const valid = pattern === IPV4 ? ipaddr.IPv4.isValidFourPartDecimal(ip) : ip.includes('::') || ip.split(':').length >= 4 ? ipaddr.IPv6.isValid(ip) : false;
        if (valid) found.push({ ip, line, context: contextOf(line, m.index, ip.length) });
      }
    }
  }
  return found;
}

/** The line, or on a very long line the words within CONTEXT_CHARS of the address. */
function contextOf(line: string, index: number, length: number): string {
  if (line.length <= WHOLE_LINE_CHARS) return line;
  const start = Math.max(0, index - CONTEXT_CHARS);
  const end = Math.min(line.length, index + length + CONTEXT_CHARS);
  // Leave out the word cut by the window's edge, so "2026-11-20" never reads as "6-11-20".
  let before = line.slice(start, index);
  if (start > 0) before = before.replace(/^\S*\s/, '');
  let after = line.slice(index + length, end);
  if (end < line.length) after = after.replace(/\s\S*$/, '');
  return before + line.slice(index, index + length) + after;
}

/** What a line says about when the address was used: a date, a time, a time zone. */
export function timestampParts(line: string, reference: Date): { date: boolean; time: boolean; zone: boolean } {
  const parts = { date: false, time: false, zone: TIMEZONE.test(line) };
  for (const result of chrono.en.parse(line, reference)) {
    if (result.start.isCertain('day')) parts.date = true;
    if (result.start.isCertain('hour')) parts.time = true;
    if (result.start.isCertain('timezoneOffset')) parts.zone = true;
  }
  return parts;
}

/** Each part of a timestamp, in the order a finding names the missing ones. */
const MISSING_PART = [
  ['date', 'rules.ip.date'],
  ['time', 'rules.ip.time'],
  ['zone', 'rules.ip.zone'],
] as const;

const rule: Rule = {
  id: 'identifiers/ip-timestamp',
  severity: 'warning',
  pages: REQUEST_PAGES,
  docs: {
    title: 'IP addresses need a date, time and time zone',
    why: 'Many users share one IP address over time (carrier NAT, dynamic addresses). A provider can only match an address to an account for a precise moment: date, time and time zone.',
    fix: 'Give each IP address with the date, time (to the second where you have it) and time zone it was seen at, e.g. "203.0.113.7 on 2026-11-20 at 21:40:12 UTC", and the port for carrier-grade NAT.',
    sources: [],
  },
  check(context): Finding[] {
    const { snapshot, now } = context;
    const t = tOf(context);
    const findings: Finding[] = [];
    // Several addresses on one line share their line: each distinct text is parsed once.
    const partsOf = new Map<string, ReturnType<typeof timestampParts>>();
    for (const field of snapshot.fields) {
      if (!['text', 'textarea', 'editable'].includes(field.kind)) continue;
      for (const { ip, context } of ipAddressesIn(field.value)) {
        let parts = partsOf.get(context);
        if (!parts) partsOf.set(context, (parts = timestampParts(context, now)));
        const missing = MISSING_PART.filter(([part]) => !parts[part]).map(([, key]) => t(key));
        if (missing.length === 0) continue;
        findings.push({ ruleId: rule.id, severity: 'warning', message: t('rules.ip.missing', { ip, missing: missing.join(', ') }), fieldKey: field.key });
      }
    }
    return findings;
  },
};

export default rule;

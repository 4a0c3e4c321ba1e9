import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The labelled e-mail corpus (tests/fixtures/emails/README.md), and how a parser's answers are scored on it. */
export const CORPUS_DIR = join(__dirname, '../../fixtures/emails');

export interface LabelledConfirmation {
  reference: string;
  preservedOn: string | null;
  dateSource: 'stated' | 'email-date' | 'none';
  ambiguousDate?: boolean;
  accounts: string[];
  extension: false | { ofReference: string; requestedOn: string };
  expiresOn?: string;
}
export interface Label {
  file: string;
  provider: string;
  confirmations: LabelledConfirmation[];
  distractors: string[];
  emailDate: string | null;
}

/** What any version of the parser proposes, reduced to what is scored. */
export interface Proposal {
  providerId: string | null;
  confirmations: Array<{ reference: string; preservedOn: string | null; accounts: string[] }>;
}

/** Each set: its folder under the corpus and the labels file that holds its entries. */
export const CORPUS_SETS = {
  dev: 'labels.json',
  holdout: 'labels.json',
  dev2: 'labels-2.json',
  holdout2: 'labels-2.json',
  dev3: 'labels-dev3.json',
  holdout3: 'labels-holdout3.json',
  validation4: 'labels-validation4.json',
  holdout4: 'labels-holdout4.json',
  holdout5: 'labels-holdout5.json',
  dev5: 'labels-dev5.json',
  dev6: 'labels-dev6.json',
  holdout6: 'labels-holdout6.json',
  holdout7: 'labels-holdout7.json',
  dev7: 'labels-dev7.json',
  dev8: 'labels-dev8.json',
  holdout8: 'labels-holdout8.json',
  dev9: 'labels-dev9.json',
  dev10: 'labels-dev10.json',
  holdout9: 'labels-holdout9.json',
  holdout10: 'labels-holdout10.json',
  dev11: 'labels-dev11.json',
  holdout11: 'labels-holdout11.json',
  holdout12: 'labels-holdout12.json',
  holdout13: 'labels-holdout13.json',
  holdout14: 'labels-holdout14.json',
  holdout15: 'labels-holdout15.json',
  holdout16: 'labels-holdout16.json',
  holdout17: 'labels-holdout17.json',
  holdout18: 'labels-holdout18.json',
  holdout19: 'labels-holdout19.json',
  holdout20: 'labels-holdout20.json',
  dev12: 'labels-dev12.json',
  dev13: 'labels-dev13.json',
  dev14: 'labels-dev14.json',
  dev15: 'labels-dev15.json',
  dev16: 'labels-dev16.json',
  dev17: 'labels-dev17.json',
  dev18: 'labels-dev18.json',
  dev19: 'labels-dev19.json',
  dev20: 'labels-dev20.json',
  dev21: 'labels-dev21.json',
  dev22: 'labels-dev22.json',
  dev23: 'labels-dev23.json',
  holdout21: 'labels-holdout21.json',
  holdout22: 'labels-holdout22.json',
  holdout23: 'labels-holdout23.json',
  holdout24: 'labels-holdout24.json',
  holdout25: 'labels-holdout25.json',
  holdout26: 'labels-holdout26.json',
  holdout27: 'labels-holdout27.json',
  holdout28: 'labels-holdout28.json',
  holdout29: 'labels-holdout29.json',
  holdout30: 'labels-holdout30.json',
  holdout31: 'labels-holdout31.json',
  holdout32: 'labels-holdout32.json',
  holdout33: 'labels-holdout33.json',
  holdout34: 'labels-holdout34.json',
  dev24: 'labels-dev24.json',
  dev25: 'labels-dev25.json',
  dev26: 'labels-dev26.json',
  holdout35: 'labels-holdout35.json',
  holdout36: 'labels-holdout36.json',
  holdout37: 'labels-holdout37.json',
  holdout38: 'labels-holdout38.json',
  holdout39: 'labels-holdout39.json',
  holdout40: 'labels-holdout40.json',
  holdout41: 'labels-holdout41.json',
  holdout42: 'labels-holdout42.json',
  holdout43: 'labels-holdout43.json',
  holdout44: 'labels-holdout44.json',
  holdout45: 'labels-holdout45.json',
  holdout46: 'labels-holdout46.json',
  dev27: 'labels-dev27.json',
  dev28: 'labels-dev28.json',
  dev29: 'labels-dev29.json',
  holdout47: 'labels-holdout47.json',
  holdout48: 'labels-holdout48.json',
  dev30: 'labels-dev30.json',
  dev31: 'labels-dev31.json',
  dev32: 'labels-dev32.json',
  holdout49: 'labels-holdout49.json',
  holdout50: 'labels-holdout50.json',
  dev33: 'labels-dev33.json',
  dev34: 'labels-dev34.json',
  dev35: 'labels-dev35.json',
  holdout51: 'labels-holdout51.json',
  holdout52: 'labels-holdout52.json',
  holdout53: 'labels-holdout53.json',
  holdout54: 'labels-holdout54.json',
  dev36: 'labels-dev36.json',
  dev37: 'labels-dev37.json',
  holdout55: 'labels-holdout55.json',
  holdout56: 'labels-holdout56.json',
  dev38: 'labels-dev38.json',
  holdout59: 'labels-holdout59.json',
  holdout60: 'labels-holdout60.json',
  dev41: 'labels-dev41.json',
  dev42: 'labels-dev42.json',
  holdout57: 'labels-holdout57.json',
  holdout58: 'labels-holdout58.json',
  dev39: 'labels-dev39.json',
  dev40: 'labels-dev40.json',
  holdout61: 'labels-holdout61.json',
  holdout62: 'labels-holdout62.json',
  dev43: 'labels-dev43.json',
  dev44: 'labels-dev44.json',
  dev45: 'labels-dev45.json',
  dev46: 'labels-dev46.json',
  dev47: 'labels-dev47.json',
  holdout63: 'labels-holdout63.json',
  dev48: 'labels-dev48.json',
  dev49: 'labels-dev49.json',
  dev50: 'labels-dev50.json',
  dev51: 'labels-dev51.json',
  dev52: 'labels-dev52.json',
  dev53: 'labels-dev53.json',
  holdout64: 'labels-holdout64.json',
  holdout65: 'labels-holdout65.json',
  holdout66: 'labels-holdout66.json',
  holdout67: 'labels-holdout67.json',
  dev54: 'labels-dev54.json',
  dev55: 'labels-dev55.json',
  dev56: 'labels-dev56.json',
  holdout68: 'labels-holdout68.json',
  holdout69: 'labels-holdout69.json',
  holdout70: 'labels-holdout70.json',
  dev57: 'labels-dev57.json',
  dev58: 'labels-dev58.json',
  dev59: 'labels-dev59.json',
  holdout71: 'labels-holdout71.json',
  holdout72: 'labels-holdout72.json',
  holdout73: 'labels-holdout73.json',
  dev61: 'labels-dev61.json',
  dev62: 'labels-dev62.json',
  dev63: 'labels-dev63.json',
  dev64: 'labels-dev64.json',
  dev67: 'labels-dev67.json',
  dev68: 'labels-dev68.json',
  dev69: 'labels-dev69.json',
  dev65: 'labels-dev65.json',
  dev66: 'labels-dev66.json',
  dev73: 'labels-dev73.json',
  dev70: 'labels-dev70.json',
  dev74: 'labels-dev74.json',
  dev75: 'labels-dev75.json',
  dev72: 'labels-dev72.json',
  dev71: 'labels-dev71.json',
  dev76: 'labels-dev76.json',
  dev77: 'labels-dev77.json',
  dev79: 'labels-dev79.json',
  dev78: 'labels-dev78.json',
  dev80: 'labels-dev80.json',
  dev81: 'labels-dev81.json',
  dev82: 'labels-dev82.json',
  dev83: 'labels-dev83.json',
  dev84: 'labels-dev84.json',
  dev85: 'labels-dev85.json',
  dev86: 'labels-dev86.json',
  dev87: 'labels-dev87.json',
  dev88: 'labels-dev88.json',
  dev89: 'labels-dev89.json',
  dev92: 'labels-dev92.json',
  dev93: 'labels-dev93.json',
  dev90: 'labels-dev90.json',
  dev91: 'labels-dev91.json',
  dev94: 'labels-dev94.json',
  dev96: 'labels-dev96.json',
  dev97: 'labels-dev97.json',
  dev98: 'labels-dev98.json',
  dev95: 'labels-dev95.json',
  dev99: 'labels-dev99.json',
  dev100: 'labels-dev100.json',
  dev102: 'labels-dev102.json',
  dev103: 'labels-dev103.json',
  dev104: 'labels-dev104.json',
  dev105: 'labels-dev105.json',
  dev101: 'labels-dev101.json',
  dev106: 'labels-dev106.json',
  dev107: 'labels-dev107.json',
  dev108: 'labels-dev108.json',
  dev109: 'labels-dev109.json',
  dev110: 'labels-dev110.json',
  dev111: 'labels-dev111.json',
  dev112: 'labels-dev112.json',
  dev113: 'labels-dev113.json',
  dev114: 'labels-dev114.json',
  dev115: 'labels-dev115.json',
  dev116: 'labels-dev116.json',
  dev117: 'labels-dev117.json',
  dev118: 'labels-dev118.json',
  dev119: 'labels-dev119.json',
  dev120: 'labels-dev120.json',
  dev121: 'labels-dev121.json',
  dev122: 'labels-dev122.json',
  dev123: 'labels-dev123.json',
  dev124: 'labels-dev124.json',
  dev125: 'labels-dev125.json',
  dev126: 'labels-dev126.json',
  dev127: 'labels-dev127.json',
  dev128: 'labels-dev128.json',
  dev129: 'labels-dev129.json',
  dev130: 'labels-dev130.json',
  dev131: 'labels-dev131.json',
  dev132: 'labels-dev132.json',
  dev133: 'labels-dev133.json',
  dev134: 'labels-dev134.json',
  dev135: 'labels-dev135.json',
  dev136: 'labels-dev136.json',
  dev137: 'labels-dev137.json',
  dev138: 'labels-dev138.json',
  dev139: 'labels-dev139.json',
  dev140: 'labels-dev140.json',
  dev141: 'labels-dev141.json',
  dev142: 'labels-dev142.json',
  dev143: 'labels-dev143.json',
  dev144: 'labels-dev144.json',
  dev145: 'labels-dev145.json',
  dev146: 'labels-dev146.json',
  dev147: 'labels-dev147.json',
  dev148: 'labels-dev148.json',
  dev149: 'labels-dev149.json',
  dev150: 'labels-dev150.json',
  dev151: 'labels-dev151.json',
  dev152: 'labels-dev152.json',
  dev153: 'labels-dev153.json',
  dev154: 'labels-dev154.json',
  dev155: 'labels-dev155.json',
  dev156: 'labels-dev156.json',
  dev157: 'labels-dev157.json',
  dev158: 'labels-dev158.json',
  dev159: 'labels-dev159.json',
  dev160: 'labels-dev160.json',
  dev161: 'labels-dev161.json',
  dev162: 'labels-dev162.json',
  dev163: 'labels-dev163.json',
  dev164: 'labels-dev164.json',
  dev165: 'labels-dev165.json',
  dev166: 'labels-dev166.json',
  dev167: 'labels-dev167.json',
  dev168: 'labels-dev168.json',
  dev169: 'labels-dev169.json',
  dev170: 'labels-dev170.json',
  dev171: 'labels-dev171.json',
  dev172: 'labels-dev172.json',
  dev173: 'labels-dev173.json',
  dev174: 'labels-dev174.json',
  dev175: 'labels-dev175.json',
  dev176: 'labels-dev176.json',
  dev177: 'labels-dev177.json',
  dev178: 'labels-dev178.json',
  dev179: 'labels-dev179.json',
  dev180: 'labels-dev180.json',
  dev181: 'labels-dev181.json',
  dev182: 'labels-dev182.json',
  dev183: 'labels-dev183.json',
  dev184: 'labels-dev184.json',
  dev185: 'labels-dev185.json',
  dev186: 'labels-dev186.json',
  dev187: 'labels-dev187.json',
  dev188: 'labels-dev188.json',
  dev189: 'labels-dev189.json',
  dev190: 'labels-dev190.json',
  dev191: 'labels-dev191.json',
  dev192: 'labels-dev192.json',
  dev193: 'labels-dev193.json',
  dev194: 'labels-dev194.json',
  dev195: 'labels-dev195.json',
  dev196: 'labels-dev196.json',
  dev197: 'labels-dev197.json',
  dev198: 'labels-dev198.json',
  dev199: 'labels-dev199.json',
  dev200: 'labels-dev200.json',
  dev201: 'labels-dev201.json',
  dev202: 'labels-dev202.json',
  dev203: 'labels-dev203.json',
  dev204: 'labels-dev204.json',
  dev205: 'labels-dev205.json',
  dev206: 'labels-dev206.json',
  dev207: 'labels-dev207.json',
  dev208: 'labels-dev208.json',
  dev209: 'labels-dev209.json',
  dev210: 'labels-dev210.json',
  dev211: 'labels-dev211.json',
  dev212: 'labels-dev212.json',
  dev213: 'labels-dev213.json',
  dev214: 'labels-dev214.json',
  dev215: 'labels-dev215.json',
  dev216: 'labels-dev216.json',
  dev217: 'labels-dev217.json',
  dev218: 'labels-dev218.json',
  dev219: 'labels-dev219.json',
  dev220: 'labels-dev220.json',
  dev221: 'labels-dev221.json',
  dev222: 'labels-dev222.json',
  dev223: 'labels-dev223.json',
  dev224: 'labels-dev224.json',
  dev225: 'labels-dev225.json',
  dev226: 'labels-dev226.json',
  dev227: 'labels-dev227.json',
  dev228: 'labels-dev228.json',
  dev229: 'labels-dev229.json',
  dev230: 'labels-dev230.json',
  dev231: 'labels-dev231.json',
  dev232: 'labels-dev232.json',
  dev233: 'labels-dev233.json',
  dev234: 'labels-dev234.json',
  dev235: 'labels-dev235.json',
  dev236: 'labels-dev236.json',
  dev237: 'labels-dev237.json',
  dev238: 'labels-dev238.json',
  dev239: 'labels-dev239.json',
  dev240: 'labels-dev240.json',
  dev241: 'labels-dev241.json',
  dev242: 'labels-dev242.json',
  dev243: 'labels-dev243.json',
  dev244: 'labels-dev244.json',
  dev245: 'labels-dev245.json',
  dev246: 'labels-dev246.json',
  dev247: 'labels-dev247.json',
  dev248: 'labels-dev248.json',
  dev249: 'labels-dev249.json',
  dev250: 'labels-dev250.json',
  dev251: 'labels-dev251.json',
  dev252: 'labels-dev252.json',
  dev253: 'labels-dev253.json',
  dev254: 'labels-dev254.json',
  dev255: 'labels-dev255.json',
  dev256: 'labels-dev256.json',
  dev257: 'labels-dev257.json',
  dev258: 'labels-dev258.json',
  dev259: 'labels-dev259.json',
  dev260: 'labels-dev260.json',
  dev261: 'labels-dev261.json',
  dev262: 'labels-dev262.json',
  dev263: 'labels-dev263.json',
  dev264: 'labels-dev264.json',
  dev265: 'labels-dev265.json',
  dev266: 'labels-dev266.json',
  dev267: 'labels-dev267.json',
  dev268: 'labels-dev268.json',
  dev269: 'labels-dev269.json',
  dev270: 'labels-dev270.json',
  dev271: 'labels-dev271.json',
  dev272: 'labels-dev272.json',
  dev273: 'labels-dev273.json',
  dev274: 'labels-dev274.json',
  dev275: 'labels-dev275.json',
  dev276: 'labels-dev276.json',
} as const;
export type CorpusSet = keyof typeof CORPUS_SETS;

/** The labels of one set: the entries of its labels file whose `file` is in its folder. */
export function loadLabels(set: CorpusSet): Label[] {
  const all = JSON.parse(readFileSync(join(CORPUS_DIR, CORPUS_SETS[set]), 'utf8')) as Label[];
  return all.filter((label) => label.file.startsWith(`${set}/`));
}

export function readEmail(label: Label): string {
  return readFileSync(join(CORPUS_DIR, label.file), 'utf8');
}

/** Either shape of parseProviderEmail: the new one (confirmations) or the old one (references + one date). */
export function toProposal(result: unknown): Proposal {
  const r = result as Record<string, unknown>;
  if (Array.isArray(r.confirmations)) {
    return {
      providerId: (r.providerId as string | null) ?? null,
      confirmations: (r.confirmations as Array<Record<string, unknown>>).map((c) => ({
        reference: c.reference as string,
        preservedOn: ((c.preservedOn as { day: string } | null)?.day ?? null) as string | null,
        accounts: (c.accounts as Array<{ value: string }>).map((a) => a.value),
      })),
    };
  }
  const references = r.references as string[];
  return {
    providerId: (r.providerId as string | null) ?? null,
    confirmations: references.map((reference) => ({
      reference,
      preservedOn: r.preservedOn as string | null,
      accounts: r.accountIdentifiers as string[],
    })),
  };
}

/** Accounts compare without a written @ or u/ prefix, case and surrounding blanks. */
export function sameAccount(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/^(?:@|u\/)/i, '').toLowerCase();
  return norm(a) === norm(b);
}

function compact(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A proposed date that is the e-mail's date (or the day of reading) plus a duration the text names. */
function fromDuration(day: string, text: string, emailDate: string | null, readOn: string): boolean {
  const durations = [...text.matchAll(/\b(\d{1,3})\s*(?:days|jours|Tage[n]?|dagen|giorni|días)\b/gi)].map((m) => Number(m[1]));
  return durations.some((n) => [emailDate, readOn].some((base) => base !== null && addDays(base, n) === day));
}

export interface Tally {
  emails: number;
  provider: number;
  providerKnown: { right: number; of: number };
  references: number;
  dates: { right: number; of: number };
  datesFromDuration: number;
  accounts: { found: number; of: number };
  distractorsProposed: string[];
  failures: string[];
}

export function emptyTally(): Tally {
  return { emails: 0, provider: 0, providerKnown: { right: 0, of: 0 }, references: 0, dates: { right: 0, of: 0 }, datesFromDuration: 0, accounts: { found: 0, of: 0 }, distractorsProposed: [], failures: [] };
}

export function score(tally: Tally, label: Label, text: string, proposal: Proposal, knownProviders: ReadonlySet<string>, readOn: string): void {
  const fail = (what: string) => tally.failures.push(`${label.file}: ${what}`);
  tally.emails++;
  if (proposal.providerId === label.provider) tally.provider++;
  else fail(`provider ${proposal.providerId} (label ${label.provider})`);
  if (knownProviders.has(label.provider)) {
    tally.providerKnown.of++;
    if (proposal.providerId === label.provider) tally.providerKnown.right++;
  }
  const want = new Set(label.confirmations.map((c) => c.reference));
  const got = new Set(proposal.confirmations.map((c) => c.reference));
  if (want.size === got.size && [...want].every((r) => got.has(r))) tally.references++;
  else fail(`references [${[...got].join(', ')}] (label [${[...want].join(', ')}])`);
  const allAccounts = proposal.confirmations.flatMap((c) => c.accounts);
  for (const c of label.confirmations) {
    const match = proposal.confirmations.find((p) => p.reference === c.reference);
    tally.dates.of++;
    if (match && match.preservedOn === c.preservedOn) tally.dates.right++;
    else fail(`${c.reference}: date ${match ? match.preservedOn : '(no such reference)'} (label ${c.preservedOn})`);
    const accounts = match ? match.accounts : allAccounts;
    for (const account of c.accounts) {
      tally.accounts.of++;
      if (accounts.some((a) => sameAccount(a, account))) tally.accounts.found++;
      else fail(`${c.reference}: account ${account} missed (proposed [${accounts.join(' | ')}])`);
    }
  }
  for (const c of proposal.confirmations) {
    if (c.preservedOn && fromDuration(c.preservedOn, text, label.emailDate, readOn) && !label.confirmations.some((l) => l.preservedOn === c.preservedOn)) {
      tally.datesFromDuration++;
      fail(`${c.reference}: date ${c.preservedOn} computed from a duration`);
    }
  }
  const proposed = [...got, ...allAccounts].map(compact).filter(Boolean);
  // A distractor written like a labelled value but for its punctuation ("PebbleKnight_XO" not found beside the
  // preserved "PebbleKnightXO") cannot be told from it once compacted: it is scored only when proposed exactly.
  const labelled = new Set([...want, ...label.confirmations.flatMap((c) => c.accounts)].map(compact));
  const exactly = new Set([...got, ...allAccounts].map((v) => v.trim().toLowerCase()));
  for (const distractor of label.distractors) {
    const d = compact(distractor);
    if (labelled.has(d)) {
      if (exactly.has(distractor.trim().toLowerCase())) {
        tally.distractorsProposed.push(`${label.file}: ${distractor}`);
        fail(`distractor proposed: ${distractor}`);
      }
      continue;
    }
    // A labelled value proposed is right, though a distractor is written inside it ("Marlow Finch", the display name,
    // inside the preserved "@marlowfinch_ops"): only a value no label holds can be the distractor proposed.
    if (d && proposed.some((p) => p === d || (d.length >= 5 && p.includes(d) && !labelled.has(p)))) {
      tally.distractorsProposed.push(`${label.file}: ${distractor}`);
      fail(`distractor proposed: ${distractor}`);
    }
  }
}

const pct = (right: number, of: number) => (of === 0 ? 'n/a' : `${((100 * right) / of).toFixed(1)}% (${right}/${of})`);

export function report(name: string, t: Tally): string {
  return [
    `${name}: ${t.emails} e-mails`,
    `  provider            ${pct(t.provider, t.emails)}; known providers only ${pct(t.providerKnown.right, t.providerKnown.of)}`,
    `  references (exact)  ${pct(t.references, t.emails)}`,
    `  preservation date   ${pct(t.dates.right, t.dates.of)}`,
    `  dates from duration ${t.datesFromDuration}`,
    `  account recall      ${pct(t.accounts.found, t.accounts.of)}`,
    `  distractors proposed ${t.distractorsProposed.length}`,
  ].join('\n');
}

export function ratio(right: number, of: number): number {
  return of === 0 ? 1 : right / of;
}

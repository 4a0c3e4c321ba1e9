import * as z from 'zod/mini';
import { providerById } from '../providers/registry';
import { addedPortalSchema, conflictOf, portalAddress, type AddedPortal } from './added-portals';
import { taughtPageSchema, type TaughtPage, type TaughtStore, MAX_TAUGHT_PAGES } from './taught-schema';

/**
 * A portal profile (issue 10, docs/portal-profiles.md): what the investigator taught and the portals they added, as
 * one versioned JSON file that a unit passes around. Pure: building a file, reading one entry by entry (each
 * rejected entry with its reason), and merging what was accepted into what is stored. It holds labels, generalised
 * field names, page patterns, addresses and facts the investigator entered: never a value typed into a form.
 */
export const PROFILE_FORMAT = 'quickfreeze-portal-profile';
export const PROFILE_VERSION = 1;
const MAX_PROFILE_CHARS = 5_000_000;

const profileHeaderSchema = z.object({
  format: z.literal(PROFILE_FORMAT),
  version: z.literal(PROFILE_VERSION),
  exportedAt: z.optional(z.string().check(z.maxLength(40))),
  taught: z.array(z.unknown()).check(z.maxLength(MAX_TAUGHT_PAGES)),
  addedPortals: z.array(z.unknown()).check(z.maxLength(200)),
});

export interface PortalProfile {
  format: typeof PROFILE_FORMAT;
  version: typeof PROFILE_VERSION;
  exportedAt: string;
  taught: TaughtPage[];
  addedPortals: AddedPortal[];
}

export interface Rejected {
  /** "taught 3" or "added portal 1" (counted from 1, as a person reads the file). */
  entry: string;
  reason: string;
}

export interface ReadProfile {
  taught: TaughtPage[];
  addedPortals: AddedPortal[];
  rejected: Rejected[];
}

/** The profile file's text: every taught page and added portal, nothing else of the extension's state. */
export function exportProfile(taught: TaughtStore, addedPortals: readonly AddedPortal[], now = new Date()): string {
  const profile: PortalProfile = { format: PROFILE_FORMAT, version: PROFILE_VERSION, exportedAt: now.toISOString(), taught: taught.pages, addedPortals: [...addedPortals] };
  return `${JSON.stringify(profile, null, 2)}\n`;
}

function issueText(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'entry'}: ${issue.message}` : 'malformed';
}

/**
 * Read a profile file against what is stored now. The whole file is refused when it is not a profile of a version
 * this QuickFreeze reads; otherwise each entry is accepted or rejected with its reason.
 */
export function readProfile(text: string, existingPortals: readonly AddedPortal[]): { ok: true; value: ReadProfile } | { ok: false; error: string } {
  if (text.length > MAX_PROFILE_CHARS) return { ok: false, error: 'The file is too large to be a portal profile.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not JSON.' };
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== PROFILE_FORMAT) return { ok: false, error: `This is not a QuickFreeze portal profile (format “${String(format)}”).` };
  const header = profileHeaderSchema.safeParse(raw);
  if (!header.success) {
    const version = (raw as { version?: unknown }).version;
    return { ok: false, error: version !== PROFILE_VERSION ? `Portal profile version ${String(version)} is not one this QuickFreeze reads (it reads ${PROFILE_VERSION}).` : `Malformed profile: ${issueText(header.error)}.` };
  }
  const rejected: Rejected[] = [];
  const addedPortals: AddedPortal[] = [];
  header.data.addedPortals.forEach((entry, i) => {
    const parsed = addedPortalSchema.safeParse(entry);
    if (!parsed.success) return rejected.push({ entry: `added portal ${i + 1}`, reason: issueText(parsed.error) });
    const others = existingPortals.filter((p) => portalAddress(p) !== portalAddress(parsed.data));
    const conflict = conflictOf(parsed.data, [...others, ...addedPortals]);
    if (conflict) return rejected.push({ entry: `added portal ${i + 1}`, reason: conflict });
    addedPortals.push(parsed.data);
  });
  const providersAdded = new Set([...existingPortals, ...addedPortals].map((p) => p.providerId));
  const taught: TaughtPage[] = [];
  header.data.taught.forEach((entry, i) => {
    const parsed = taughtPageSchema.safeParse(entry);
    if (!parsed.success) return rejected.push({ entry: `taught ${i + 1}`, reason: issueText(parsed.error) });
    const { providerId, pagePattern } = parsed.data;
    if (!providerById(providerId) && !providersAdded.has(providerId)) {
      return rejected.push({ entry: `taught ${i + 1}`, reason: `provider ${providerId} is neither known to QuickFreeze nor an added portal` });
    }
    if (taught.some((t) => t.providerId === providerId && t.pagePattern === pagePattern)) {
      return rejected.push({ entry: `taught ${i + 1}`, reason: `${providerId} ${pagePattern} appears twice in the file` });
    }
    taught.push(parsed.data);
  });
  return { ok: true, value: { taught, addedPortals, rejected } };
}

/** The stored state after an import: an imported entry replaces the stored one for the same page or address. */
export function mergeProfile(store: TaughtStore, portals: readonly AddedPortal[], accepted: ReadProfile): { taught: TaughtStore; addedPortals: AddedPortal[] } {
  const samePage = (a: TaughtPage, b: TaughtPage) => a.providerId === b.providerId && a.pagePattern === b.pagePattern;
  const pages = [...store.pages.filter((p) => !accepted.taught.some((t) => samePage(p, t))), ...accepted.taught];
  const addresses = new Set(accepted.addedPortals.map(portalAddress));
  return {
    taught: { ...store, pages },
    addedPortals: [...portals.filter((p) => !addresses.has(portalAddress(p))), ...accepted.addedPortals],
  };
}

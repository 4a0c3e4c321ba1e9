import type { PageKind } from '../providers/page-kinds';
import type { PortalEntry } from '../providers/portals';
import { assignEmergencyNarrative, locateFields, type LocatedField } from './field-locator';
import { explainPageKind, readPageSignals } from './page-kind';
import { applyTaughtFields, taughtPageKind } from './taught';
import { pageKindFromUrl } from './url-page-kind';
import type { TaughtPage } from '../storage/taught-page';

/** The provider as recognition needs it: the guide's slim portal entry, or a whole provider. */
export type RecognizedProvider = Pick<PortalEntry, 'id' | 'name'> & { urlPageKinds?: PortalEntry['urlPageKinds'] };

export interface Recognition {
  provider: RecognizedProvider;
  page: PageKind;
  fields: LocatedField[];
}

/**
 * The whole guidance front half: URL and page -> page kind and field roles. What the investigator taught about
 * this page comes first; the heuristics only guess what it leaves open.
 */
export function recognizePage(doc: Document, url: URL, provider: RecognizedProvider, taught: TaughtPage | null = null): Recognition {
  const fields = locateFields(doc);
  const pinned = applyTaughtFields(fields, taught);
  const signals = readPageSignals(doc, pageKindFromUrl(url, provider), fields);
  const decided = explainPageKind(signals);
  const page = taughtPageKind(decided.kind, signals, taught);
  if (page === 'other' && decided.reason === 'non-request-page') {
    // A help page's contact form or a dashboard's filters: no request checks run on them.
    for (const field of fields) if (!pinned.has(field)) field.role = null;
  }
  if (page === 'emergency' && !fields.some((f) => f.role === 'emergency-description')) {
    assignEmergencyNarrative(fields.filter((f) => !pinned.has(f)));
  }
  return { provider, page, fields };
}

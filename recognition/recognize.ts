import type { PageKind } from '../providers/page-kinds';
import type { PortalEntry } from '../providers/portals';
import { assignEmergencyNarrative, locateFields, type LocatedField } from './field-locator';
import { decidePageKind, readPageSignals } from './page-kind';
import { pageKindFromUrl } from './url-page-kind';

/** The provider as recognition needs it: the guide's slim portal entry, or a whole provider. */
export type RecognizedProvider = Pick<PortalEntry, 'id' | 'name'> & { urlPageKinds?: PortalEntry['urlPageKinds'] };

export interface Recognition {
  provider: RecognizedProvider;
  page: PageKind;
  fields: LocatedField[];
}

/** The whole guidance front half: URL and page -> page kind and field roles. */
export function recognizePage(doc: Document, url: URL, provider: RecognizedProvider): Recognition {
  const fields = locateFields(doc);
  const page = decidePageKind(readPageSignals(doc, pageKindFromUrl(url, provider), fields));
  if (page === 'emergency') assignEmergencyNarrative(fields);
  return { provider, page, fields };
}

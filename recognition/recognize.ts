import type { PageKind, Provider } from '../providers/schema';
import { assignEmergencyNarrative, locateFields, type LocatedField } from './field-locator';
import { decidePageKind, readPageSignals } from './page-kind';
import { pageKindFromUrl } from './url-page-kind';

export interface Recognition {
  provider: Provider;
  page: PageKind;
  fields: LocatedField[];
}

/** The whole guidance front half: URL and page -> page kind and field roles. */
export function recognizePage(doc: Document, url: URL, provider: Provider): Recognition {
  const fields = locateFields(doc);
  const page = decidePageKind(readPageSignals(doc, pageKindFromUrl(url, provider), fields));
  if (page === 'emergency') assignEmergencyNarrative(fields);
  return { provider, page, fields };
}

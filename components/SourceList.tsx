import type { GuideText } from './guide/guide-text';

/**
 * Where a fact or route comes from: each source as a link (opening in a new tab) with the day it was checked. Source
 * titles keep their own language; the day stays YYYY-MM-DD, as the sources' data and the register write it.
 */
export function SourceList({ sources, text }: { sources: ReadonlyArray<{ url: string; title: string; checked: string }>; text: GuideText }) {
  return (
    <ul class="sources">
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>{' '}
          <span class="checked">{text.t('guide.fact.checked', { day: source.checked })}</span>
        </li>
      ))}
    </ul>
  );
}

/** Where a fact or route comes from: each source as a link (opening in a new tab) with the day it was checked. */
export function SourceList({ sources }: { sources: ReadonlyArray<{ url: string; title: string; checked: string }> }) {
  return (
    <ul class="sources">
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>{' '}
          <span class="checked">checked {source.checked}</span>
        </li>
      ))}
    </ul>
  );
}

import { SourceList } from './SourceList';

/** What a fact card shows: the guide's facts (from the background) and the directory's both fit it. */
export interface FactCardView {
  key: string;
  title: string;
  isDefault: boolean;
  fact: { summary: string; confidence: 'official' | 'secondary'; sources: ReadonlyArray<{ url: string; title: string; checked: string }> } | null;
}

const CONFIDENCE_TEXT = {
  official: 'Official source',
  secondary: 'Secondary source: verify before relying on it',
} as const;

/** `checkAgain`: the fact was last checked more than a year ago (the directory marks it; the guide leaves it out). */
export function FactCard({ view, providerName, checkAgain = false }: { view: FactCardView; providerName: string; checkAgain?: boolean }) {
  const { fact } = view;
  if (!fact) {
    return (
      <li class="fact fact-unknown" data-fact={view.key}>
        <h4>{view.title}</h4>
        <p>Not known: QuickFreeze has no sourced fact about this for {providerName}. Check the provider's own guidelines.</p>
      </li>
    );
  }
  return (
    <li class={`fact fact-${fact.confidence}`} data-fact={view.key} data-confidence={fact.confidence}>
      <h4>
        {view.title}
        {view.isDefault && <span class="tag">legal default</span>}
        {checkAgain && <span class="tag check-again">check again</span>}
      </h4>
      <p>{fact.summary}</p>
      <p class="meta">
        <span class={`confidence ${fact.confidence}`}>
          <span aria-hidden="true">{fact.confidence === 'official' ? '● ' : '◐ '}</span>
          {CONFIDENCE_TEXT[fact.confidence]}
        </span>
      </p>
      <SourceList sources={fact.sources} />
    </li>
  );
}

import type { MessageKey } from '../i18n/catalogue';
import { showsEnglishLabel, useGuideText, type GuideText } from './guide/guide-text';
import { SourceList } from './SourceList';

/** What a fact card shows: the guide's facts (from the background) and the directory's both fit it. */
export interface FactCardView {
  key: string;
  /** The English title; shown translated where the catalogue has `guide.fact.<key>`. */
  title: string;
  isDefault: boolean;
  fact: { summary: string; confidence: 'official' | 'secondary'; sources: ReadonlyArray<{ url: string; title: string; checked: string }> } | null;
}

const CONFIDENCE_KEYS = { official: 'guide.fact.official', secondary: 'guide.fact.secondary' } as const satisfies Record<string, MessageKey>;

function titleOf(view: FactCardView, t: GuideText['t']): string {
  const key = `guide.fact.${view.key}` as MessageKey;
  const translated = t(key);
  return translated === key ? view.title : translated;
}

/**
 * `checkAgain`: the fact was last checked more than a year ago (the directory marks it; the guide leaves it out).
 * `text`: the language; the guide's by default, the extension pages pass theirs (usePageLanguage()). The fact's
 * summary and sources keep their source language (English) and say so when the page speaks another.
 */
export function FactCard({ view, providerName, checkAgain = false, text }: { view: FactCardView; providerName: string; checkAgain?: boolean; text?: GuideText }) {
  const guideText = useGuideText();
  const { t, locale } = text ?? guideText;
  const { fact } = view;
  const title = titleOf(view, t);
  // A fact with sources speaks their language (English); one without is what the investigator entered, in theirs.
  const inSourceLanguage = !!fact && fact.sources.length > 0;
  if (!fact) {
    return (
      <li class="fact fact-unknown" data-fact={view.key}>
        <h4>{title}</h4>
        <p>{t('guide.fact.unknown', { provider: providerName })}</p>
      </li>
    );
  }
  return (
    <li class={`fact fact-${fact.confidence}`} data-fact={view.key} data-confidence={fact.confidence}>
      <h4>
        {title}
        {view.isDefault && <span class="tag">{t('guide.fact.legalDefault')}</span>}
        {checkAgain && <span class="tag check-again">{t('guide.fact.checkAgain')}</span>}
        {inSourceLanguage && showsEnglishLabel(locale) && <span class="tag in-english">{t('facts.inEnglish')}</span>}
      </h4>
      <p lang={inSourceLanguage ? 'en' : undefined}>{fact.summary}</p>
      <p class="meta">
        <span class={`confidence ${fact.confidence}`}>
          <span aria-hidden="true">{fact.confidence === 'official' ? '● ' : '◐ '}</span>
          {t(CONFIDENCE_KEYS[fact.confidence])}
        </span>
      </p>
      <SourceList sources={fact.sources} text={text ?? guideText} />
    </li>
  );
}

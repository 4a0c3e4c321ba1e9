import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-i18n';
import { AboutStep } from './AboutStep';
import { CountryStep } from './CountryStep';
import { DoneStep } from './DoneStep';
import { LockStep, type WelcomeVault } from './LockStep';
import { PortalsStep, type PortalChoice } from './PortalsStep';
import { WELCOME_STEPS, type WelcomeStepId } from './steps';

export interface WelcomeProps {
  providers: readonly PortalChoice[];
  /** The register's lock, opened only when a step needs it. */
  openVault: () => Promise<WelcomeVault>;
}

/** The steps that ask nothing are not "skipped": they only go on. */
const ASKS: ReadonlySet<WelcomeStepId> = new Set(['country', 'lock', 'portals']);

/**
 * The first-run page: one step at a time, each skippable, with the list of steps to go back and forth. When the
 * step changes, focus moves to its heading, so a screen reader announces where the investigator now is.
 */
export function Welcome({ providers, openVault }: WelcomeProps) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = WELCOME_STEPS[index]!;
  const last = index === WELCOME_STEPS.length - 1;

  useEffect(() => {
    document.title = t('welcome.documentTitle', { step: t(step.titleKey) });
  }, [index, t]);
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);
  const go = (next: number) => {
    moved.current = true;
    setIndex(next);
  };

  return (
    <main data-welcome>
      <h1>{t('welcome.title')}</h1>
      <p class="muted">{t('welcome.intro')}</p>
      <nav aria-label={t('welcome.stepsNav')}>
        <ol class="welcome-steps">
          {WELCOME_STEPS.map((s, i) => (
            <li key={s.id}>
              <button type="button" data-goto={s.id} aria-current={i === index ? 'step' : undefined} onClick={() => go(i)}>
                {t(s.titleKey)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section class="card" data-step={step.id} aria-labelledby="welcome-step-heading">
        <h2 id="welcome-step-heading" tabIndex={-1} ref={heading}>
          <span class="muted">{t('welcome.stepOf', { number: index + 1, count: WELCOME_STEPS.length })}</span> {t(step.titleKey)}
        </h2>
        {step.id === 'about' && <AboutStep />}
        {step.id === 'country' && <CountryStep />}
        {step.id === 'lock' && <LockStep openVault={openVault} />}
        {step.id === 'portals' && <PortalsStep providers={providers} />}
        {step.id === 'done' && <DoneStep providerIds={providers.map((p) => p.id)} openVault={openVault} />}
        <div class="welcome-actions">
          {index > 0 && (
            <button type="button" data-action="back" onClick={() => go(index - 1)}>
              {t('welcome.back')}
            </button>
          )}
          {!last && (
            <button type="button" class="primary" data-action="next" onClick={() => go(index + 1)}>
              {ASKS.has(step.id) ? t('welcome.continue') : t('welcome.start')}
            </button>
          )}
          {!last && ASKS.has(step.id) && (
            <button type="button" data-action="skip" onClick={() => go(index + 1)}>
              {t('welcome.skip')}
            </button>
          )}
        </div>
      </section>
    </main>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
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
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = WELCOME_STEPS[index]!;
  const last = index === WELCOME_STEPS.length - 1;

  useEffect(() => {
    document.title = `${step.title} – Welcome to QuickFreeze`;
    if (moved.current) heading.current?.focus();
  }, [index]);
  const go = (next: number) => {
    moved.current = true;
    setIndex(next);
  };

  return (
    <main data-welcome>
      <h1>Welcome to QuickFreeze</h1>
      <p class="muted">Five short steps. Each can be skipped, and everything can be changed later in the options.</p>
      <nav aria-label="Set-up steps">
        <ol class="welcome-steps">
          {WELCOME_STEPS.map((s, i) => (
            <li key={s.id}>
              <button type="button" data-goto={s.id} aria-current={i === index ? 'step' : undefined} onClick={() => go(i)}>
                {s.title}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section class="card" data-step={step.id} aria-labelledby="welcome-step-heading">
        <h2 id="welcome-step-heading" tabIndex={-1} ref={heading}>
          <span class="muted">
            Step {index + 1} of {WELCOME_STEPS.length}:
          </span>{' '}
          {step.title}
        </h2>
        {step.id === 'about' && <AboutStep />}
        {step.id === 'country' && <CountryStep />}
        {step.id === 'lock' && <LockStep openVault={openVault} />}
        {step.id === 'portals' && <PortalsStep providers={providers} />}
        {step.id === 'done' && <DoneStep providerIds={providers.map((p) => p.id)} openVault={openVault} />}
        <div class="welcome-actions">
          {index > 0 && (
            <button type="button" data-action="back" onClick={() => go(index - 1)}>
              Back
            </button>
          )}
          {!last && (
            <button type="button" class="primary" data-action="next" onClick={() => go(index + 1)}>
              {ASKS.has(step.id) ? 'Continue' : 'Start'}
            </button>
          )}
          {!last && ASKS.has(step.id) && (
            <button type="button" data-action="skip" onClick={() => go(index + 1)}>
              Skip this step
            </button>
          )}
        </div>
      </section>
    </main>
  );
}

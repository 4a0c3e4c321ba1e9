import type { ComponentChildren } from 'preact';
import { DEFAULT_REMINDER_DAYS } from '../register/defaults';
import { AddedPortals } from './options/AddedPortals';
import { InvestigatorSettings } from './options/InvestigatorSettings';
import { PortalProfile } from './options/PortalProfile';
import { TaughtList } from './options/TaughtList';

export interface OptionsPageProps {
  providers: Array<{ id: string; name: string; products: string[] }>;
  disabledProviders: string[];
  onToggleProvider: (id: string, enabled: boolean) => void;
  rules: Array<{ id: string; title: string; severity: string; why: string; fix: string }>;
  disabledRules: string[];
  onToggleRule: (id: string, enabled: boolean) => void;
  reminderDays: number[];
  onReminderDays: (days: number[]) => void;
  /** Idle minutes before a register with a passphrase locks itself. */
  lockIdleMinutes?: number;
  onLockIdleMinutes?: (minutes: number) => void;
  error: string | null;
}

/** "14, 7, 0" -> [14, 7, 0]; null when the text is not a list of whole days from 0 to 365. */
export function parseReminderDays(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 10 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 365)) return null;
  return [...new Set(parts.map(Number))].sort((a, b) => b - a);
}

const SECTIONS = [
  { id: 'portals', title: 'Portals' },
  { id: 'checks', title: 'Checks' },
  { id: 'reminders', title: 'Reminders' },
  { id: 'country', title: 'Country and authority' },
  { id: 'lock', title: 'Lock' },
] as const;

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section id={`section-${id}`} class="options-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/** The options, in five short sections with a table of contents: portals, checks, reminders, country, lock. */
export function OptionsPage(props: OptionsPageProps) {
  const { providers, disabledProviders, onToggleProvider, rules, disabledRules, onToggleRule, error } = props;
  const sections = props.lockIdleMinutes === undefined ? SECTIONS.filter((s) => s.id !== 'lock') : SECTIONS;
  return (
    <main class="options">
      <h1>QuickFreeze options</h1>
      <p class="muted">Settings stay in this browser. QuickFreeze sends nothing anywhere.</p>
      <nav aria-label="Sections of the options" class="page-nav">
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#section-${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <Section id="portals" title="Portals">
        <fieldset>
          <legend>Show the in-page guide on these portals</legend>
          <ul class="plain option-grid">
            {providers.map((p) => {
              const enabled = !disabledProviders.includes(p.id);
              return (
                <li key={p.id}>
                  <label>
                    <input
                      type="checkbox"
                      data-provider-toggle={p.id}
                      checked={enabled}
                      onChange={(e) => onToggleProvider(p.id, (e.currentTarget as HTMLInputElement).checked)}
                    />{' '}
                    {p.name} <span class="muted">({p.products.join(', ')})</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        <AddedPortals />
        <TaughtList />
        <PortalProfile />
      </Section>
      <Section id="checks" title="Checks">
        <fieldset>
          <legend>Checks run on the request as it is typed</legend>
          <ul class="plain rule-list">
            {rules.map((rule) => (
              <li key={rule.id}>
                <label>
                  <input
                    type="checkbox"
                    data-rule-toggle={rule.id}
                    checked={!disabledRules.includes(rule.id)}
                    onChange={(e) => onToggleRule(rule.id, (e.currentTarget as HTMLInputElement).checked)}
                  />{' '}
                  <strong>{rule.title}</strong> <code>{rule.id}</code> <span class="muted">({rule.severity})</span>
                </label>
                <details>
                  <summary>About this check</summary>
                  <p>{rule.why}</p>
                  <p>
                    <strong>What to do:</strong> {rule.fix}
                  </p>
                </details>
              </li>
            ))}
          </ul>
        </fieldset>
      </Section>
      <Section id="reminders" title="Reminders">
        <fieldset>
          <legend>Reminders before a preservation expires</legend>
          <label for="reminder-days">Days before expiry (0 = on the day), separated by commas</label>{' '}
          <input
            id="reminder-days"
            data-setting="reminder-days"
            defaultValue={props.reminderDays.join(', ')}
            onChange={(e) => {
              const days = parseReminderDays((e.currentTarget as HTMLInputElement).value);
              if (days) props.onReminderDays(days);
            }}
            aria-describedby="reminder-days-help"
          />
          <p id="reminder-days-help" class="muted">
            Whole days from 0 to 365; at most 10 values. Default: {DEFAULT_REMINDER_DAYS.join(', ')}.
          </p>
        </fieldset>
      </Section>
      <Section id="country" title="Country and authority">
        <InvestigatorSettings />
      </Section>
      {props.lockIdleMinutes !== undefined && (
        <Section id="lock" title="Lock">
          <fieldset>
            <legend>Register lock</legend>
            <label for="lock-idle-minutes">Lock the register after this many minutes without use</label>{' '}
            <input
              id="lock-idle-minutes"
              data-setting="lock-idle-minutes"
              type="number"
              min={1}
              max={1440}
              defaultValue={String(props.lockIdleMinutes)}
              onChange={(e) => {
                const minutes = Number((e.currentTarget as HTMLInputElement).value);
                if (Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440) props.onLockIdleMinutes?.(minutes);
              }}
            />
            <p class="muted">Only when a passphrase is set (on the register page). It also locks when the browser closes. Default: 15.</p>
          </fieldset>
        </Section>
      )}
    </main>
  );
}

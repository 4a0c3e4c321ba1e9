import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../i18n/catalogue';
import type { T } from '../i18n/catalogues';
import { useT } from '../i18n/use-i18n';
import { DEFAULT_REMINDER_DAYS } from '../register/defaults';
import { AddedPortals } from './options/AddedPortals';
import { InvestigatorSettings } from './options/InvestigatorSettings';
import { LanguageSetting } from './options/LanguageSetting';
import { PortalProfile } from './options/PortalProfile';
import { TaughtList } from './options/TaughtList';
import { ErrorAlert } from './ErrorAlert';

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
  { id: 'portals', titleKey: 'options.section.portals' },
  { id: 'checks', titleKey: 'options.section.checks' },
  { id: 'reminders', titleKey: 'options.section.reminders' },
  { id: 'country', titleKey: 'options.section.country' },
  { id: 'lock', titleKey: 'options.section.lock' },
] as const satisfies ReadonlyArray<{ id: string; titleKey: MessageKey }>;

const SEVERITIES = new Set(['error', 'warning', 'info']);
/** The severity in words of the page's language; an unknown one as it is. */
const severityText = (severity: string, t: T) => (SEVERITIES.has(severity) ? t(`options.severity.${severity}` as MessageKey) : severity);

function Section({ id, titleKey, children }: { id: string; titleKey: MessageKey; children: ComponentChildren }) {
  const t = useT();
  return (
    <section id={`section-${id}`} class="options-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(titleKey)}</h2>
      {children}
    </section>
  );
}

/**
 * The options, in five short sections with a table of contents: portals, checks, reminders, country, lock. The
 * language comes first, above them, so an investigator who cannot read the current one finds it at once.
 */
export function OptionsPage(props: OptionsPageProps) {
  const { providers, disabledProviders, onToggleProvider, rules, disabledRules, onToggleRule, error } = props;
  const t = useT();
  const sections = props.lockIdleMinutes === undefined ? SECTIONS.filter((s) => s.id !== 'lock') : SECTIONS;
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <p class="muted">{t('options.intro')}</p>
      <LanguageSetting />
      <nav aria-label={t('options.sectionsNav')} class="page-nav">
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#section-${section.id}`}>{t(section.titleKey)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <ErrorAlert message={error} />
      <Section id="portals" titleKey="options.section.portals">
        <fieldset>
          <legend>{t('options.portals.legend')}</legend>
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
      <Section id="checks" titleKey="options.section.checks">
        <fieldset>
          <legend>{t('options.checks.legend')}</legend>
          <p class="muted">{t('options.checks.docsInEnglish')}</p>
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
                  <strong lang="en">{rule.title}</strong> <code>{rule.id}</code>{' '}
                  <span class="muted">({severityText(rule.severity, t)})</span>
                </label>
                <details>
                  <summary>{t('options.checks.about')}</summary>
                  <p lang="en">{rule.why}</p>
                  <p>
                    <strong>{t('options.checks.whatToDo')}</strong> <span lang="en">{rule.fix}</span>
                  </p>
                </details>
              </li>
            ))}
          </ul>
        </fieldset>
      </Section>
      <Section id="reminders" titleKey="options.section.reminders">
        <fieldset>
          <legend>{t('options.reminders.legend')}</legend>
          <label for="reminder-days">{t('options.reminders.label')}</label>{' '}
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
            {t('options.reminders.help', { days: DEFAULT_REMINDER_DAYS.join(', ') })}
          </p>
        </fieldset>
      </Section>
      <Section id="country" titleKey="options.section.country">
        <InvestigatorSettings />
      </Section>
      {props.lockIdleMinutes !== undefined && (
        <Section id="lock" titleKey="options.section.lock">
          <fieldset>
            <legend>{t('options.lock.legend')}</legend>
            <label for="lock-idle-minutes">{t('options.lock.label')}</label>{' '}
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
            <p class="muted">{t('options.lock.help', { minutes: 15 })}</p>
          </fieldset>
        </Section>
      )}
    </main>
  );
}

import { pagesEn } from './pages/en';
import { dashboardEn } from './dashboard/en';
import { guideEn } from './guide/en';
import { registerEn } from './register/en';

/**
 * The English catalogue: the source every other locale translates, key for key with the same placeholders
 * (tests/i18n/catalogues.test.ts). `{name}` is a placeholder; an object is a message with plural forms on `count`.
 * Keys are grouped by the surface that shows them: `language.*` (the setting), `rules.*` (findings in the guide),
 * `insert.*` (the insert page), `notify.*` / `menu.*` (the background), `facts.*` (labels around provider facts).
 */
export const en = {
  ...guideEn,
  ...dashboardEn,
  ...pagesEn,
  ...registerEn,
  'language.label': 'Language',
  'language.browser': 'As the browser ({language})',
  'language.hint': 'Provider facts and legal sources keep their own language (mostly English) and say so.',
  'language.name.en': 'English',
  'language.name.de': 'Deutsch',
  'language.name.fr': 'Français',
  'language.name.es': 'Español',
  'language.name.en-XA': 'Pseudo-locale (accented)',
  'language.name.ar-XB': 'Pseudo-locale (right-to-left)',

  'facts.inEnglish': 'in English',

  'rules.failed': 'This check failed and was skipped: {error}',
  'rules.emergency.harm': 'The description does not state a danger of death or serious physical injury (or of harm to a child).',
  'rules.emergency.imminence': 'The description does not show that the harm is imminent. "Urgent" or "ASAP" describe the request, not the danger.',
  'rules.emergency.timeframe': 'The description gives no concrete time: when the threat arose or when harm is expected.',
  'rules.emergency.nexus': 'The description does not say how the requested data will help prevent the harm.',
  'rules.emergency.personAtRisk': 'The description does not identify who is at risk.',
  'rules.emergency.truncated': 'Only the first {count} characters were read.',
  'rules.emergency.item.harm': 'Danger',
  'rules.emergency.item.personAtRisk': 'Person at risk',
  'rules.emergency.item.timeframe': 'Timeframe',
  'rules.emergency.item.imminence': 'Why it cannot wait',
  'rules.emergency.item.nexus': 'How the data will help',
  'rules.notification.covered': 'A non-disclosure order or delayed-notice option is marked. Make sure the order itself is attached and states how long it runs.',
  'rules.notification.uncovered': 'This provider notifies the account holder, and the request shows no non-disclosure order. {advice}',
  'rules.notification.advice':
    'Providers notify unless the law forbids it. A preservation letter cannot impose secrecy; for a US provider, obtain a court order under 18 U.S.C. 2705(b) with a stated duration and attach it or select the provider’s non-disclosure option.',
  'rules.notification.howToPrevent': 'What prevents it: {text}',
  'rules.notification.policyUnknown':
    'Whether this provider notifies the account holder is not known. Check its guidelines; a non-disclosure order is the safe course if notice would harm the case.',
  'rules.ncmec.invalid': 'Not a CyberTipline report number: {values}.',
  'rules.ncmec.invalidMore': { one: 'Not a CyberTipline report number: {values} and {count} more.', other: 'Not a CyberTipline report number: {values} and {count} more.' },
  'rules.ncmec.read': 'Report numbers read: {ids}',
  'rules.ncmec.count': { one: '{count} report number: {ids}', other: '{count} report numbers: {ids}' },
  'rules.ncmec.missing': 'This is marked or described as a child-exploitation matter, but no NCMEC CyberTipline report number is given.',
  'rules.csam.media':
    'Image or video chosen for a child-safety request ({files}). Never send the material: give the CyberTipline report number or hash values instead.',

  'rules.phone.normalize': 'Write {candidate} as {e164} (E.164).',
  'rules.phone.invalid': '{candidate} is not a valid international phone number.',
  'rules.phone.noCountryCode': '{candidate} has no country code. Write it as + country code and number (E.164), e.g. +15555550123.',
  'rules.snowflake.created': '{provider} id {id} was created on {date} UTC.',
  'rules.snowflake.future': '{provider} id {id} decodes to {date}, in the future: it is mistyped.',
  'rules.dateRange.openBoth': 'The date range is open: no start or end date.',
  'rules.dateRange.openStart': 'The date range is open: no start date.',
  'rules.dateRange.openEnd': 'The date range is open: no end date.',
  'rules.dateRange.reversed': 'The range starts ({from}) after it ends ({to}).',
  'rules.dateRange.future': 'The range ends in the future ({to}): providers hold only past records.',
  'rules.ip.missing': 'IP address {ip} is given without a {missing}.',
  'rules.ip.date': 'date',
  'rules.ip.time': 'time',
  'rules.ip.zone': 'time zone',
  'rules.username.invalid': '"{name}" cannot be a {platform} username: {problems}.',
  'rules.username.tooLong': '{length} characters (at most {max})',
  'rules.username.notAllowed': 'only {allowed} are allowed',
  'rules.username.allowed.lettersDigitsPeriodsUnderscores': 'letters, digits, periods and underscores',
  'rules.username.allowed.lettersDigitsUnderscores': 'letters, digits and underscores',
  'rules.hash.notHex': '"{value}" is not hexadecimal.',
  'rules.hash.length': { one: '"{value}" has {count} hex digit (MD5 32, SHA-1 40, SHA-256 64).', other: '"{value}" has {count} hex digits (MD5 32, SHA-1 40, SHA-256 64).' },
  'insert.title': 'Insert preservation details',
  'insert.target': 'Into the field you right-clicked on {page}.',
  'insert.noTarget': 'No field is waiting. Right-click the field and choose “Insert preservation details” again.',
  'insert.loading': 'Loading…',
  'insert.empty': 'The register is empty.',
  'insert.case': 'Case',
  'insert.chooseCase': 'Choose a case…',
  'insert.caseNumber': 'Case {caseNumber}',
  'insert.noCase': 'Records without a case number',
  'insert.records': { one: '{count} record', other: '{count} records' },
  'insert.preview': 'What will be inserted:',
  'insert.button': 'Insert into the field',
  'insert.inserted': 'Inserted ✓',
  'insert.done': 'Inserted. You can close this window.',
  'insert.notInserted': 'Not inserted.',
  'insert.notInsertedBecause': 'Not inserted: {error}',
  'insert.unreadable': 'The register could not be read: {error}',
  'insert.noField': 'No field is waiting: right-click the field and choose "Insert preservation details" again.',
  'insert.fieldGone': 'The field is no longer on that page.',

  'menu.saveSelection': 'Save selection as preservation reference',
  'menu.insertDetails': 'Insert preservation details…',

  'notify.expiresToday': 'Preservation expires today',
  'notify.expiresIn': { one: 'Preservation expires in {count} day', other: 'Preservation expires in {count} days' },
  'notify.record': '{provider} reference {reference}: preserved until {expiry}. Ask for an extension or serve legal process.',
  'notify.recordWithCase': '{provider} reference {reference}, case {caseNumber}: preserved until {expiry}. Ask for an extension or serve legal process.',
  'notify.countToday': { one: '{count} preservation expires today', other: '{count} preservations expire today' },
  'notify.countIn': { one: '{count} preservation expires in {days} days', other: '{count} preservations expire in {days} days' },
  'notify.openLocked': 'Open the QuickFreeze register (unlock it with your passphrase) to see which, and ask for extensions or serve legal process.',
  'notify.order': '{provider} order {reference}.',
  'notify.orderWithCase': '{provider} order {reference}, case {caseNumber}.',
  'notify.orderLocked': 'Open the QuickFreeze register (unlock it with your passphrase) to see which order.',
} as const;

export type MessageKey = keyof typeof en;

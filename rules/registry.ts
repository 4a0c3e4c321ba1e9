import type { Rule } from './types';
import harm from './emergency/harm';
import imminence from './emergency/imminence';
import timeframe from './emergency/timeframe';
import nexus from './emergency/nexus';
import personAtRisk from './emergency/person-at-risk';
import providerNotifies from './notification/provider-notifies';
import policyUnknown from './notification/policy-unknown';
import reportIdFormat from './ncmec/report-id-format';
import reportIdMissing from './ncmec/report-id-missing';
import reportIds from './ncmec/report-ids';
import noAttachment from './csam/no-attachment';
import phoneE164 from './identifiers/phone-e164';
import ipTimestamp from './identifiers/ip-timestamp';
import dateRange from './identifiers/date-range';
import usernameFormat from './identifiers/username-format';
import discordSnowflake from './identifiers/discord-snowflake';
import hashFormat from './identifiers/hash-format';

/** Every check, in the order the guide lists them. Ids are stable: the contract and the options depend on them. */
export const rules: readonly Rule[] = [
  harm,
  imminence,
  timeframe,
  nexus,
  personAtRisk,
  providerNotifies,
  policyUnknown,
  reportIdFormat,
  reportIdMissing,
  reportIds,
  noAttachment,
  phoneE164,
  ipTimestamp,
  dateRange,
  usernameFormat,
  discordSnowflake,
  hashFormat,
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}

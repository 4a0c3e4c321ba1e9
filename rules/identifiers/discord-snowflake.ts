import { REQUEST_PAGES, fieldsWithRole, tOf, type Finding, type Rule } from '../types';
import { providerById, providers } from '../../providers/registry';
import { snowflakeDate } from './lib/snowflake';
import { identifierTokens } from './lib/tokens';

const rule: Rule = {
  id: 'identifiers/discord-snowflake',
  severity: 'info',
  pages: REQUEST_PAGES,
  docs: {
    title: 'Discord ids and the date they encode',
    why: 'Every Discord user, server and message id encodes the moment it was created. Seeing that date catches a mistyped id and tells you how old the account is.',
    fix: 'Check that the creation date fits what you know of the account. An id that decodes to a date before 2015 or in the future is mistyped.',
    sources: providers.flatMap((p) => (p.snowflakeIds ? [{ title: p.snowflakeIds.source.title, url: p.snowflakeIds.source.url }] : [])),
  },
  check(context): Finding[] {
    const { snapshot, now } = context;
    const provider = providerById(snapshot.providerId);
    const ids = provider?.snowflakeIds;
    if (!provider || !ids) return [];
    const findings: Finding[] = [];
    for (const field of fieldsWithRole(snapshot, 'account-identifier')) {
      for (const token of identifierTokens(field.value)) {
        const date = snowflakeDate(token, ids.epochMs);
        if (!date) continue;
        const plausible = date.getTime() <= now.getTime();
        findings.push({
          ruleId: rule.id,
          severity: plausible ? 'info' : 'warning',
          message: plausible
            ? tOf(context)('rules.snowflake.created', { provider: provider.name, id: token, date: date.toISOString().slice(0, 16).replace('T', ' ') })
            : tOf(context)('rules.snowflake.future', { provider: provider.name, id: token, date: date.toISOString().slice(0, 10) }),
          fieldKey: field.key,
        });
      }
    }
    return findings;
  },
};

export default rule;

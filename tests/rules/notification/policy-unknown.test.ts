import { describe, expect, it } from 'vitest';
import policyUnknown from '../../../rules/notification/policy-unknown';
import providerNotifies from '../../../rules/notification/provider-notifies';
import { check, snapshot } from '../helpers';

describe('notification/policy-unknown', () => {
  it('says the policy is unknown instead of guessing, for a provider without a sourced policy', () => {
    expect(check(policyUnknown, snapshot('preservation', [], 'kodex')).map((f) => f.severity)).toEqual(['info']);
    expect(check(providerNotifies, snapshot('preservation', [], 'kodex'))).toEqual([]);
  });
  it('is silent where the policy is known', () => {
    expect(check(policyUnknown, snapshot('preservation', [], 'meta'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import hashFormat from '../../../rules/identifiers/hash-format';
import { check, field, snapshot } from '../helpers';

const severities = (fs: Array<{ severity: string }>) => fs.map((f) => f.severity);

describe('identifiers/hash-format', () => {
  const hashes = (value: string) => field({ role: 'hash-values', kind: 'textarea', value });
  it.each(['d41d8cd98f00b204e9800998ecf8427e', 'da39a3ee5e6b4b0d3255bfef95601890afd80709', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'md5:d41d8cd98f00b204e9800998ecf8427e'])('accepts %j', (v) => {
    expect(check(hashFormat, snapshot('preservation', [hashes(v)]))).toEqual([]);
  });
  it.each(['d41d8cd98f00b204e9800998ecf8427', 'zz1d8cd98f00b204e9800998ecf8427e', 'image.jpg'])('rejects %j', (v) => {
    expect(severities(check(hashFormat, snapshot('preservation', [hashes(v)])))).toEqual(['error']);
  });
});

import { describe, expect, it } from 'vitest';
import { defineFeature, runFeatures } from '../../../entrypoints/guide/features/define';
import { FakeSession } from './fake-session';
import { fixture } from './fixture-page';

function probe(include: 'all' | ('preservation' | 'confirmation')[]) {
  const log: string[] = [];
  const feature = defineFeature({
    id: 'probe',
    include,
    init(session, signal) {
      log.push(`start ${session.recognition?.page}`);
      session.contribute('probe', { facts: [] });
      session.on('recognized', () => log.push(`recognized ${session.recognition?.page}`), signal);
      signal.addEventListener('abort', () => log.push('stop'));
    },
  });
  return { feature, log };
}

describe('runFeatures', () => {
  const form = fixture('meta-preservation-react');
  const confirmation = fixture('meta-confirmation');

  it('starts a feature on its page kinds only, and stops it (slice removed) when the kind changes', () => {
    const session = new FakeSession(form.url).load(form.html);
    const { feature, log } = probe(['preservation']);
    runFeatures(session, [feature], new AbortController().signal);
    session.recognize(['typing']);
    expect(log).toEqual(['start preservation', 'recognized preservation']);
    expect(session.slices.has('probe')).toBe(true);

    session.url = confirmation.url;
    session.load(confirmation.html);
    expect(log).toEqual(['start preservation', 'recognized preservation', 'stop']);
    expect(session.slices.has('probe')).toBe(false);
  });

  it('stops every feature when the guide stops', () => {
    const session = new FakeSession(form.url).load(form.html);
    const { feature, log } = probe('all');
    const guide = new AbortController();
    runFeatures(session, [feature], guide.signal);
    guide.abort();
    session.recognize();
    expect(log).toEqual(['start preservation', 'stop']);
    expect(session.slices.size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { offlineFollowUps, type ScoredAnswer } from './offline-follow-ups';

const answer = (over: Partial<ScoredAnswer> = {}): ScoredAnswer => ({
  keyPoints: [
    {
      text: 'Resilience: One service failure does not bring down the platform.',
      status: 'missed',
      keyTerms: ['Resilience'],
    },
    { text: 'Go handles the high-throughput processing.', status: 'covered', keyTerms: ['Go'] },
    { text: 'Redis caches the API responses.', status: 'partly', keyTerms: ['Redis', 'API'] },
  ],
  transcript: 'We moved to Go and the pipeline got faster.',
  structureMissing: [],
  ...over,
});

describe('offline follow-ups', () => {
  it('asks about the missed point first, then the partly covered one, never the covered one', () => {
    const asked = offlineFollowUps(answer(), 5, 1);
    expect(asked.map((f) => f.reason)).toEqual(['missed', 'partly']);
    expect(asked[0]!.text).toContain('resilience');
    // Redis and API are not listed together in the point, so only Redis is named.
    expect(asked[1]!.text).toMatch(/\bRedis\b/);
    expect(asked[1]!.text).not.toMatch(/\bAPI\b/);
    expect(asked.flatMap((f) => f.probes)).not.toContain('Go handles the high-throughput processing.');
  });

  it('asks nothing when every point was covered and no claim lacks evidence', () => {
    const covered = answer().keyPoints.map((p) => ({ ...p, status: 'covered' as const }));
    expect(offlineFollowUps(answer({ keyPoints: covered }), 2, 3)).toEqual([]);
  });

  it('gives the same questions for the same seed, and other wordings for other seeds', () => {
    expect(offlineFollowUps(answer(), 2, 7)).toEqual(offlineFollowUps(answer(), 2, 7));
    const wordings = new Set(Array.from({ length: 12 }, (_, seed) => offlineFollowUps(answer(), 1, seed)[0]!.text));
    expect(wordings.size).toBeGreaterThan(2);
  });

  it('quotes a claim back when the structure check found no number or example', () => {
    const asked = offlineFollowUps(answer({ structureMissing: ['Concrete example or number'] }), 2, 4);
    expect(asked[1]!.reason).toBe('claim');
    expect(asked[1]!.text).toMatch(/^You said “the pipeline got faster”\. /);
    expect(asked[1]!.probes.length).toBeGreaterThan(0);
    expect(offlineFollowUps(answer(), 2, 4).some((f) => f.reason === 'claim')).toBe(false);
  });

  it('varies the angle between follow-ups of one answer', () => {
    const asked = offlineFollowUps(answer(), 2, 11);
    expect(asked[0]!.text.split(' ').slice(0, 3)).not.toEqual(asked[1]!.text.split(' ').slice(0, 3));
  });
});

import { describe, expect, it } from 'vitest';
import { inLexicon } from './english-model';
import { isOrdinaryWord } from './ordinary-word';

describe('isOrdinaryWord', () => {
  it('knows function words, dictionary words and their inflections', () => {
    for (const word of ['however', 'we', 'this', 'monitoring', 'latency', 'dashboards', 'canaries', 'docker'])
      expect(isOrdinaryWord(word), word).toBe(true);
  });

  it('takes coined words with English endings for English', () => {
    for (const word of ['sharding', 'observability', 'containerization', 'autoscaling'])
      expect(isOrdinaryWord(word), word).toBe(true);
  });

  it('does not know product names', () => {
    for (const word of ['nginx', 'terraform', 'kafka', 'kubernetes', 'grafana', 'postgres'])
      expect(isOrdinaryWord(word), word).toBe(false);
  });

  it('gives the same answer however often and in whatever order it is asked', () => {
    expect(inLexicon('zzyzxplorf')).toBe(false);
    expect(inLexicon('controller')).toBe(true);
    expect(inLexicon('zzyzxplorf')).toBe(false);
  });
});

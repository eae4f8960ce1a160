import { describe, expect, it } from 'vitest';
import { countWords, defaultTarget, defaultTargetOptions, spokenWords } from './deck-import';

describe('default targets', () => {
  it('counts spoken words, not code blocks, comments or tags', () => {
    const answer = [
      'Use a **circuit breaker** (fail fast) <br/> so callers recover.',
      '```ts',
      'const breaker = new CircuitBreaker(call, { timeout: 3000 });',
      '```',
      '<!-- internal note about retries -->',
      'Then retry with back-off.',
    ].join('\n');
    expect(spokenWords(answer)).toBe(
      countWords('Use a circuit breaker fail fast so callers recover. Then retry with back-off.'),
    );
    expect(spokenWords('Intro.\n~~~\nunclosed fence runs to the end\n')).toBe(1);
    expect(countWords("It's the p99, not the TCP/IP stack.")).toBe(7);
  });

  it('rounds the speaking time at 150 words per minute and keeps it between 30 s and 5 min', () => {
    expect(defaultTarget(0)).toBe(30);
    expect(defaultTarget(150)).toBe(60);
    expect(defaultTarget(160)).toBe(60);
    expect(defaultTarget(175)).toBe(75);
    expect(defaultTarget(5000)).toBe(300);
    expect(defaultTarget(150, { ...defaultTargetOptions, wordsPerMinute: 100, roundToSeconds: 1 })).toBe(90);
  });
});

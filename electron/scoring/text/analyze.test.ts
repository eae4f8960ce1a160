import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';

const keys = (text: string) =>
  analyzeText(text)
    .filter((t) => !t.stop)
    .map((t) => t.key);

describe('analyzeText', () => {
  it('reads spoken numbers as digits and percentiles either way', () => {
    expect(keys('the ninety ninth percentile')).toEqual(['99', 'percentile']);
    expect(keys('P99')).toEqual(['99', 'percentile']);
    expect(keys('p ninety nine')).toEqual(['99', 'percentile']);
    expect(keys('two hundred and fifty users')).toEqual(['250', 'user']);
    expect(keys('three point five seconds')).toEqual(['3.5', 's']);
    expect(keys('a thousand requests')).toEqual(['1000', 'request']);
  });

  it('gives written and spoken units the same form', () => {
    expect(keys('five hundred millicores')).toEqual(keys('500m'));
    expect(keys('2GB')).toEqual(keys('two gigabytes'));
    expect(keys('50%')).toEqual(keys('fifty percent'));
  });

  it('leaves a lone "one" or "first" as a word', () => {
    expect(analyzeText('one service').map((t) => t.kind)).toEqual(['word', 'word']);
    expect(keys('the first step')).toEqual(['first', 'step']);
  });

  it('maps names and their spoken forms to one key', () => {
    expect(keys('K8s')).toEqual(keys('Kubernetes'));
    expect(keys('Argo CD')).toEqual(keys('ArgoCD'));
    expect(keys('CI/CD')).toEqual(keys('CI CD'));
    expect(keys('infrastructure as code')).toEqual(['iac']);
  });

  it('keeps the source word span of every term', () => {
    const terms = analyzeText('we watch the ninety ninth percentile');
    const number = terms.find((t) => t.kind === 'number');
    expect(number).toMatchObject({ key: '99', first: 3, last: 4 });
  });

  it('marks the content word a negation reaches (the scope chosen on train), never past its clause', () => {
    const negatedIn = (text: string, negationScope?: number) =>
      analyzeText(text, { negationScope: negationScope ?? 1, letterNames: true })
        .filter((t) => t.negated && !t.stop)
        .map((t) => t.surface);
    expect(negatedIn('terminal 1 is not connected to the battery, but the bulb is lit')).toEqual(['connected']);
    expect(negatedIn('terminal 1 is not connected to the battery, but the bulb is lit', 4)).toEqual([
      'connected',
      'battery',
    ]);
    expect(negatedIn('it is not slow but the bulb is lit', 4)).toEqual(['slow']);
  });

  it('treats single letters as names, and "a" as an article before a content word', () => {
    expect(keys('bulb A and C are in a closed path')).toEqual(['bulb', 'a', 'c', 'close', 'path']);
  });

  it('handles text in other scripts without throwing', () => {
    expect(analyzeText('これは テスト です').length).toBeGreaterThan(0);
    expect(analyzeText('')).toEqual([]);
  });
});

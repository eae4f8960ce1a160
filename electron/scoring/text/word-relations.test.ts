import { describe, expect, it } from 'vitest';
import { areOpposite, areRelated } from './word-relations';

describe('WordNet word relations', () => {
  it('finds synonyms and derived forms both ways, and antonyms', () => {
    expect(areRelated('fail', 'failure')).toBe(true);
    expect(areRelated('failure', 'fail')).toBe(true);
    expect(areRelated('entire', 'whole')).toBe(true);
    expect(areOpposite('succeed', 'fail')).toBe(true);
    expect(areRelated('fail', 'banana')).toBe(false);
  });

  it('treats words that name properties of every object ("constructor") as plain words', () => {
    expect(areRelated('constructor', 'object')).toBe(false);
    expect(areOpposite('toString', 'valueOf')).toBe(false);
    expect(areRelated('__proto__', 'null')).toBe(false);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';

type Lemmatizer = typeof import('./lemmatizer');

// Each case loads a fresh lemmatizer, so its cache starts empty as in a new app process.
async function freshLemmatizer(): Promise<Lemmatizer> {
  vi.resetModules();
  return import('./lemmatizer');
}

describe('wordForms', () => {
  beforeEach(() => vi.resetModules());

  it('gives a word the same forms whatever words are looked up beside it', async () => {
    const alone = await freshLemmatizer();
    const leaves = alone.wordForms(['leaves']).get('leaves');
    const building = alone.wordForms(['building']).get('building');
    const left = alone.wordForms(['left']).get('left');

    const beside = await freshLemmatizer();
    expect(beside.wordForms(['the', 'leaves']).get('leaves')).toEqual(leaves);
    expect(beside.wordForms(['it', 'building']).get('building')).toEqual(building);
    expect(beside.wordForms(['the', 'left']).get('left')).toEqual(left);
  });

  it('scores the same take the same way, whatever was scored before it', async () => {
    const take = ['the', 'service', 'leaves', 'the', 'building', 'left', 'running'];
    const first = (await freshLemmatizer()).wordForms(take);

    const afterOthers = await freshLemmatizer();
    afterOthers.wordForms(['autumn', 'the', 'leaves', 'fall', 'it', 'building', 'the', 'left', 'side']);
    expect(afterOthers.wordForms(take)).toEqual(first);
  });

  it('still lemmatizes and stems inflected words', async () => {
    const { wordForms } = await freshLemmatizer();
    const forms = wordForms(['processes', 'deploys', 'data']);
    expect(forms.get('processes')).toEqual({ lemma: 'process', stem: 'process' });
    expect(forms.get('deploys')?.lemma).toBe('deploy');
    expect(forms.get('data')?.lemma).toBe('datum');
  });
});

import { describe, expect, it } from 'vitest';
import { splitWords } from '../text/analyze';
import type { WordRef } from '../types';
import { findFillers } from './fillers';
import { findHedges, findRepeats } from './hedges';

const words = (text: string): WordRef[] =>
  splitWords(text).map((t, index) => ({ index, text: t, start: null, end: null }));
const fillers = (text: string) => findFillers(words(text)).map((h) => h.text);

describe('findFillers', () => {
  it('always counts hesitation sounds', () => {
    expect(fillers('um so uh we erm used it')).toEqual(['um', 'uh', 'erm']);
  });

  it('counts "like" only in filler positions', () => {
    expect(fillers('we used tools like Terraform and Ansible')).toEqual([]);
    expect(fillers('I like Go for workers')).toEqual([]);
    expect(fillers('it was like really slow')).toEqual(['like']);
    expect(fillers('and, like, the pods restarted')).toEqual(['like']);
  });

  it('counts "actually" and "basically" at the start of a clause, not mid-sentence', () => {
    expect(fillers('basically we cache it')).toEqual(['basically']);
    expect(fillers('so actually the queue was full')).toEqual(['actually']);
    expect(fillers('it actually halves the memory')).toEqual([]);
  });

  it('tells "kind of" as a filler from "what kind of"', () => {
    expect(fillers('it is kind of slow')).toEqual(['kind of']);
    expect(fillers('what kind of database')).toEqual([]);
  });

  it('tells "you know" and "I mean" as fillers from their plain uses', () => {
    expect(fillers('the cluster, you know, pulls from git')).toEqual(['you know']);
    expect(fillers('do you know how it works')).toEqual([]);
    expect(fillers('I mean the pods are fine')).toEqual(['I mean']);
  });

  it('gives the index of each filler', () => {
    expect(findFillers(words('we um use it uh')).map((h) => h.index)).toEqual([1, 4]);
  });
});

describe("findFillers with the user's list", () => {
  const mine = (text: string, added: string[], removed: string[] = []) =>
    findFillers(words(text), { added, removed }).map((h) => [h.text, h.index, h.length]);

  it('counts an added word or phrase wherever it is said', () => {
    expect(mine('so we pretty much sharded it, pretty much', ['pretty much'])).toEqual([
      ['pretty much', 2, 2],
      ['pretty much', 6, 2],
    ]);
    expect(mine('so we pretty much sharded it', [])).toEqual([]);
  });

  it('counts an added phrase ending in "?" only as a question tag', () => {
    expect(mine('we shard by tenant, right? that is the right answer', ['right?'])).toEqual([['right?', 4, 1]]);
  });

  it('stops counting a removed built-in filler and keeps the others', () => {
    expect(mine('um it was like, you know, slow', [], ['like'])).toEqual([
      ['um', 0, 1],
      ['you know', 4, 2],
    ]);
    expect(mine('I mean it works', [], ['i mean'])).toEqual([]);
  });
});

describe('findHedges', () => {
  it('finds hedging phrases with their position', () => {
    const hits = findHedges(words('I think maybe we probably could, I guess'));
    expect(hits.map((h) => [h.text, h.index])).toEqual([
      ['i think', 0],
      ['maybe', 2],
      ['probably', 4],
      ['i guess', 6],
    ]);
  });
});

describe('findRepeats', () => {
  it('finds immediate repetitions of one to four words', () => {
    expect(findRepeats(words('the the pod I think I think restarted')).map((h) => h.text)).toEqual(['the', 'i think']);
  });

  it('ignores numbers and words that are fine twice', () => {
    expect(findRepeats(words('it had had ninety nine nine problems'))).toEqual([]);
  });
});

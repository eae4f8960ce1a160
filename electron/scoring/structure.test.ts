import { describe, expect, it } from 'vitest';
import { inferKind, scoreStructure } from './structure';
import { readTranscript } from './transcript';

const structure = (text: string, kind: Parameters<typeof scoreStructure>[1]) =>
  scoreStructure(readTranscript({ transcript: text }), kind);

describe('structure', () => {
  it('finds each STAR part of a story and where it starts', () => {
    const result = structure(
      'at my previous job the deploys kept failing. my task was to fix the pipeline. i rewrote the stages and added caching. as a result builds went from twenty minutes to six',
      'behavioral',
    );
    expect(result.missing).toEqual([]);
    expect(result.score).toBe(100);
    expect(result.parts.find((p) => p.name === 'Result')?.wordIndices).toEqual([22, 23, 24]);
  });

  it('names the missing STAR parts', () => {
    const result = structure('i rewrote the pipeline stages and added caching', 'behavioral');
    expect(result.missing).toEqual(['Situation', 'Task', 'Result']);
    expect(result.score).toBe(25);
  });

  it('looks for trade-offs and a concrete number in technical answers', () => {
    expect(
      structure('we cache in redis, the downside is stale reads for up to five seconds', 'technical').missing,
    ).toEqual([]);
    expect(structure('we cache things in redis', 'technical').missing).toEqual([
      'Trade-offs',
      'Concrete example or number',
    ]);
  });

  it('infers behavioural questions from their wording unless the kind is given', () => {
    expect(inferKind('Tell me about a time you disagreed with your manager')).toBe('behavioral');
    expect(inferKind('Why PostgreSQL over DynamoDB?')).toBe('technical');
    expect(inferKind('Why PostgreSQL?', 'pitch')).toBe('pitch');
  });
});

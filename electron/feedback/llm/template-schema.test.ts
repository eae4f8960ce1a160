import { describe, expect, it } from 'vitest';
import { versionedTemplateSchema } from './template-schema';

const schema = versionedTemplateSchema('interviewer', ['question', 'answer']);
const template = {
  id: 'interviewer-v2',
  version: 2,
  description: 'test',
  system: ['Ask about {{question}}.'],
  user: ['{{answer}}'],
};

describe('versionedTemplateSchema', () => {
  it('accepts a template whose id names its version and that uses every placeholder', () => {
    expect(schema.parse(template)).toEqual(template);
  });

  it('refuses an id of another version, an unknown placeholder and a missing one', () => {
    const messages = (input: object) => schema.safeParse(input).error?.issues.map((i) => i.message) ?? [];
    expect(messages({ ...template, id: 'interviewer-v1' })).toEqual(['id must be interviewer-v2']);
    expect(messages({ ...template, user: ['{{answer}} {{resume}}'] })).toEqual(['unknown placeholder {{resume}}']);
    expect(messages({ ...template, user: ['no answer'] })).toEqual(['missing placeholder {{answer}}']);
  });
});

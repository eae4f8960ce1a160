import fs from 'node:fs';
import path from 'node:path';
import { zodResponseFormat } from 'openai/helpers/zod';
import { describe, expect, it } from 'vitest';
import { coachOutputSchema } from './coach-output';
import {
  currentPromptTemplate,
  promptTemplate,
  promptTemplates,
  promptTemplateSchema,
  renderPrompt,
  rubricText,
  templateVariables,
} from './prompt-template';

const folder = path.resolve(__dirname, '../../../prompts/coach');
const files = fs.readdirSync(folder).filter((f) => f.endsWith('.json'));
const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
const values = Object.fromEntries(templateVariables.map((name) => [name, `<${name}>`])) as Record<
  (typeof templateVariables)[number],
  string
>;

describe('coach prompt templates', () => {
  it.each(files)('%s is valid, named after its version and bundled', (file) => {
    const template = promptTemplateSchema.parse(read(file));
    expect(file).toBe(`v${template.version}.json`);
    expect(promptTemplate(template.id)).toEqual(template);
  });

  it.each(files)('%s renders with every placeholder filled and a schema strict mode accepts', (file) => {
    const template = promptTemplateSchema.parse(read(file));
    const prompt = renderPrompt(template, values);
    expect(prompt.system + prompt.user).not.toMatch(/\{\{|\}\}/);
    expect(prompt.user).toContain('<answer>');
    const format = zodResponseFormat(coachOutputSchema(template), 'coach_feedback');
    expect(format.json_schema.strict).toBe(true);
    expect(Object.keys((format.json_schema.schema as { properties: object }).properties)).toEqual([
      'summary',
      'rubric',
      'strengths',
      'missed',
      'tightened',
    ]);
    expect(rubricText(template).split('\n')).toHaveLength(template.rubric.length);
  });

  it('bundles exactly the files in prompts/coach, with unique versions, newest as current', () => {
    expect(promptTemplates.map((t) => `v${t.version}.json`).sort()).toEqual([...files].sort());
    const versions = promptTemplates.map((t) => t.version);
    expect(new Set(versions).size).toBe(versions.length);
    expect(currentPromptTemplate().version).toBe(Math.max(...versions));
  });

  it('rejects a template with an unknown or a missing placeholder, or a mismatched id', () => {
    const base = promptTemplateSchema.parse(read(files[0]!));
    const bad = [
      { ...base, user: [...base.user, '{{salary}}'] },
      { ...base, user: base.user.map((line) => line.replace('{{answer}}', '')) },
      { ...base, id: 'coach-v99' },
      { ...base, rubric: [...base.rubric, base.rubric[0]] },
    ];
    for (const template of bad) expect(promptTemplateSchema.safeParse(template).success).toBe(false);
  });

  it('inserts values literally, without re-reading placeholders inside them', () => {
    const prompt = renderPrompt(currentPromptTemplate(), { ...values, answer: 'I said {{question}} $& $1' });
    expect(prompt.user).toContain('I said {{question}} $& $1');
  });
});

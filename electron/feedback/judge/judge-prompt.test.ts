import fs from 'node:fs';
import path from 'node:path';
import { zodResponseFormat } from 'openai/helpers/zod';
import { describe, expect, it } from 'vitest';
import { judgeOutputSchema } from './judge-output';
import { judgeTemplates, judgeTemplateSchema, numberedKeyPoints, renderJudgePrompt } from './judge-prompt';

const folder = path.resolve(__dirname, '../../../prompts/judge');
const files = fs.readdirSync(folder).filter((f) => f.endsWith('.json'));
const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));

describe('judge prompt templates', () => {
  it.each(files)('%s is valid, named after its version and bundled', (file) => {
    const template = judgeTemplateSchema.parse(read(file));
    expect(file).toBe(`v${template.version}.json`);
    expect(judgeTemplates).toContainEqual(template);
  });

  it.each(files)('%s renders with every placeholder filled', (file) => {
    const template = judgeTemplateSchema.parse(read(file));
    const prompt = renderJudgePrompt(template, {
      question: '<question>',
      modelAnswer: '<modelAnswer>',
      keyPoints: numberedKeyPoints(['First', 'Second']),
      answer: 'costs {{question}} nothing',
    });
    expect(prompt.user).toContain('1. First\n2. Second');
    // A transcript that happens to contain braces is inserted as said, not filled again.
    expect(prompt.user).toContain('costs {{question}} nothing');
    expect(prompt.system).not.toMatch(/\{\{|\}\}/);
  });

  it('refuses a template that forgets the key points or names an unknown value', () => {
    const base = read(files[0]!) as { user: string[] };
    const withoutPoints = { ...base, user: base.user.filter((line) => !line.includes('{{keyPoints}}')) };
    expect(judgeTemplateSchema.safeParse(withoutPoints).error?.message).toContain('missing placeholder {{keyPoints}}');
    const unknown = { ...base, user: [...base.user, '{{score}}'] };
    expect(judgeTemplateSchema.safeParse(unknown).error?.message).toContain('unknown placeholder {{score}}');
  });

  it('asks for a schema that strict structured output accepts', () => {
    const format = zodResponseFormat(judgeOutputSchema, 'key_point_verdicts');
    expect(format.json_schema.strict).toBe(true);
    expect(JSON.stringify(format.json_schema.schema)).toContain('"enum":["covered","partly","missed"]');
  });
});

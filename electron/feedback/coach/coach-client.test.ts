import { afterEach, describe, expect, it } from 'vitest';
import { askCoach, type CoachConnection } from './coach-client';
import { currentPromptTemplate } from './prompt-template';
import { sampleAdvice, sampleCoachRequest, startCoachServer, type CoachReply } from './testing/coach-server';

const request = sampleCoachRequest;

let server: Awaited<ReturnType<typeof startCoachServer>> | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function ask(replies: CoachReply[], connection: Partial<CoachConnection> = {}) {
  server = await startCoachServer(replies);
  return askCoach(
    { baseUrl: server.baseUrl, apiKey: 'sk-test', model: 'gpt-test', timeoutMs: 5_000, ...connection },
    request,
  );
}

describe('askCoach', () => {
  it('sends the versioned prompt with a strict JSON schema and returns the rubric in the template order', async () => {
    const advice = await ask(['ok']);
    const template = currentPromptTemplate();
    expect(advice).toMatchObject({
      promptId: template.id,
      promptVersion: template.version,
      model: 'gpt-test',
      summary: sampleAdvice.summary,
      strengths: sampleAdvice.strengths,
      missed: sampleAdvice.missed,
      tightened: sampleAdvice.tightened,
    });
    expect(advice.rubric.map((r) => [r.key, r.score])).toEqual(
      template.rubric.map((r) => [r.key, sampleAdvice.rubric[r.key as 'accuracy'].score]),
    );
    expect(advice.rubric[0]).toMatchObject({ label: 'Accuracy', max: 5, reason: 'The deployment steps are right.' });

    const [sent] = server!.received;
    expect(sent!.authorization).toBe('Bearer sk-test');
    expect(sent!.responseFormat).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'coach_feedback', strict: true },
    });
    expect(sent!.messages.map((m) => m.role)).toEqual(['system', 'user']);
    const user = sent!.messages[1]!.content;
    expect(user).toContain('um so we use argo cd and helm charts basically');
    expect(user).toContain('(42 s, target 60 s)');
    expect(user).toContain('roll back by reverting the commit');
    expect(user).not.toMatch(/\{\{/);
  });
});

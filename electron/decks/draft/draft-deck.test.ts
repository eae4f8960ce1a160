import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiCaller } from '../../testing/api-caller';
import { tempServices } from '../../testing/temp-services';
import { startDeckDraftServer } from './testing/deck-draft-server';

let services: ReturnType<typeof tempServices>;
let server: Awaited<ReturnType<typeof startDeckDraftServer>> | null;

beforeEach(() => {
  services = tempServices();
  server = null;
});
afterEach(async () => {
  services.dispose();
  await server?.close();
});

const api = apiCaller(() => services);
const call = api.value;

const jobDescription =
  'Platform Engineer, Acme. You will run our Kubernetes clusters, build the deploy pipeline and be on call. ' +
  'Experience with Terraform and Go is a plus.';
const resume = 'Five years at Initech running EKS; led the move from Jenkins to Argo CD.';

async function interviewerOn(replies: Parameters<typeof startDeckDraftServer>[0] = []) {
  server = await startDeckDraftServer(replies);
  await call('settings.update', {
    interviewerLlmEnabled: true,
    interviewerBaseUrl: server.baseUrl,
    interviewerModel: 'drafter-8b',
  });
  await call('followUps.interviewer.apiKey.set', { key: 'sk-drafter' });
  return server;
}

describe('a deck drafted from a job description', () => {
  it('comes back as an import preview, sections in order, answers as key points, nothing saved', async () => {
    const llm = await interviewerOn();
    const { source, preview } = await call('decks.draftFromJob', { jobDescription, resume });
    expect(preview.title).toBe('Platform Engineer at Acme');
    expect(preview.format).toBe('json');
    expect(preview.skipped).toEqual([]);
    expect(preview.questions.map((q) => [q.section, q.kind, q.prompt])).toEqual([
      ['Behavioural', 'behavioral', 'Tell me about a time an outage was your fault.'],
      ['Technical', 'technical', 'How would you run Kubernetes upgrades without downtime?'],
      ['Role-specific', 'pitch', 'Why do you want to work on our developer platform?'],
    ]);
    expect(preview.questions[1]!.modelAnswer).toBe(
      '- Drain nodes one at a time\n- PodDisruptionBudgets keep replicas serving\n- Upgrade staging first',
    );
    // A target out of bounds is brought back to the longest the clock allows, as the model stated it.
    expect(preview.questions.map((q) => [q.targetSeconds, q.targetSource])).toEqual([
      [120, 'stated'],
      [90, 'stated'],
      [1800, 'stated'],
    ]);
    expect(source.fileName).toBe('job-description-draft.json');
    expect(preview.sourceHash).toHaveLength(64);

    expect(llm.received).toHaveLength(1);
    expect(llm.received[0]!.model).toBe('drafter-8b');
    expect(llm.received[0]!.authorization).toBe('Bearer sk-drafter');
    expect(llm.received[0]!.responseFormat).toMatchObject({ json_schema: { name: 'deck_draft', strict: true } });
    const user = llm.received[0]!.messages[1]!.content;
    expect(user).toContain(jobDescription);
    expect(user).toContain(resume);

    // Only the user's save makes it a deck, through the same call as any import.
    expect((await call('decks.list', {})).map((d) => d.title)).not.toContain('Platform Engineer at Acme');
    const saved = await call('decks.saveImport', {
      title: preview.title,
      questions: preview.questions.map(({ line: _line, ...question }) => question),
      fileName: source.fileName,
      sourceHash: preview.sourceHash,
    });
    expect(saved.added).toBe(3);
  });

  it('says no résumé was given when there is none', async () => {
    const llm = await interviewerOn();
    await call('decks.draftFromJob', { jobDescription });
    expect(llm.received[0]!.messages[1]!.content).toContain("The candidate's résumé:\n(none given)");
  });

  it('explains what is needed when the LLM interviewer is off, and refuses a job description too short to draft from', async () => {
    await expect(call('decks.draftFromJob', { jobDescription })).rejects.toMatchObject({
      code: 'CONFLICT',
      detail: { reason: 'draft-needs-interviewer', who: 'interviewer' },
    });
    const short = await api.result('decks.draftFromJob', { jobDescription: 'Engineer' });
    expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it.each([
    ['a reply that is not JSON', 'malformed' as const, 'ENGINE_FAILED', 'bad-format'],
    ['a rejected key', 401 as const, 'UNAUTHORIZED', 'key-rejected'],
  ])('reports %s with its reason and saves nothing', async (_, reply, code, reason) => {
    await interviewerOn([reply]);
    await expect(call('decks.draftFromJob', { jobDescription })).rejects.toMatchObject({
      code,
      detail: { reason, who: 'interviewer' },
    });
    expect((await call('decks.list', {})).map((d) => d.title)).not.toContain('Platform Engineer at Acme');
  });
});

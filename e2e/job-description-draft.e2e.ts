// A deck drafted from a job description: first the import page explains that
// the LLM interviewer is needed; once it is set up in Settings against a chat
// server on this computer, the pasted job description comes back as drafted
// questions in the import preview, one is fixed, and the saved deck is in the
// library after a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeckDraftServer, sampleDraft } from '../electron/decks/draft/testing/deck-draft-server';
import { startApp, type AppHandle } from './harness';
import { openSettings, useInterviewerLlm } from './settings-page';

const jobDescription =
  'Platform Engineer, Acme. You will run our Kubernetes clusters, build the deploy pipeline and be on call. ' +
  'Experience with Terraform and Go is a plus.';
const resume = 'Five years at Initech running EKS.';

let app: AppHandle;
let llm: Awaited<ReturnType<typeof startDeckDraftServer>>;

beforeAll(async () => {
  llm = await startDeckDraftServer();
  app = await startApp();
}, 120_000);
afterAll(async () => {
  await app?.close();
  await llm?.close();
});

describe('a deck from a job description', () => {
  it('drafts questions into the import preview, where they are edited and saved like an imported guide', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/library/import`);
    await page.getByTestId('job-draft-unavailable').waitFor();
    expect(await page.getByTestId('job-draft-unavailable').textContent()).toMatch(/import a guide above instead/);

    await openSettings(page, app.origin);
    await useInterviewerLlm(page, { baseUrl: llm.baseUrl, model: 'drafter-8b', key: 'sk-drafter' });
    await page.goto(`${app.origin}/#/library/import`);
    await page.getByTestId('job-draft-description').fill(jobDescription);
    await page.getByTestId('job-draft-resume').fill(resume);
    await page.getByTestId('job-draft-submit').click();

    const rows = page.getByTestId('preview-row');
    await page.getByTestId('preview-list').waitFor({ timeout: 30_000 });
    await expect.poll(() => rows.count()).toBe(sampleDraft.questions.length);
    expect(await page.getByTestId('import-title').inputValue()).toBe(sampleDraft.title);
    expect(await rows.nth(0).getByTestId('preview-prompt').inputValue()).toBe(
      'Tell me about a time an outage was your fault.',
    );
    expect(llm.received).toHaveLength(1);
    expect(llm.received[0]!.authorization).toBe('Bearer sk-drafter');
    expect(llm.received[0]!.messages[1]!.content).toContain(resume);

    await rows.nth(1).getByTestId('preview-target').fill('75');
    await page.getByTestId('import-save').click();
    await page.getByTestId('import-saved').waitFor();
    expect(await page.getByTestId('import-saved').textContent()).toContain(`${sampleDraft.questions.length} added`);

    await page.reload();
    await page.getByRole('link', { name: 'Library', exact: true }).first().click();
    const card = page.getByTestId('deck-card').filter({ hasText: sampleDraft.title });
    await card.waitFor();
    expect(await card.textContent()).toContain(`${sampleDraft.questions.length} questions`);
    expect(app.consoleErrors).toEqual([]);
  }, 180_000);
});

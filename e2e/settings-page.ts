// Drives the Settings page the way a user does: each change is made in a
// field, then the test waits for the save it triggers, so the next change
// starts from what is stored.
import type { Locator, Page } from 'playwright-core';

/** Runs `change` and waits until the call it makes has been answered. */
export async function saved(page: Page, callName: string, change: () => Promise<unknown>): Promise<void> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/call/${callName}`) && r.status() === 200),
    change(),
  ]);
  const body = (await response.json()) as { ok: boolean; error?: { message: string } };
  if (!body.ok) throw new Error(`${callName} was refused: ${body.error?.message}`);
}

/** Types a value into a field that saves when it is left. */
export async function typeAndLeave(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Tab');
}

export async function openSettings(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/#/settings`);
  await page.getByTestId('think-seconds').waitFor();
}

/** Chooses "OpenAI or a compatible server" and gives it an address, a model and, if given, a key. */
export async function useCompatibleServer(
  page: Page,
  server: { baseUrl: string; model: string; key?: string },
): Promise<void> {
  await saved(page, 'transcription.settings.update', () =>
    page.getByTestId('transcription-engine').selectOption('openai'),
  );
  await saved(page, 'transcription.settings.update', () =>
    typeAndLeave(page.getByTestId('transcription-server'), server.baseUrl),
  );
  await saved(page, 'transcription.settings.update', () =>
    typeAndLeave(page.getByTestId('transcription-model'), server.model),
  );
  if (server.key !== undefined) {
    const key = server.key;
    await saved(page, 'transcription.apiKey.set', async () => {
      await page.getByTestId('api-key').fill(key);
      // The coach has a key field of its own: press the engine's button.
      await page.getByTestId('api-key').locator('..').getByRole('button', { name: 'Save key' }).click();
    });
  }
}

/** Turns the coach on and points it at a server and model. */
export async function useCoach(page: Page, coach: { baseUrl: string; model: string }): Promise<void> {
  await saved(page, 'settings.update', () => page.getByTestId('coach-enabled').check());
  await saved(page, 'settings.update', () => typeAndLeave(page.getByTestId('coach-server'), coach.baseUrl));
  await saved(page, 'settings.update', () => typeAndLeave(page.getByTestId('coach-model'), coach.model));
}

/** Turns the judge on, points it at a server and model, and saves that server's key if one is given. */
export async function useJudge(page: Page, judge: { baseUrl: string; model: string; key?: string }): Promise<void> {
  await saved(page, 'settings.update', () => page.getByTestId('judge-enabled').check());
  await saved(page, 'settings.update', () => typeAndLeave(page.getByTestId('judge-server'), judge.baseUrl));
  await saved(page, 'settings.update', () => typeAndLeave(page.getByTestId('judge-model'), judge.model));
  if (judge.key !== undefined) {
    const key = judge.key;
    await saved(page, 'judge.apiKey.set', async () => {
      await page.getByTestId('judge-api-key').fill(key);
      await page.getByTestId('judge-api-key').locator('..').getByRole('button', { name: 'Save key' }).click();
    });
    await page.getByTestId('judge-api-key-state').filter({ hasText: '(saved)' }).waitFor();
  }
}

/** Turns the LLM interviewer on, points it at a server and model, and saves that server's key if one is given. */
export async function useInterviewerLlm(
  page: Page,
  interviewer: { baseUrl: string; model: string; key?: string },
): Promise<void> {
  await saved(page, 'settings.update', () => page.getByTestId('interviewer-llm-enabled').check());
  await saved(page, 'settings.update', () => typeAndLeave(page.getByTestId('interviewer-server'), interviewer.baseUrl));
  await saved(page, 'settings.update', () => typeAndLeave(page.getByTestId('interviewer-model'), interviewer.model));
  if (interviewer.key !== undefined) {
    const key = interviewer.key;
    await saved(page, 'followUps.interviewer.apiKey.set', async () => {
      await page.getByTestId('interviewer-api-key').fill(key);
      await page.getByTestId('interviewer-api-key').locator('..').getByRole('button', { name: 'Save key' }).click();
    });
    await page.getByTestId('interviewer-api-key-state').filter({ hasText: '(saved)' }).waitFor();
  }
}

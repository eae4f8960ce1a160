import { AppError } from '@contract/app-error';
import type { ImportPreview } from '@contract/decks';
import type { Settings } from '@contract/settings';
import { interviewerConfig } from '../../interviewer/llm/interviewer-config';
import { askForJson } from '../../feedback/llm/structured-chat';
import type { ServerKeys } from '../../transcription/keys/server-keys';
import type { DeckLibrary } from '../deck-library';
import { currentDeckDraftTemplate, renderDeckDraftPrompt } from './deck-draft-prompt';
import { deckDraftOutputSchema, draftAsDeckFile } from './deck-draft-output';

export const draftFileName = 'job-description-draft.json';

/**
 * Asks the LLM interviewer's server to draft a deck from a job description
 * (and résumé), and reads the draft like an imported deck file: the preview
 * comes back for the user to edit and save. Nothing is saved here.
 */
export async function draftDeckFromJob(
  deps: { settings: Settings; keys: ServerKeys; library: DeckLibrary; maxRetries?: number },
  input: { jobDescription: string; resume: string | null; signal?: AbortSignal },
): Promise<{ source: { fileName: string; text: string }; preview: ImportPreview }> {
  const { status, connection } = await interviewerConfig(
    deps.settings,
    deps.keys,
    deps.settings.deckDraftTimeoutSeconds,
  );
  if (!connection)
    throw new AppError(
      'CONFLICT',
      status.blocker === 'API_KEY_MISSING'
        ? { reason: 'api-key-missing', who: 'interviewer' }
        : { reason: 'draft-needs-interviewer', who: 'interviewer' },
    );
  const template = currentDeckDraftTemplate();
  const { output } = await askForJson(
    { ...connection, ...(deps.maxRetries === undefined ? {} : { maxRetries: deps.maxRetries }) },
    {
      who: 'interviewer',
      schemaName: 'deck_draft',
      schema: deckDraftOutputSchema,
      prompt: renderDeckDraftPrompt(template, {
        jobDescription: input.jobDescription.trim(),
        resume: input.resume?.trim() || '(none given)',
      }),
      signal: input.signal,
    },
  );
  const text = draftAsDeckFile(output);
  return { source: { fileName: draftFileName, text }, preview: await deps.library.preview(draftFileName, text) };
}

import type { z } from 'zod';
import deckDraftV1 from '../../../prompts/deck-draft/v1.json';
import { fillPlaceholders } from '../../feedback/llm/prompt-text';
import { versionedTemplateSchema } from '../../feedback/llm/template-schema';

const deckDraftVariables = ['jobDescription', 'resume'] as const;
export type DeckDraftVariable = (typeof deckDraftVariables)[number];

export const deckDraftTemplateSchema = versionedTemplateSchema('deck-draft', deckDraftVariables);
export type DeckDraftTemplate = z.infer<typeof deckDraftTemplateSchema>;

/** Every bundled template, oldest first. Released templates never change: a new wording is a new version. */
export const deckDraftTemplates: readonly DeckDraftTemplate[] = [deckDraftTemplateSchema.parse(deckDraftV1)];

export const currentDeckDraftTemplate = (): DeckDraftTemplate => deckDraftTemplates.at(-1)!;

export function renderDeckDraftPrompt(template: DeckDraftTemplate, values: Record<DeckDraftVariable, string>) {
  return { system: fillPlaceholders(template.system, values), user: fillPlaceholders(template.user, values) };
}

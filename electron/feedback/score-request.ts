import type { ApiError } from '@contract';
import { toApiError } from '../errors/to-api-error';
import type { DeckQuestion } from '../scoring/content/deck';
import type { ScoreReport } from '../scoring/report';
import { scoreAnswer } from '../scoring/score-answer';
import type { ScoreSettingsOverrides } from '../scoring/settings';
import type { ScoreInput } from '../scoring/types';
import type { VoiceTrack } from '../voice/voice-track';
import { DeckWeights } from './deck-weights';

/** Everything one take's score depends on, as posted to the scorer's worker. */
export interface ScoreRequest {
  readonly input: ScoreInput;
  readonly settings: ScoreSettingsOverrides;
  /** The take's deck: its questions and model answers weigh the terms and name the other questions. */
  readonly deck: { readonly id: string; readonly questions: readonly DeckQuestion[] };
  /**
   * The take's voice track as stored (JSON of a VoiceTrack), parsed where it is scored; null when its recording
   * could not be read, undefined when it has no voice part.
   */
  readonly voiceJson?: string | null;
}

// One per thread that scores: the scorer caches its analysis of each model answer per deck object.
const decks = new DeckWeights();

/** Scores one take exactly as the app does, wherever it runs. */
export function runScoreRequest(request: ScoreRequest): ScoreReport {
  const deck = decks.get(request.deck.id, request.deck.questions);
  const { voiceJson } = request;
  const voice = voiceJson === undefined ? undefined : voiceJson === null ? null : (JSON.parse(voiceJson) as VoiceTrack);
  return scoreAnswer(request.input, { settings: request.settings, deck, ...(voice !== undefined && { voice }) });
}

/** A score that threw, as its coded answer (the word vectors missing from the install, a full disk…). */
export const scoreFailure = (error: unknown): ApiError => toApiError(error);

import { scoreContent } from './content/content-score';
import { prepareReference, type PreparedReference } from './content/reference';
import type { Idf } from './content/term-weights';
import { scoreDelivery } from './delivery/delivery-score';
import type { PhraseHit } from './delivery/fillers';
import type { ScoreReport } from './report';
import { resolveSettings, type ScoreSettings, type ScoreSettingsOverrides } from './settings';
import { inferKind, scoreStructure } from './structure';
import { splitWords } from './text/analyze';
import { scoreTiming, targetFromModelAnswer } from './timing';
import { rankTips } from './tips';
import { evidenceFor, readTranscript, type Transcript } from './transcript';
import type { ScoreInput } from './types';
import type { VoiceTrack } from '../voice/voice-track';

export interface ScoreOptions {
  settings?: ScoreSettingsOverrides;
  /** Specificity across the deck's model answers (see deckSpecificity); without it every term weighs the same. */
  deck?: Idf;
  /** The take's voice track (electron/voice); null when its recording could not be read. Without it, no voice measures. */
  voice?: VoiceTrack | null;
}

// Model answers repeat across attempts; analysing each once per deck keeps a score within a few milliseconds.
const noDeck = {};
const references = new WeakMap<object, Map<string, PreparedReference>>();

function reference(input: ScoreInput, settings: ScoreSettings, deck?: Idf): PreparedReference {
  const perDeck = references.get(deck ?? noDeck) ?? new Map<string, PreparedReference>();
  references.set(deck ?? noDeck, perDeck);
  const key = JSON.stringify([input.question, input.modelAnswer, settings.content]);
  const cached = perDeck.get(key);
  if (cached) return cached;
  const prepared = prepareReference(input.question, input.modelAnswer, settings.content, deck);
  if (perDeck.size > 500) perDeck.clear();
  perDeck.set(key, prepared);
  return prepared;
}

function phrases(transcript: Transcript, hits: readonly PhraseHit[]) {
  return hits.map((h) => {
    const evidence = evidenceFor(
      transcript,
      Array.from({ length: h.length }, (_, k) => h.index + k),
    );
    return { text: h.text, ...evidence };
  });
}

/** Scores one spoken answer against its model answer and timing target. Pure: same input, same report. */
export function scoreAnswer(input: ScoreInput, options: ScoreOptions = {}): ScoreReport {
  const settings = resolveSettings(options.settings);
  const transcript = readTranscript(input);
  const content = scoreContent(reference(input, settings, options.deck), transcript.terms, settings.content);
  const delivery = scoreDelivery(transcript, input.durationSeconds, settings.delivery, options.voice);
  const target = input.targetSeconds
    ? { seconds: input.targetSeconds, source: 'given' as const }
    : { seconds: targetFromModelAnswer(splitWords(input.modelAnswer).length), source: 'model-answer' as const };
  const timing = scoreTiming(input.durationSeconds, delivery.wordCount, target, settings.timing);
  const structure = scoreStructure(transcript, inferKind(input.question, input.kind));
  const w = settings.weights;
  const sum = w.content + w.delivery + w.timing + w.structure || 1;
  const weights = {
    content: w.content / sum,
    delivery: w.delivery / sum,
    timing: w.timing / sum,
    structure: w.structure / sum,
  };
  const overall = Math.round(
    content.score * weights.content +
      delivery.score * weights.delivery +
      timing.score * weights.timing +
      structure.score * weights.structure,
  );
  return {
    overall,
    breakdown: {
      content: content.score,
      delivery: delivery.score,
      timing: timing.score,
      structure: structure.score,
      weights,
    },
    content: {
      score: content.score,
      keyPoints: content.points.map((p) => ({
        text: p.text,
        status: p.status,
        coverage: Math.round(p.coverage * 100) / 100,
        weight: Math.round(p.weight * 100) / 100,
        keyTerms: p.keyTerms,
        evidence: evidenceFor(transcript, p.wordIndices),
      })),
      keywordList: content.keywordList,
      explanationShare: Math.round(content.explanationShare * 100) / 100,
    },
    delivery: {
      score: delivery.score,
      wpm: delivery.wpm,
      wordCount: delivery.wordCount,
      speakingSeconds: delivery.speakingSeconds,
      firstWordSeconds: delivery.firstWordSeconds,
      fillers: {
        count: delivery.fillers.length,
        perMinute: delivery.fillersPerMinute,
        items: phrases(transcript, delivery.fillers),
      },
      pauses: delivery.pauses.map((p) => ({
        ...p,
        between: [transcript.words[p.afterIndex]?.text ?? '', transcript.words[p.afterIndex + 1]?.text ?? ''],
      })),
      hedges: { count: delivery.hedges.length, items: phrases(transcript, delivery.hedges) },
      repeats: phrases(transcript, delivery.repeats),
      deductions: delivery.deductions,
      ...(delivery.voice && { voice: delivery.voice }),
    },
    timing,
    structure,
    tips: rankTips({ content, delivery, timing, structure }, settings.weights),
  };
}

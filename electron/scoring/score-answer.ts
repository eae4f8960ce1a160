import { type ContentResult, scoreContent } from './content/content-score';
import type { Deck, DeckQuestion } from './content/deck';
import { contentKeys, likelyOtherQuestions, type OtherQuestionFit } from './content/other-question';
import { prepareReference, type PreparedReference } from './content/reference';
import type { Term } from './text/analyze';
import { scoreDelivery } from './delivery/delivery-score';
import type { PhraseHit } from './delivery/fillers';
import type { ScoreReport } from './report';
import { defaultScoreSettings, resolveSettings, type ScoreSettings, type ScoreSettingsOverrides } from './settings';
import { inferKind, scoreStructure } from './structure';
import { splitWords } from './text/analyze';
import { scoreTiming, targetFromModelAnswer } from './timing';
import { rankTips } from './tips';
import { evidenceFor, readTranscript, type Transcript } from './transcript';
import type { ScoreInput } from './types';
import type { VoiceTrack } from '../voice/voice-track';

export interface ScoreOptions {
  settings?: ScoreSettingsOverrides;
  /**
   * The deck the question belongs to (see deckContext): specificity across its model answers, and its other
   * questions. Without it every term weighs the same and no other question is considered.
   */
  deck?: Deck;
  /** The take's voice track (electron/voice); null when its recording could not be read. Without it, no voice measures. */
  voice?: VoiceTrack | null;
}

// Model answers repeat across takes; analysing each once per deck keeps a score within a few milliseconds.
const noDeck = {};
const references = new WeakMap<object, Map<string, PreparedReference>>();
const deckKeys = new WeakMap<Deck, { question: DeckQuestion; keys: Set<string> }[]>();

function reference(question: DeckQuestion, settings: ScoreSettings, deck?: Deck): PreparedReference {
  const perDeck = references.get(deck ?? noDeck) ?? new Map<string, PreparedReference>();
  references.set(deck ?? noDeck, perDeck);
  const key = JSON.stringify([question.question, question.modelAnswer, settings.content]);
  const cached = perDeck.get(key);
  if (cached) return cached;
  const prepared = prepareReference(question.question, question.modelAnswer, settings.content, deck?.idf);
  if (perDeck.size > 500) perDeck.clear();
  perDeck.set(key, prepared);
  return prepared;
}

function keysOf(deck: Deck) {
  const cached = deckKeys.get(deck);
  if (cached) return cached;
  const keys = deck.questions.map((question) => ({
    question,
    keys: contentKeys(
      prepareReference(question.question, question.modelAnswer, defaultScoreSettings.content).points.flatMap((p) =>
        p.terms.map((t) => t.term),
      ),
    ),
  }));
  deckKeys.set(deck, keys);
  return keys;
}

/**
 * Right question, not just right topic: the deck's other question this answer fits clearly better than its own
 * (the key points it earns there beat those it earns here by the margin), or null.
 */
function otherQuestionFit(
  own: DeckQuestion,
  content: ContentResult,
  terms: readonly Term[],
  settings: ScoreSettings,
  deck?: Deck,
): OtherQuestionFit | null {
  const { otherQuestionMargin, otherQuestionUnder } = settings.content;
  if (!deck || otherQuestionMargin >= 100 || content.score >= Math.min(100, otherQuestionUnder)) return null;
  let best: OtherQuestionFit | null = null;
  for (const other of likelyOtherQuestions(own, keysOf(deck), contentKeys(terms), 2)) {
    // Key points tell a deck's questions apart; the overall meaning of answers on one topic is close for all of them.
    const score = scoreContent(reference(other, settings, deck), terms, settings.content).pointsScore;
    if (score >= content.pointsScore + otherQuestionMargin && score > (best?.score ?? 0)) {
      best = { question: other.question, score };
    }
  }
  return best;
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
  const transcript = readTranscript(input, settings.content);
  const own = { question: input.question, modelAnswer: input.modelAnswer };
  const fitted = scoreContent(reference(own, settings, options.deck), transcript.terms, settings.content);
  const otherQuestion = otherQuestionFit(own, fitted, transcript.terms, settings, options.deck);
  // An answer that fits another question better keeps the share of that fit its own question's key points get.
  const content = otherQuestion
    ? { ...fitted, score: Math.round((fitted.score * fitted.pointsScore) / otherQuestion.score), otherQuestion }
    : { ...fitted, otherQuestion };
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
        ...(p.inOtherWords ? { inOtherWords: true } : {}),
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

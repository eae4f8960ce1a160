import { DEFAULT_CONE_DEGREES } from '@contract/presence-framing';
import type { Patch } from '@contract/patch';

/** Changes to the built-in filler list (electron/scoring/delivery/fillers.ts): lowercase words or short phrases. */
export interface FillerWords {
  /** Counted wherever said; one ending in "?" only as a question tag ("right?"). */
  added: string[];
  /** Built-in fillers the user does not want counted. */
  removed: string[];
}

/**
 * Every norm and weight the scorer uses, with where it comes from. Callers override any part;
 * a score can be traced to the numbers here plus words and timestamps.
 */
export interface ScoreSettings {
  content: {
    /** Coverage (weighted share of a point's terms said close together) at which a point counts as covered. */
    coveredAt: number;
    /** Coverage at which a point counts as partly covered. */
    partlyAt: number;
    /** Coverage below this earns nothing: stray shared words are not knowledge. */
    creditFrom: number;
    /** Weight of model-answer terms that also appear in the question (saying the question back earns little). */
    questionWeight: number;
    /** Lowest specificity weight a term can have, however common it is across the deck. */
    idfFloor: number;
    /** Extra weight for a point's key terms (bold labels, numbers, named technologies). */
    keyTermWeight: number;
    /** Share of explanatory words (pronouns, verbs "is/are/have", connectives) below which an answer reads as a keyword list. */
    explanationShare: number;
    /** Lowest multiplier for an answer that is only a keyword list. */
    keywordListFloor: number;
    /** Cosine of two word vectors from which an answer word counts as saying a point's word in other words; 1 turns it off. */
    semanticFrom: number;
    /** Credit (0..1) for an answer word whose vector is that close: weaker evidence than a listed synonym. */
    semanticCredit: number;
    /** Credit (0..1) for an answer word WordNet gives as a synonym or derived form of a point's word; 0 turns it off. */
    relatedCredit: number;
    /** Cosine of the answer's and the model answer's mean word vectors from which the answer's overall meaning earns
     * credit (Sultan, Salazar & Sumner 2016, the sentence term beside aligned words); 1 turns it off. */
    sentenceFrom: number;
    /** Content points (of 100) the overall meaning adds at full similarity; 0 turns it off. Off by default: on SemEval
     * train it does not pay (0.7083 off, 0.7074-0.7077 at 30-70), though it puts the paraphrase set's training deck
     * 98.5% in order instead of 95.5% and lifts answers in other words (bench:scoring-select prints both). */
    sentenceCredit: number;
    /** Content score the key points must earn before overall meaning adds to it: an answer merely on topic earns none. */
    sentenceNeeds: number;
    /** Overall meaning adds only to an answer that says some point in other words (false: to any answer whose points
     * earn `sentenceNeeds`). With it false, credit 40 from cosine 0.7 (needs 15) gains on SemEval train (0.7121 against
     * 0.7083), but loses Beetle unseen answers (0.715 against 0.722) and puts the paraphrase set at 94.8%, so
     * `sentenceCredit` stays 0. */
    sentenceOnlyInOtherWords: boolean;
    /** Content points (of 100) by which another question of the deck must fit the answer better before it is marked down; 100 turns it off. */
    otherQuestionMargin: number;
    /** Only an answer scoring under this on its own question is checked against the others: one that answers its own
     * question well may share ground with another question (100 checks every answer). */
    otherQuestionUnder: number;
    /** Content words a negation reaches ("not *connected*"), up to the end of its clause. */
    negationScope: number;
    /** Share of its coverage a point keeps when the answer says the opposite of part of it; 1 ignores contradictions. */
    contradictedShare: number;
    /** Read single letters as names ("bulb A", "plan B") rather than the article "a". */
    letterNames: boolean;
  };
  delivery: {
    /** Comfortable conversational pace, words per minute. Source: National Center for Voice and Speech,
     * "Voice Qualities" (conversational English about 150 wpm); presentation coaching norm 130-160 wpm. */
    wpmMin: number;
    wpmMax: number;
    /** Filler words per minute still heard as fluent. Source: interview-coaching rule of thumb of
     * about 1 per 20 words (~3/min at 150 wpm); lower is better. */
    fillersPerMinuteMax: number;
    /** Silence long enough to be noticed as a pause in an answer. Source: turn-taking research puts
     * listeners' tolerance for silence near 1 s (Jefferson 1989); 2 s is clearly a hesitation. */
    longPauseSeconds: number;
    /** Time to first word that starts to feel like a stall, seconds. */
    firstWordSeconds: number;
    /** Hedges per minute before an answer sounds unsure. */
    hedgesPerMinuteMax: number;
    /** Length of repeated word sequences that count as a repetition ("I think I think"). */
    repeatMinWords: number;
    /** The user's own fillers and the built-in ones they took off; empty lists count the built-in ones. */
    fillerWords: FillerWords;
    /** Pitch spread (standard deviation in semitones over an 8 s window) below which a voice sounds flat.
     * Source: Traunmüller & Eriksson (1995), "The frequency range of the voice fundamental in the speech of male
     * and female adults", find a spread of roughly 2-4 semitones in lively read speech; under 2 is heard as monotone. */
    monotoneSemitones: number;
    /** Spread of loudness between 8 s windows (standard deviation, dB) still heard as a steady voice. Source: a level
     * change of about 3 dB is clearly noticeable in running speech; twice that between passages reads as uneven. */
    volumeSpreadMaxDb: number;
    /** How much quieter a sentence's last second may be than its first before it counts as trailing off, dB.
     * Source: 6 dB halves the sound pressure, well past the 1-3 dB a listener notices in speech level. */
    trailOffDb: number;
    /** Head turn (yaw or pitch, degrees) within which a face counts as looking at the camera; see
     * DEFAULT_CONE_DEGREES for how it was chosen. */
    lookingConeDegrees: number;
    /** Delivery points at stake for a wholly flat voice, a wandering volume, and trailing off at every sentence end
     * (0 leaves a measure shown but unscored). */
    monotoneWeight: number;
    volumeWeight: number;
    trailingOffWeight: number;
  };
  timing: {
    /** Within this share of the target the answer is on time (the brief's ±15%). */
    tolerance: number;
    /** Score lost per 10% beyond the tolerance. */
    penaltyPerTenPercent: number;
  };
  /** Weights of the overall score; they are normalised, so only their ratios matter. */
  weights: { content: number; delivery: number; timing: number; structure: number };
}

export const defaultScoreSettings: ScoreSettings = {
  // negationScope, questionWeight, relatedCredit, semanticFrom, semanticCredit, sentenceFrom and sentenceNeeds (with
  // sentenceCredit at 50), otherQuestionMargin and otherQuestionUnder are the values bench/scoring-select.ts chose on
  // training data (SemEval-2013 train, the paraphrase set's DevOps deck).
  content: {
    coveredAt: 0.6,
    partlyAt: 0.3,
    creditFrom: 0.15,
    questionWeight: 0.2,
    idfFloor: 0.4,
    keyTermWeight: 1.5,
    explanationShare: 0.1,
    keywordListFloor: 0.2,
    semanticFrom: 0.6,
    relatedCredit: 0.7,
    semanticCredit: 0.5,
    sentenceFrom: 0.5,
    sentenceCredit: 0,
    sentenceNeeds: 15,
    sentenceOnlyInOtherWords: true,
    otherQuestionMargin: 10,
    otherQuestionUnder: 50,
    negationScope: 1,
    contradictedShare: 0.5,
    letterNames: true,
  },
  delivery: {
    wpmMin: 130,
    wpmMax: 160,
    fillersPerMinuteMax: 3,
    longPauseSeconds: 2,
    firstWordSeconds: 3,
    hedgesPerMinuteMax: 2,
    repeatMinWords: 2,
    fillerWords: { added: [], removed: [] },
    monotoneSemitones: 2,
    volumeSpreadMaxDb: 6,
    trailOffDb: 6,
    lookingConeDegrees: DEFAULT_CONE_DEGREES,
    // Pitch variety matters most to a listener; volume and sentence endings are secondary.
    monotoneWeight: 20,
    volumeWeight: 10,
    trailingOffWeight: 10,
  },
  timing: { tolerance: 0.15, penaltyPerTenPercent: 15 },
  // Content dominates: a well-delivered answer that misses the points is still a weak answer.
  weights: { content: 0.55, delivery: 0.2, timing: 0.1, structure: 0.15 },
};

// Lists are replaced whole, never merged item by item.
export type ScoreSettingsOverrides = Patch<ScoreSettings>;

export function resolveSettings(overrides: ScoreSettingsOverrides = {}): ScoreSettings {
  const d = defaultScoreSettings;
  return {
    content: { ...d.content, ...overrides.content },
    delivery: {
      ...d.delivery,
      ...overrides.delivery,
      fillerWords: { ...d.delivery.fillerWords, ...overrides.delivery?.fillerWords },
    },
    timing: { ...d.timing, ...overrides.timing },
    weights: { ...d.weights, ...overrides.weights },
  };
}

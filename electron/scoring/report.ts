import type { PointStatus } from './content/content-score';
import type { Deduction } from './delivery/delivery-score';
import type { Pause } from './delivery/pace';
import type { VoiceResult } from './delivery/voice-score';
import type { StructureResult } from './structure';
import type { Tip } from './tips';
import type { TimingResult } from './timing';
import type { Evidence, WordRef } from './types';

export interface KeyPointReport {
  text: string;
  status: PointStatus;
  /** 0..1: weighted share of the point's terms said in one stretch of the answer. */
  coverage: number;
  /** Specificity weight of the point within the content score. */
  weight: number;
  keyTerms: string[];
  evidence: Evidence;
  /** Present and true when the evidence says the point in the speaker's own words rather than the model answer's. */
  inOtherWords?: boolean;
}

export interface PhraseReport {
  text: string;
  words: WordRef[];
  start: number | null;
  end: number | null;
}

export interface PauseReport extends Pause {
  /** The words either side of the silence. */
  between: [string, string];
}

/** Everything the scorer found about one answer; every number traces to words, timestamps or settings. */
export interface ScoreReport {
  overall: number;
  breakdown: {
    content: number;
    delivery: number;
    timing: number;
    structure: number;
    /** Normalised weights used for `overall`. */
    weights: { content: number; delivery: number; timing: number; structure: number };
  };
  content: {
    score: number;
    keyPoints: KeyPointReport[];
    keywordList: boolean;
    explanationShare: number;
  };
  delivery: {
    score: number;
    wpm: number;
    wordCount: number;
    speakingSeconds: number;
    firstWordSeconds: number | null;
    fillers: { count: number; perMinute: number; items: PhraseReport[] };
    pauses: PauseReport[];
    hedges: { count: number; items: PhraseReport[] };
    repeats: PhraseReport[];
    deductions: Deduction[];
    /** Voice measures from the recording; absent on takes scored before they existed or without a recording. */
    voice?: VoiceResult;
  };
  timing: TimingResult;
  structure: StructureResult;
  tips: Tip[];
}

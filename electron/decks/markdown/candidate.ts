import type { SkippedItem } from '@contract/deck-import';
import type { ExtrasFields } from '../formats/question-extras-fields';

/** Where a question came from; explicit "Q:" markers are trusted even in tip sections. */
export type CandidateOrigin = 'explicit' | 'heading' | 'bold' | 'list' | 'details' | 'timed';

/** The slice of the source holding a model answer. */
export interface AnswerSpan {
  readonly start: number;
  readonly end: number;
  /** Ranges inside the span that are not answer text (our own metadata comments). */
  readonly cut: readonly [number, number][];
}

/** Settings carried by an exported deck so a re-import gives back the same deck. */
export interface CandidateMeta {
  readonly kind?: string;
  readonly difficulty?: string | null;
  readonly targetSeconds?: number;
  readonly targetSource?: string;
  /** Answer versions, notes, source note and tags of the exported question, as they were saved. */
  readonly extras?: ExtrasFields;
}

/** Where in the guide a question sits and what its headings say. */
export interface Context {
  /** Section names for the question's `section` ("Part 3: Hard Questions", "26. Architecture Bottlenecks"). */
  readonly path: readonly string[];
  /** Full heading texts, notes included, for difficulty and kind ("Part 1: Simple Questions (Foundational)"). */
  readonly labels: readonly string[];
  readonly skipReason: string | null;
  /** A timing stated on an enclosing section, "Behavioral (90 seconds each)". */
  readonly sectionSeconds: number | null;
}

/** What a guide says about a question besides its model answer. */
export interface CandidateExtras {
  /** Coaching on how to answer ("How to Answer"), as Markdown. */
  readonly notes?: string;
  /** Where the answer comes from ("Reference: https://…"). */
  readonly sourceNote?: string;
  readonly tags?: readonly string[];
  /** A level the question states for itself ("**Difficulty:** Medium"). */
  readonly difficulty?: string;
  /** Versions of the answer with their own timing ("**Short (30s):**"); the first is the model answer. */
  readonly versions?: readonly { label: string; answer: AnswerSpan; seconds: number | null }[];
  /** Timed beats inside the answer ("**Beat 1 — hook (15s):**"), summed as a target when none is stated. */
  readonly beatSeconds?: number;
}

export interface Candidate {
  readonly prompt: string;
  readonly line: number;
  readonly answer: AnswerSpan | null;
  readonly origin: CandidateOrigin;
  readonly context: Context;
  /** A timing stated on the question itself. */
  readonly statedSeconds: number | null;
  readonly number: number | null;
  readonly meta: CandidateMeta | null;
  readonly extras?: CandidateExtras;
}

/** Everything the walk over a guide collects. */
export interface Collected {
  readonly candidates: Candidate[];
  readonly skipped: SkippedItem[];
  /** Text outside any answer, searched for guide-wide limits like "stay under 3 minutes". */
  readonly freeText: string[];
}

export const rootContext: Context = { path: [], labels: [], skipReason: null, sectionSeconds: null };

import type { CoachResult } from '@contract/coach';
import type { Feedback, ReviewMark } from '@contract/review';
import type { PhraseReport, ScoreReport } from '../scoring/report';
import type { ScoreSettings } from '../scoring/settings';
import { voiceView } from './voice-view';

function phraseMarks(kind: ReviewMark['kind'], items: readonly PhraseReport[]): ReviewMark[] {
  return items.flatMap((item) => {
    const first = item.words[0];
    if (!first || item.start === null || item.end === null) return [];
    return [
      { kind, wordIndex: first.index, wordCount: item.words.length, text: item.text, start: item.start, end: item.end },
    ];
  });
}

/** The coach's notes as the review shows them (the coach is optional and often off). */
export function coachView(result: CoachResult | null): Feedback['coach'] {
  if (!result) return null;
  return {
    summary: result.summary || null,
    strengths: result.strengths,
    missed: result.missed,
    tightened: result.tightened || null,
    rubric: result.rubric.map(({ label, score, max, reason }) => ({ label, score, max, reason })),
    model: result.model,
  };
}

/** Shapes the scorer's report for the review page: each figure next to the norm it was judged by. */
export function toFeedback(
  report: ScoreReport,
  settings: ScoreSettings,
  coach: { result: CoachResult | null; pending: boolean } = { result: null, pending: false },
  judge: Feedback['judge'] = null,
): Feedback {
  const { breakdown, content, delivery, timing, structure } = report;
  const keys = ['content', 'delivery', 'timing', 'structure'] as const;
  const marks = [
    ...phraseMarks('filler', delivery.fillers.items),
    ...phraseMarks('hedge', delivery.hedges.items),
    ...phraseMarks('repeat', delivery.repeats),
    ...delivery.pauses.map((pause): ReviewMark => ({
      kind: 'pause',
      wordIndex: pause.afterIndex,
      wordCount: 0,
      text: '',
      start: pause.start,
      end: pause.end,
    })),
  ].sort((a, b) => a.start - b.start);
  return {
    overall: report.overall,
    breakdown: keys.map((key) => ({ key, score: breakdown[key], weight: breakdown.weights[key] })),
    keyPoints: content.keyPoints.map((point) => ({
      text: point.text,
      status: point.status,
      wordIndices: point.evidence.words.map((word) => word.index),
      ...(point.inOtherWords ? { inOtherWords: true } : {}),
    })),
    delivery: {
      wpm: delivery.wpm,
      wpmNorm: [settings.delivery.wpmMin, settings.delivery.wpmMax],
      fillerCount: delivery.fillers.count,
      fillersPerMinute: delivery.fillers.perMinute,
      fillersPerMinuteMax: settings.delivery.fillersPerMinuteMax,
      pauseCount: delivery.pauses.length,
      longPauseSeconds: settings.delivery.longPauseSeconds,
      hedgeCount: delivery.hedges.count,
      firstWordSeconds: delivery.firstWordSeconds,
      ...(delivery.voice && { voice: voiceView(delivery.voice, settings.delivery) }),
    },
    timing: {
      durationSeconds: timing.durationSeconds,
      targetSeconds: timing.targetSeconds,
      tolerance: settings.timing.tolerance,
      verdict: timing.onTarget ? 'on' : timing.overSeconds > 0 ? 'over' : 'under',
    },
    structure: {
      kind: structure.kind,
      parts: structure.parts.map((part) => ({ name: part.name, present: part.present })),
      notes: structure.missing.length ? [`Missing: ${structure.missing.join(', ')}.`] : [],
    },
    tips: report.tips.map((tip) => tip.text),
    marks,
    coach: coachView(coach.result),
    coachPending: coach.pending,
    judge,
  };
}

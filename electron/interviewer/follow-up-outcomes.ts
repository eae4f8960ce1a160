import type { Db } from '../store/database';
import { JobTable } from '../store/job-table';
import type { AskedFollowUp } from '@contract/follow-ups';
import { FollowUpRepo } from './follow-up-repo';
import { recoveredPoints, unpromptedGain, type ReportedContent, type ReportedPoint } from './recovery';

export interface FollowUpOutcome {
  takeId: string;
  followUp: AskedFollowUp;
  keyPoints: readonly ReportedPoint[] | null;
}

export interface ThreadOutcome {
  followUps: FollowUpOutcome[];
  /** Points of the first answer covered only once the interviewer asked. */
  recovered: string[];
  /** Overall-score points those would have added said unprompted. */
  unpromptedGain: number;
}

/** The key points of a take's latest finished score, read from the stored report. */
export function latestContent(db: Db, takeId: string): ReportedContent | null {
  const row = new JobTable(db, 'score').latestResultFields(takeId, {
    points: '$.content.keyPoints',
    weight: '$.breakdown.weights.content',
  }) as { points: string | null; weight: number | null } | undefined;
  if (!row?.points) return null;
  try {
    const points = JSON.parse(row.points) as ReportedPoint[];
    return Array.isArray(points) ? { keyPoints: points, contentWeight: row.weight ?? 0 } : null;
  } catch {
    return null;
  }
}

/** A first answer's follow-ups with their scored points, and what they recovered. */
export function threadOutcome(db: Db, parentTakeId: string): ThreadOutcome {
  const followUps = new FollowUpRepo(db).childrenOf(parentTakeId).map((take) => ({
    ...take,
    keyPoints: latestContent(db, take.takeId)?.keyPoints ?? null,
  }));
  const first = followUps.length > 0 ? latestContent(db, parentTakeId) : null;
  if (!first) return { followUps, recovered: [], unpromptedGain: 0 };
  const recovered = recoveredPoints(
    first.keyPoints,
    followUps.map((f) => ({ probes: f.followUp.probes, keyPoints: f.keyPoints })),
  );
  return { followUps, recovered, unpromptedGain: unpromptedGain(first, recovered) };
}

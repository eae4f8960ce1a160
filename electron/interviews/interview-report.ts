import type { InterviewReport, InterviewSummary } from '@contract/interviews';
import { threadOutcome } from '../interviewer/follow-up-outcomes';
import { TakeRepo } from '../recording/take-repo';
import type { Db } from '../store/database';
import { JobTable } from '../store/job-table';
import type { InterviewItem } from '@contract/interviews';
import type { TakeScore } from '../progress/take-history';

type Row = InterviewReport['rows'][number];
type Area = 'content' | 'delivery' | 'timing' | 'structure';
const areas: readonly Area[] = ['content', 'delivery', 'timing', 'structure'];

export interface ReportNorms {
  wpmMin: number;
  wpmMax: number;
  fillersPerMinuteMax: number;
  /** Share of the target still on time (0.15 = ±15%), as the scorer judges timing. */
  tolerance: number;
}

interface TakeFacts {
  durationMs: number | null;
  failed: boolean;
}

/** Duration and whether the way to a score broke down (latest transcription or scoring job failed). */
function takeFacts(db: Db, takeId: string): TakeFacts | undefined {
  const take = new TakeRepo(db).get(takeId);
  if (!take) return undefined;
  const status = JobTable.latestStatus(db, takeId, ['transcribe', 'score']);
  return { durationMs: take.durationMs, failed: status === 'failed' || status === 'canceled' };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const average = (values: number[]) =>
  values.length ? round1(values.reduce((a, b) => a + b, 0) / values.length) : null;

export function reportRow(db: Db, item: InterviewItem, scores: Map<string, TakeScore>, tolerance: number): Row {
  const base = {
    position: item.position,
    prompt: item.prompt,
    section: item.section,
    takeId: item.takeId,
    targetSeconds: item.targetSeconds,
  };
  const facts = item.takeId ? takeFacts(db, item.takeId) : undefined;
  if (!item.takeId || !facts) {
    return {
      ...base,
      takeId: null,
      state: item.status === 'skipped' ? 'skipped' : 'unanswered',
      overall: null,
      breakdown: null,
      durationSeconds: null,
      overSeconds: null,
      timing: null,
      wpm: null,
      fillersPerMinute: null,
      followUps: [],
      recovered: [],
    };
  }
  const score = scores.get(item.takeId);
  const durationSeconds = facts.durationMs === null ? null : round1(facts.durationMs / 1000);
  const overSeconds = durationSeconds === null ? null : round1(durationSeconds - item.targetSeconds);
  const slack = item.targetSeconds * tolerance;
  const timing =
    overSeconds === null ? null : overSeconds > slack ? 'over' : overSeconds < -slack ? 'under' : ('on' as const);
  const breakdown =
    score && areas.every((a) => score[a] !== null)
      ? (Object.fromEntries(areas.map((a) => [a, score[a]!])) as Record<Area, number>)
      : null;
  return {
    ...base,
    state: score ? 'scored' : facts.failed ? 'failed' : 'processing',
    overall: score?.overall ?? null,
    breakdown,
    durationSeconds,
    overSeconds,
    timing,
    wpm: score?.wpm ?? null,
    fillersPerMinute: score?.fillersPerMinute ?? null,
    ...followUpRows(db, item.takeId, scores),
  };
}

/** The follow-ups asked on an answer, in the order they were asked, with their scores. */
function followUpRows(db: Db, takeId: string, scores: Map<string, TakeScore>): Pick<Row, 'followUps' | 'recovered'> {
  const thread = threadOutcome(db, takeId);
  return {
    followUps: thread.followUps.map(({ takeId: id, followUp }) => {
      const score = scores.get(id);
      return {
        takeId: id,
        text: followUp.text,
        probes: followUp.probes,
        generator: followUp.generator,
        state: score ? 'scored' : takeFacts(db, id)?.failed ? 'failed' : 'processing',
        overall: score?.overall ?? null,
        content: score?.content ?? null,
      };
    }),
    recovered: thread.recovered,
  };
}

/** A mock interview's report: every figure comes from the takes' own scores and durations. */
export function buildReport(
  db: Db,
  interview: InterviewSummary,
  items: readonly InterviewItem[],
  scores: Map<string, TakeScore>,
  norms: ReportNorms,
): InterviewReport {
  const rows = items.map((item) => reportRow(db, item, scores, norms.tolerance));
  const scored = rows.filter((r) => r.state === 'scored');
  const over = rows.filter((r) => r.timing === 'over');
  const weakestAreas = areas
    .map((area) => ({ area, average: average(scored.flatMap((r) => (r.breakdown ? [r.breakdown[area]] : []))) }))
    .filter((a): a is { area: Area; average: number } => a.average !== null)
    .sort((a, b) => a.average - b.average);
  return {
    interview,
    rows,
    averages: {
      overall: average(scored.map((r) => r.overall!)),
      wpm: average(scored.flatMap((r) => (r.wpm === null ? [] : [r.wpm]))),
      fillersPerMinute: average(scored.flatMap((r) => (r.fillersPerMinute === null ? [] : [r.fillersPerMinute]))),
      secondsOverTarget: round1(over.reduce((sum, r) => sum + (r.overSeconds ?? 0), 0)),
      answersOverTarget: over.length,
      answered: rows.filter((r) => r.takeId !== null).length,
      scored: scored.length,
    },
    weakestAreas,
    norms,
  };
}

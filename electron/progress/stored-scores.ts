import type { Db } from '../store/database';
import { JobTable } from '../store/job-table';
import type { ScoreSource, TakeScore } from './take-history';

// Reads the figures progress needs from the scorer's reports (electron/scoring/report.ts).
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const pct = (value: unknown) => {
  const n = num(value);
  return n !== null && n >= 0 && n <= 100 ? n : null;
};

interface ScoreRow {
  id: string;
  overall: unknown;
  content: unknown;
  delivery: unknown;
  timing: unknown;
  structure: unknown;
  wpm: unknown;
  fillers: unknown;
  pitch: unknown;
}

function toScore(row: ScoreRow): TakeScore | null {
  const overall = pct(row.overall);
  if (overall === null) return null;
  return {
    overall,
    content: pct(row.content),
    delivery: pct(row.delivery),
    timing: pct(row.timing),
    structure: pct(row.structure),
    wpm: num(row.wpm),
    fillersPerMinute: num(row.fillers),
    pitchSpread: num(row.pitch),
  };
}

// The few figures progress shows, where the scorer's report keeps them.
const scoreFields = {
  overall: '$.overall',
  content: '$.breakdown.content',
  delivery: '$.breakdown.delivery',
  timing: '$.breakdown.timing',
  structure: '$.breakdown.structure',
  wpm: '$.delivery.wpm',
  fillers: '$.delivery.fillers.perMinute',
  pitch: '$.delivery.voice.pitch.spread',
};

// A finished score job is never rewritten (a re-score adds a row), so its figures are read once per process.
const extracted = new WeakMap<Db, Map<string, TakeScore | null>>();
const BATCH = 500;

function extract(db: Db, jobIds: readonly string[], into: Map<string, TakeScore | null>) {
  for (let i = 0; i < jobIds.length; i += BATCH) {
    const batch = jobIds.slice(i, i + BATCH);
    const rows = new JobTable(db, 'score').resultFields(batch, scoreFields) as ScoreRow[];
    const found = new Map(rows.map((row) => [row.id, toScore(row)]));
    for (const id of batch) into.set(id, found.get(id) ?? null);
  }
}

/**
 * The newest finished score of each take (rows of kind "score" in jobs, see
 * electron/feedback/score-jobs.ts; a re-score adds a row). SQLite pulls out the few
 * fields progress needs, so full reports (key points, evidence words) are
 * never parsed in JavaScript, and each report only once.
 */
export const storedScores: ScoreSource = (db: Db) => {
  const jobs = new JobTable(db, 'score').idsWithStatus('done');
  let known = extracted.get(db);
  if (!known || known.size > jobs.length * 2 + 100) {
    // First read, or many jobs deleted since: start afresh so the cache stays the size of the table.
    known = new Map();
    extracted.set(db, known);
  }
  extract(
    db,
    jobs.filter((job) => !known.has(job.id)).map((job) => job.id),
    known,
  );
  const scores = new Map<string, TakeScore>();
  for (const job of jobs) {
    const score = known.get(job.id);
    if (score) scores.set(job.take_id, score);
  }
  return scores;
};

/** Stores a score report the way the scorer does; used by the history generator and tests. */
export function writeScoreReport(db: Db, takeId: string, report: object, at: string): void {
  new JobTable(db, 'score').insertDone(takeId, report, at, { id: `score-${takeId}` });
}

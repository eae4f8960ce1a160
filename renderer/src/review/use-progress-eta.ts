export interface Sample {
  at: number;
  progress: number;
}

/** The first and latest progress seen for one job. */
export interface ProgressSamples {
  jobId: string;
  first: Sample;
  latest: Sample;
}

/** Seconds left at the rate seen between two samples; null until progress has moved enough to judge. */
export function etaFrom(first: Sample, latest: Sample): number | null {
  const done = latest.progress - first.progress;
  const elapsed = (latest.at - first.at) / 1000;
  if (done < 0.02 || elapsed < 1) return null;
  return (elapsed / done) * (1 - latest.progress);
}

/**
 * Adds a progress report. The rate is measured from what this page saw rather
 * than from the job's creation, so time spent waiting in the queue does not
 * inflate the estimate; a new job or a restart begins a new measurement.
 */
export function addSample(
  previous: ProgressSamples | null,
  jobId: string,
  progress: number,
  at: number,
): ProgressSamples {
  const sample = { at, progress };
  if (!previous || previous.jobId !== jobId || progress < previous.first.progress) {
    return { jobId, first: sample, latest: sample };
  }
  return { ...previous, latest: sample };
}

import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { ExportFormat, Review, TakeSummary } from '@contract/review';
import { api } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { useApiQuery } from '../../api/use-api-query';
import { FollowUpThread } from '../../review/FollowUpThread';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { dateLabel } from '../../review/format';
import { ReviewView } from '../../review/ReviewView';
import { usePresenceAnalysis } from '../../presence/use-presence-analysis';
import { useLiveProgress } from './use-live-progress';

/** One take under review; follows transcription and scoring until the feedback is in. */
export function ReviewTakePage() {
  const { takeId = '' } = useParams();
  const query = useApiQuery('review.get', { takeId }, ['takes', 'jobs']);
  const { reload } = query;
  const live = useLiveProgress(takeId, reload);
  const engines = useApiQuery('transcription.engines', {}, ['settings']);
  const [error, setError] = useState<string | null>(null);
  // A save or retry answers with the new review at once; it stands until the next load.
  const [latest, setLatest] = useState<{ from: unknown; review: Review } | null>(null);
  const loaded = query.status === 'ready' ? query.data : null;
  const review = latest && latest.from === loaded ? latest.review : loaded;

  const stage = useMemo(() => {
    if (!review || review.stage.state !== 'transcribing') return review?.stage;
    const progress = live.progressFor(review.stage.jobId);
    return progress === null ? review.stage : { ...review.stage, progress };
  }, [review, live]);

  const replace = useCallback(
    async (work: Promise<Review>) => {
      const next = await work;
      setLatest({ from: loaded, review: next });
    },
    [loaded],
  );

  const presenceProgress = usePresenceAnalysis(
    review && review.take.id === takeId ? review : null,
    (file) => api.mediaUrl(file),
    (track) => replace(api.call('review.presence.save', { takeId, track })),
  );

  // The query keeps the previous take's data while the next one loads; never show it under the new address.
  if (query.status === 'loading' || (review && review.take.id !== takeId)) return <Loading />;
  if (query.status === 'error') {
    return (
      <>
        <PageHeader title="Review" />
        <ErrorNotice message={query.message} onRetry={reload} />
        <Link to="/review">All takes</Link>
      </>
    );
  }
  const current = { ...review!, stage: stage! };
  return (
    <>
      <PageHeader
        title="Review"
        subtitle={`${current.question.prompt} · ${current.take.name || 'Take'} of ${dateLabel(current.take.startedAt)}`}
        actions={<Link to="/review">All takes</Link>}
      />
      {error && <ErrorNotice message={error} />}
      <FollowUpThread takeId={takeId} />
      <TakesOf
        questionId={current.question.id}
        render={(takes) => (
          <ReviewView
            key={current.take.id}
            review={current}
            takes={takes}
            mediaUrl={(file) => api.mediaUrl(file)}
            etaSeconds={live.etaSeconds}
            presenceProgress={presenceProgress}
            onRetry={() => {
              setError(null);
              replace(api.call('review.retry', { takeId })).catch((caught: unknown) =>
                setError(describeError(caught).message),
              );
            }}
            onSaveTranscript={(text) => replace(api.call('review.transcript.save', { takeId, text }))}
            onRestoreTranscript={() => replace(api.call('review.transcript.restore', { takeId }))}
            onExport={(format: ExportFormat) => api.call('review.export', { takeId, format })}
            engines={engines}
            onTranscribeAgain={async (engine) => {
              setError(null);
              await api.call('transcription.jobs.enqueue', { takeId, engine });
              // The queued job replaces the take's stage at once rather than after the first event.
              reload();
            }}
            onAskJudgeAgain={() => {
              setError(null);
              // The running judge job shows through the review's own refresh.
              api
                .call('judge.run', { takeId })
                .then(reload, (caught: unknown) => setError(describeError(caught).message));
            }}
            onCancelTranscription={async (jobId) => {
              setError(null);
              await api.call('transcription.jobs.cancel', { jobId });
              // A queued job stops at once; a running one reports "canceled" when its engine has stopped.
              reload();
            }}
          />
        )}
      />
    </>
  );
}

/** Loads the question's takes (refreshed as scores land) for the list, comparison and chart. */
function TakesOf(props: { questionId: string; render(takes: readonly TakeSummary[] | null): ReactNode }) {
  const takes = useApiQuery('review.takes', { questionId: props.questionId }, ['takes', 'jobs']);
  return props.render(takes.status === 'ready' ? takes.data : null);
}

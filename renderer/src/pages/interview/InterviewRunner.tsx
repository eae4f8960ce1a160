import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Take } from '@contract/takes';
import type { Interview, InterviewItem } from '@contract/interviews';
import type { Settings } from '@contract/settings';
import { api } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import type { CaptureApi } from '../practice/session/capture-api';
import { CameraPreview } from '../practice/session/CameraPreview';
import type { PracticeState } from '../practice/session/practice-state';
import { useCaptureStream } from '../practice/session/use-capture-stream';
import { FollowUpStage } from './FollowUpStage';
import { InterviewQuestion } from './InterviewQuestion';
import { QuitDialog } from './QuitDialog';
import { TakeFeedback } from './TakeFeedback';

type Phase = PracticeState['phase'];
const busy = (phase: Phase) => ['starting', 'recording', 'confirm-discard', 'stopping', 'discarding'].includes(phase);

/** The interview itself: one question after another, with pause, skip and quit. */
export function InterviewRunner(props: { initial: Interview; settings: Settings; capture: CaptureApi }) {
  const { settings, capture } = props;
  const navigate = useNavigate();
  const [interview, setInterview] = useState(props.initial);
  const [phase, setPhase] = useState<Phase>('ready');
  const [retry, setRetry] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [interlude, setInterlude] = useState<Take | null>(null);
  const [confirmQuit, setConfirmQuit] = useState(false);
  const [quitting, setQuitting] = useState(false);
  /** The answer the interviewer is following up on, and the question it answered. */
  const [thread, setThread] = useState<{ parent: Take; item: InterviewItem } | null>(null);
  const devices = useCaptureStream(
    capture,
    { withVideo: settings.cameraEnabled, cameraId: settings.cameraDeviceId, microphoneId: settings.microphoneDeviceId },
    retry,
  );
  const stream = devices.status === 'open' ? devices.stream : null;
  const item = interview.items[interview.currentIndex];
  const paused = interview.status === 'paused';
  const report = `/interview/${interview.id}/report`;

  const run = useCallback(
    (call: () => Promise<Interview>, after?: (next: Interview) => void, followUp?: () => void) => {
      setError(null);
      call().then(
        (next) => {
          setInterview(next);
          // Follow-ups on the last answer come before the report.
          if (followUp) followUp();
          else if (next.status === 'completed' || next.status === 'quit') void navigate(report);
          else after?.(next);
        },
        (e: unknown) => setError(describeError(e).message),
      );
    },
    [navigate, report],
  );
  const quit = useCallback(
    () => run(() => api.call('interviews.finish', { interviewId: interview.id, reason: 'quit' })),
    [run, interview.id],
  );

  const followUps = interview.options.interviewer.followUps;
  const onSaved = useCallback(
    (take: Take) => {
      const position = interview.currentIndex;
      const answered = interview.items[position];
      run(
        () => api.call('interviews.answer', { interviewId: interview.id, position, takeId: take.id }),
        () => {
          if (quitting) quit();
          else if (interview.options.feedbackBetween) setInterlude(take);
        },
        followUps > 0 && !quitting && answered ? () => setThread({ parent: take, item: answered }) : undefined,
      );
    },
    [
      run,
      quit,
      quitting,
      followUps,
      interview.id,
      interview.items,
      interview.currentIndex,
      interview.options.feedbackBetween,
    ],
  );
  const threadDone = useCallback(() => {
    const parent = thread?.parent;
    setThread(null);
    if (interview.status === 'completed' || interview.status === 'quit') void navigate(report);
    else if (quitting) quit();
    else if (parent && interview.options.feedbackBetween) setInterlude(parent);
  }, [thread, interview.status, interview.options.feedbackBetween, quitting, quit, navigate, report]);

  const askQuit = () => setConfirmQuit(true);
  const doQuit = () => {
    setConfirmQuit(false);
    if (busy(phase))
      setQuitting(true); // the answer being recorded is stopped, saved, then the interview ends
    else quit();
  };

  return (
    <>
      <PageHeader
        title="Mock interview"
        subtitle={`Question ${Math.min(interview.currentIndex + 1, interview.items.length)} of ${interview.items.length}`}
        actions={
          <>
            {paused ? (
              <button
                type="button"
                className="primary"
                onClick={() => run(() => api.call('interviews.resume', { interviewId: interview.id }))}
              >
                Resume
              </button>
            ) : (
              <button
                type="button"
                disabled={busy(phase)}
                title={busy(phase) ? 'Finish this answer first' : undefined}
                onClick={() => run(() => api.call('interviews.pause', { interviewId: interview.id }))}
              >
                Pause
              </button>
            )}
            <button
              type="button"
              disabled={busy(phase) || !item}
              onClick={() =>
                run(() => api.call('interviews.skip', { interviewId: interview.id, position: interview.currentIndex }))
              }
            >
              Skip question
            </button>
            <button type="button" className="danger" onClick={askQuit} disabled={quitting}>
              End interview
            </button>
          </>
        }
      />
      <progress
        className="interview-progress"
        max={interview.items.length}
        value={interview.currentIndex}
        aria-label="Interview progress"
      />
      {error && <ErrorNotice message={error} />}
      {confirmQuit && <QuitDialog recording={busy(phase)} onQuit={doQuit} onStay={() => setConfirmQuit(false)} />}
      <section className="practice interview-stage" aria-label="Interview">
        {stream && <CameraPreview stream={stream} />}
        {devices.status === 'opening' && (
          <p className="muted">Starting microphone{settings.cameraEnabled && ' and camera'}…</p>
        )}
        {devices.status === 'error' && <ErrorNotice message={devices.message} onRetry={() => setRetry((n) => n + 1)} />}
        {paused && (
          <div className="interview-paused" role="status" data-testid="interview-paused">
            <p>Paused. Your answers so far are saved; resume now or later from the Mock interview page.</p>
          </div>
        )}
        {interlude && (
          <div className="interview-interlude" aria-label="Feedback on your answer">
            <p>Answer saved.</p>
            <TakeFeedback takeId={interlude.id} />
            <button type="button" className="primary" onClick={() => setInterlude(null)}>
              Next question
            </button>
          </div>
        )}
        {thread && (
          <FollowUpStage
            parent={thread.parent}
            item={thread.item}
            interviewer={interview.options.interviewer}
            settings={settings}
            stream={stream}
            capture={capture}
            paused={paused}
            stopRequested={quitting}
            onPhase={setPhase}
            onDone={threadDone}
          />
        )}
        {item && !interlude && !thread && !item.questionId && (
          <p role="status">This question was deleted from its deck since the interview began; skip it to go on.</p>
        )}
        {item && !interlude && !thread && item.questionId && (
          <InterviewQuestion
            key={item.position}
            item={item}
            stream={stream}
            capture={capture}
            thinkSeconds={interview.thinkSeconds}
            readAloud={settings.readQuestionAloud}
            readAloudVoice={settings.readAloudVoice}
            paused={paused}
            stopRequested={quitting}
            onPhase={setPhase}
            onSaved={onSaved}
          />
        )}
      </section>
    </>
  );
}

import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Attempt } from '@contract/attempts';
import type { Session, SessionItem } from '@contract/sessions';
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
import { MockQuestion } from './MockQuestion';
import { QuitDialog } from './QuitDialog';
import { TakeFeedback } from './TakeFeedback';

type Phase = PracticeState['phase'];
const busy = (phase: Phase) => ['starting', 'recording', 'confirm-discard', 'stopping', 'discarding'].includes(phase);

/** The interview itself: one question after another, with pause, skip and quit. */
export function MockRunner(props: { initial: Session; settings: Settings; capture: CaptureApi }) {
  const { settings, capture } = props;
  const navigate = useNavigate();
  const [session, setSession] = useState(props.initial);
  const [phase, setPhase] = useState<Phase>('ready');
  const [retry, setRetry] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [interlude, setInterlude] = useState<Attempt | null>(null);
  const [confirmQuit, setConfirmQuit] = useState(false);
  const [quitting, setQuitting] = useState(false);
  /** The answer the interviewer is following up on, and the question it answered. */
  const [thread, setThread] = useState<{ parent: Attempt; item: SessionItem } | null>(null);
  const devices = useCaptureStream(
    capture,
    { withVideo: settings.cameraEnabled, cameraId: settings.cameraDeviceId, microphoneId: settings.microphoneDeviceId },
    retry,
  );
  const stream = devices.status === 'open' ? devices.stream : null;
  const item = session.items[session.currentIndex];
  const paused = session.status === 'paused';
  const report = `/mock/${session.id}/report`;

  const run = useCallback(
    (call: () => Promise<Session>, after?: (next: Session) => void, followUp?: () => void) => {
      setError(null);
      call().then(
        (next) => {
          setSession(next);
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
    () => run(() => api.call('sessions.finish', { sessionId: session.id, reason: 'quit' })),
    [run, session.id],
  );

  const followUps = session.options.interviewer.followUps;
  const onSaved = useCallback(
    (attempt: Attempt) => {
      const position = session.currentIndex;
      const answered = session.items[position];
      run(
        () => api.call('sessions.answer', { sessionId: session.id, position, attemptId: attempt.id }),
        () => {
          if (quitting) quit();
          else if (session.options.feedbackBetween) setInterlude(attempt);
        },
        followUps > 0 && !quitting && answered ? () => setThread({ parent: attempt, item: answered }) : undefined,
      );
    },
    [run, quit, quitting, followUps, session.id, session.items, session.currentIndex, session.options.feedbackBetween],
  );
  const threadDone = useCallback(() => {
    const parent = thread?.parent;
    setThread(null);
    if (session.status === 'completed' || session.status === 'quit') void navigate(report);
    else if (quitting) quit();
    else if (parent && session.options.feedbackBetween) setInterlude(parent);
  }, [thread, session.status, session.options.feedbackBetween, quitting, quit, navigate, report]);

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
        subtitle={`Question ${Math.min(session.currentIndex + 1, session.items.length)} of ${session.items.length}`}
        actions={
          <>
            {paused ? (
              <button
                type="button"
                className="primary"
                onClick={() => run(() => api.call('sessions.resume', { sessionId: session.id }))}
              >
                Resume
              </button>
            ) : (
              <button
                type="button"
                disabled={busy(phase)}
                title={busy(phase) ? 'Finish this answer first' : undefined}
                onClick={() => run(() => api.call('sessions.pause', { sessionId: session.id }))}
              >
                Pause
              </button>
            )}
            <button
              type="button"
              disabled={busy(phase) || !item}
              onClick={() =>
                run(() => api.call('sessions.skip', { sessionId: session.id, position: session.currentIndex }))
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
        className="mock-progress"
        max={session.items.length}
        value={session.currentIndex}
        aria-label="Interview progress"
      />
      {error && <ErrorNotice message={error} />}
      {confirmQuit && <QuitDialog recording={busy(phase)} onQuit={doQuit} onStay={() => setConfirmQuit(false)} />}
      <section className="practice mock-stage" aria-label="Interview">
        {stream && <CameraPreview stream={stream} />}
        {devices.status === 'opening' && (
          <p className="muted">Starting microphone{settings.cameraEnabled && ' and camera'}…</p>
        )}
        {devices.status === 'error' && <ErrorNotice message={devices.message} onRetry={() => setRetry((n) => n + 1)} />}
        {paused && (
          <div className="mock-paused" role="status" data-testid="mock-paused">
            <p>Paused. Your answers so far are saved; resume now or later from the Mock interview page.</p>
          </div>
        )}
        {interlude && (
          <div className="mock-interlude" aria-label="Feedback on your answer">
            <p>Answer saved.</p>
            <TakeFeedback attemptId={interlude.id} />
            <button type="button" className="primary" onClick={() => setInterlude(null)}>
              Next question
            </button>
          </div>
        )}
        {thread && (
          <FollowUpStage
            parent={thread.parent}
            item={thread.item}
            interviewer={session.options.interviewer}
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
          <MockQuestion
            key={item.position}
            item={item}
            stream={stream}
            capture={capture}
            thinkSeconds={session.thinkSeconds}
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

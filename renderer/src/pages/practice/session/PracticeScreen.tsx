import { useState, type ReactNode } from 'react';
import type { Take } from '@contract/takes';
import type { Question } from '@contract/decks';
import type { Settings, SettingsPatch } from '@contract/settings';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { DeviceSettings } from '../DeviceSettings';
import { CameraPreview } from './CameraPreview';
import type { CaptureApi } from './capture-api';
import { DiscardDialog } from './DiscardDialog';
import { LevelMeter } from './LevelMeter';
import { LiveTranscript } from './LiveTranscript';
import { PracticeControls } from './PracticeControls';
import { isBusy } from './practice-state';
import { RecordingClock } from './RecordingClock';
import { TargetBar } from './TargetBar';
import { ThinkCountdown } from './ThinkCountdown';
import { useCaptureStream } from './use-capture-stream';
import { usePracticeKeys } from './use-practice-keys';
import { usePracticeSession } from './use-practice-session';
import { useReadAloud } from './use-read-aloud';
import './practice.css';

export interface PracticeScreenProps {
  question: Question;
  settings: Settings;
  capture: CaptureApi;
  onSettingsChange?: (patch: SettingsPatch) => void;
  onNext?: () => void;
  /**
   * What follows a saved take, e.g. its way to feedback, or the interviewer's follow-ups on the same
   * microphone and camera; `hold` keeps the practice keys and controls away while they are being answered.
   */
  afterSave?: (take: Take, after: { stream: MediaStream | null; hold(held: boolean): void }) => ReactNode;
}

/** One question: read it, think, answer on camera against the clock. */
export function PracticeScreen({
  question,
  settings,
  capture,
  onSettingsChange,
  onNext,
  afterSave,
}: PracticeScreenProps) {
  const [retry, setRetry] = useState(0);
  const [held, setHeld] = useState(false);
  const devices = useCaptureStream(
    capture,
    { withVideo: settings.cameraEnabled, cameraId: settings.cameraDeviceId, microphoneId: settings.microphoneDeviceId },
    retry,
  );
  const stream = devices.status === 'open' ? devices.stream : null;
  const { state, now, level, dispatch } = usePracticeSession(question, stream, capture);
  useReadAloud(question.prompt, settings.readQuestionAloud, settings.readAloudVoice);

  const begin = () => dispatch({ type: 'begin', now: Date.now(), thinkSeconds: settings.thinkSeconds });
  const canBegin = stream !== null && (state.phase === 'ready' || state.phase === 'saved' || state.phase === 'failed');
  usePracticeKeys({
    space: () => {
      if (held) return;
      if (canBegin) begin();
      else if (state.phase === 'thinking') dispatch({ type: 'think-done' });
      else if (state.phase === 'recording') dispatch({ type: 'stop' });
    },
    escape: () => {
      if (held) return;
      if (state.phase === 'confirm-discard') dispatch({ type: 'keep-recording' });
      else dispatch({ type: 'ask-discard', then: 'ready' });
    },
    redo: () => {
      if (held) return;
      if (state.phase === 'recording') dispatch({ type: 'ask-discard', then: 'redo' });
      else if (canBegin && state.phase !== 'ready') begin();
    },
    next: () => {
      if (!held && !isBusy(state) && state.phase !== 'thinking') onNext?.();
    },
  });

  return (
    <section className="practice" aria-label="Practice">
      <h2 className="practice-question">{question.prompt}</h2>
      <div className="practice-stage">
        {stream && <CameraPreview stream={stream} />}
        {devices.status === 'opening' && (
          <p className="muted">Starting microphone{settings.cameraEnabled && ' and camera'}…</p>
        )}
        {devices.status === 'error' && <ErrorNotice message={devices.message} onRetry={() => setRetry((n) => n + 1)} />}
        <div className="practice-hud">
          {(state.phase === 'recording' || state.phase === 'confirm-discard') && (
            <div className="practice-timing">
              <RecordingClock elapsedMs={now - state.startedAt} targetSeconds={question.targetSeconds} />
              <TargetBar elapsedMs={now - state.startedAt} targetSeconds={question.targetSeconds} />
            </div>
          )}
          {state.phase !== 'recording' && state.phase !== 'confirm-discard' && (
            <p className="practice-target">Target: {Math.round(question.targetSeconds)} s</p>
          )}
          {stream && <LevelMeter level={state.phase === 'recording' ? level : 0} />}
        </div>
      </div>
      {settings.showLiveTranscript && (state.phase === 'recording' || state.phase === 'confirm-discard') && (
        <LiveTranscript />
      )}
      {state.phase === 'thinking' && (
        <ThinkCountdown remainingMs={state.endsAt - now} onSkip={() => dispatch({ type: 'think-done' })} />
      )}
      {state.phase === 'confirm-discard' && (
        <DiscardDialog
          redo={state.then === 'redo'}
          onDiscard={() => dispatch({ type: 'discard' })}
          onKeep={() => dispatch({ type: 'keep-recording' })}
        />
      )}
      {state.phase === 'failed' && <ErrorNotice message={state.message} />}
      {state.phase === 'saved' && (
        <p className="practice-saved" role="status">
          Take saved ({Math.round((state.take.durationMs ?? 0) / 1000)} s).{state.notice ? ` ${state.notice}` : ''}
        </p>
      )}
      {state.phase === 'saved' && afterSave?.(state.take, { stream, hold: setHeld })}
      {!held && (
        <PracticeControls state={state} canBegin={canBegin} onBegin={begin} dispatch={dispatch} onNext={onNext} />
      )}
      {onSettingsChange && !isBusy(state) && !held && (
        <DeviceSettings settings={settings} onChange={onSettingsChange} ready={stream !== null} />
      )}
    </section>
  );
}

import { useEffect, useState } from 'react';
import type { Take } from '@contract/takes';
import type { FollowUp, InterviewerOptions } from '@contract/follow-ups';
import type { InterviewItem } from '@contract/interviews';
import type { Settings } from '@contract/settings';
import { api } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { errorWords } from '../../api/error-words/error-words';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { CaptureApi } from '../practice/session/capture-api';
import type { PracticeState } from '../practice/session/practice-state';
import { InterviewQuestion } from './InterviewQuestion';

// The first answer is transcribed and scored before the interviewer can ask about it; past this, the interview moves on.
const pollMs = 1000;
const giveUpAfterMs = 180_000;

type Stage =
  | { kind: 'listening' }
  | { kind: 'asking'; followUps: FollowUp[]; index: number; note: string | null }
  | { kind: 'failed'; message: string };

export interface FollowUpStageProps {
  parent: Take;
  item: InterviewItem;
  interviewer: InterviewerOptions;
  settings: Pick<Settings, 'followUpTargetSeconds' | 'followUpThinkSeconds'>;
  stream: MediaStream | null;
  capture: CaptureApi;
  paused: boolean;
  stopRequested: boolean;
  onPhase(phase: PracticeState['phase']): void;
  onDone(): void;
}

/** After an answer: waits for its score, then asks each follow-up and records its answer as a linked take. */
export function FollowUpStage(props: FollowUpStageProps) {
  const { parent, item, interviewer, settings, onDone } = props;
  const [stage, setStage] = useState<Stage>({ kind: 'listening' });

  useEffect(() => {
    if (stage.kind !== 'listening') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const startedAt = Date.now();
    const ask = () => {
      api.call('followUps.generate', { takeId: parent.id, count: interviewer.followUps }).then(
        ({ followUps, scored, note }) => {
          if (stopped) return;
          if (scored && followUps.length === 0) onDone();
          else if (scored)
            setStage({
              kind: 'asking',
              followUps,
              index: 0,
              note: note && `${errorWords(note.code, note.detail)} The built-in interviewer asked instead.`,
            });
          else if (Date.now() - startedAt > giveUpAfterMs)
            setStage({ kind: 'failed', message: 'Your answer is taking long to score, so the interviewer moves on.' });
          else timer = setTimeout(ask, pollMs);
        },
        (e: unknown) => !stopped && setStage({ kind: 'failed', message: describeError(e).message }),
      );
    };
    ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [stage.kind, parent.id, interviewer.followUps, onDone]);

  if (stage.kind === 'listening') {
    return (
      <p className="muted" role="status" data-testid="follow-up-listening">
        The interviewer is considering your answer…
      </p>
    );
  }
  if (stage.kind === 'failed') {
    return (
      <>
        <ErrorNotice message={stage.message} />
        <button type="button" className="primary" onClick={onDone}>
          Next question
        </button>
      </>
    );
  }
  const followUp = stage.followUps[stage.index]!;
  const asked: InterviewItem = { ...item, prompt: followUp.text, targetSeconds: settings.followUpTargetSeconds };
  const onSaved = (answer: Take) => {
    api.call('followUps.link', { takeId: answer.id, parentTakeId: parent.id, followUp }).then(
      () => {
        if (stage.index + 1 < stage.followUps.length) setStage({ ...stage, index: stage.index + 1 });
        else onDone();
      },
      (e: unknown) => setStage({ kind: 'failed', message: describeError(e).message }),
    );
  };
  return (
    <div
      className="interview-follow-up"
      data-testid="follow-up"
      data-reason={followUp.reason}
      data-generator={followUp.generator}
    >
      <p className="interview-follow-up-label">
        Follow-up {stage.index + 1} of {stage.followUps.length}
      </p>
      {stage.note && (
        <p className="muted" role="status" data-testid="follow-up-note">
          {stage.note}
        </p>
      )}
      <InterviewQuestion
        key={`${parent.id}-${stage.index}`}
        item={asked}
        stream={props.stream}
        capture={props.capture}
        thinkSeconds={settings.followUpThinkSeconds}
        readAloud={interviewer.delivery !== 'show'}
        readAloudVoice={interviewer.voice}
        promptHidden={interviewer.delivery === 'speak'}
        paused={props.paused}
        stopRequested={props.stopRequested}
        onPhase={props.onPhase}
        onSaved={onSaved}
      />
    </div>
  );
}

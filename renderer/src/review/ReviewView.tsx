import './review.css';
import { useMemo, useState } from 'react';
import type { ExportFormat, Feedback, Review, TakeSummary } from '@contract/review';
import type { EngineId } from '@contract/transcription';
import type { QueryState } from '../api/use-api-query';
import { CoachPanel } from './CoachPanel';
import { ExportMenu, type ExportedFile } from './ExportMenu';
import { ModelAnswerPanel } from './ModelAnswerPanel';
import { PresenceLane } from './PresenceLane';
import type { PresenceProgress } from '../presence/use-presence-analysis';
import { ReviewPlayer } from './ReviewPlayer';
import { ScorePanel } from './ScorePanel';
import { StageNotice } from './StageNotice';
import { OtherTakesPanel } from './OtherTakesPanel';
import { TranscribeAgain, type EngineChoices } from './TranscribeAgain';
import { TranscriptEditor } from './TranscriptEditor';

export interface ReviewViewProps {
  review: Review;
  takes: readonly TakeSummary[] | null;
  mediaUrl(file: string): string;
  /** Time left for a running transcription, when known. */
  etaSeconds: number | null;
  onRetry(): void;
  onSaveTranscript(text: string): Promise<void>;
  onRestoreTranscript(): Promise<void>;
  onExport(format: ExportFormat): Promise<ExportedFile>;
  /** The engines a take can be transcribed again with. */
  engines: QueryState<EngineChoices>;
  onTranscribeAgain(engine: EngineId): Promise<void>;
  /** Cancel the take's queued or running transcription job. */
  onCancelTranscription(jobId: string): Promise<void>;
  /** Ask the optional judge again about this take's score. */
  onAskJudgeAgain?(): void;
  /** How the measuring of camera presence in this take's video is going. */
  presenceProgress?: PresenceProgress;
}

const noMarks: never[] = [];
const idle: PresenceProgress = { state: 'idle' };

/** One take under review: recording and transcript on one clock, the model answer, the scores and the other takes. */
export function ReviewView(props: ReviewViewProps) {
  const { review } = props;
  const { take, question, transcript, stage } = review;
  // Results only count once the whole pipeline finished; anything earlier is shown as progress.
  const feedback = stage.state === 'ready' ? review.feedback : null;
  const [highlighted, setHighlighted] = useState<readonly number[]>([]);
  const highlightedSet = useMemo(() => new Set(highlighted), [highlighted]);
  const [panel, setPanel] = useState<'correct' | 'transcribe' | null>(null);
  const mediaFile = take.videoFile ?? take.audioFile;
  // A take already on its way through the engine gets no second job; the stage notice follows that one.
  const inFlight = stage.state === 'recording' || stage.state === 'queued' || stage.state === 'transcribing';
  const canTranscribe = !!take.audioFile && !inFlight;
  const transcriptionFailed = stage.state === 'failed' && stage.step === 'transcription';
  // A job over an existing transcript is about to replace it; until then the old one stays in view, marked as such.
  const replacing = !!transcript && (stage.state === 'queued' || stage.state === 'transcribing');
  // The server sends a score only at "ready", so the one last shown is kept to stay beside the previous transcript.
  const [lastFeedback, setLastFeedback] = useState<Feedback | null>(feedback);
  if (feedback && feedback !== lastFeedback) setLastFeedback(feedback);
  const previousFeedback = replacing ? lastFeedback : null;

  return (
    <div className="review">
      <StageNotice
        stage={stage}
        etaSeconds={props.etaSeconds}
        onRetry={props.onRetry}
        onCancel={props.onCancelTranscription}
      />
      <ReviewPlayer
        src={mediaFile ? props.mediaUrl(mediaFile) : null}
        kind={take.videoFile ? 'video' : 'audio'}
        durationSeconds={(take.durationMs ?? 0) / 1000}
        transcript={transcript}
        marks={feedback?.marks ?? noMarks}
        voice={feedback?.delivery.voice}
        lanes={(duration, onSeek) => (
          <PresenceLane
            presence={review.presence}
            progress={props.presenceProgress ?? idle}
            duration={duration}
            onSeek={onSeek}
          />
        )}
        highlighted={highlightedSet}
        transcriptSuperseded={replacing}
        transcriptHeader={
          (transcript || transcriptionFailed) && (
            <>
              <div className="transcript-header">
                <h2>Transcript{transcript?.edited ? ' (corrected)' : ''}</h2>
                {!panel && (
                  <div className="transcript-actions">
                    {canTranscribe && (
                      <button type="button" onClick={() => setPanel('transcribe')}>
                        Transcribe again…
                      </button>
                    )}
                    {transcript && !inFlight && (
                      <button type="button" onClick={() => setPanel('correct')}>
                        Correct
                      </button>
                    )}
                  </div>
                )}
              </div>
              {replacing && (
                <p className="superseded-note" data-testid="superseded-transcript">
                  Being transcribed again — this is the previous transcript. It stays if you cancel.
                </p>
              )}
              {panel === 'transcribe' && canTranscribe && (
                <TranscribeAgain
                  engines={props.engines}
                  edited={!!transcript?.edited}
                  onStart={props.onTranscribeAgain}
                  onClose={() => setPanel(null)}
                />
              )}
            </>
          )
        }
        transcriptSlot={
          panel === 'correct' && transcript ? (
            <TranscriptEditor
              text={transcript.text}
              edited={transcript.edited}
              onSave={props.onSaveTranscript}
              onRestore={props.onRestoreTranscript}
              onClose={() => setPanel(null)}
            />
          ) : !transcript ? (
            <p className="muted">The transcript appears here once the take is transcribed.</p>
          ) : undefined
        }
      />
      <div className="review-columns">
        <ModelAnswerPanel
          markdown={question.modelAnswer}
          notes={question.notes}
          keyPoints={feedback?.keyPoints ?? null}
          judge={feedback?.judge ?? null}
          onAskJudgeAgain={props.onAskJudgeAgain}
          onHighlight={setHighlighted}
        />
        {feedback && <ScorePanel feedback={feedback} presence={review.presence} />}
        {previousFeedback && (
          <div data-testid="superseded-score">
            <p className="superseded-note">Score of the previous transcript — replaced once the new one is scored.</p>
            <div className="superseded">
              <ScorePanel feedback={previousFeedback} />
            </div>
          </div>
        )}
      </div>
      {feedback?.coach && <CoachPanel coach={feedback.coach} />}
      {feedback && !feedback.coach && feedback.coachPending && (
        <p className="panel muted" role="status">
          The coach is reading this take…
        </p>
      )}
      {props.takes && <OtherTakesPanel takes={props.takes} currentId={take.id} />}
      <ExportMenu
        takeId={take.id}
        videoUrl={take.videoFile ? props.mediaUrl(take.videoFile) : null}
        videoName={`${take.name || 'take'}.webm`}
        hasTranscript={!!transcript}
        onExport={props.onExport}
      />
    </div>
  );
}

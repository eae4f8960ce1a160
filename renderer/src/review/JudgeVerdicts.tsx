import type { JudgedPoint } from '@contract/judge';
import { errorWords } from '../api/error-words/error-words';
import type { Feedback, KeyPointView } from '@contract/review';

type Judge = NonNullable<Feedback['judge']>;

const verdictWords = { covered: 'covered', partly: 'partly covered', missed: 'missed' } as const;

/** The judge's verdict on one point, if it gave one; matched by the point's text, which it was asked about. */
export const judgedPointFor = (judge: Judge | null, point: KeyPointView): JudgedPoint | undefined =>
  judge?.state === 'done' ? judge.points.find((p) => p.keyPoint === point.text) : undefined;

/**
 * The judge's verdict beside the local one. Where they differ both stay on
 * screen, plainly: the local badge before the point, the judge's words after.
 */
export function JudgeVerdict({ point, judged }: { point: KeyPointView; judged: JudgedPoint }) {
  const differs = judged.verdict !== point.status;
  return (
    <span
      className={`kp-judge${differs ? ' kp-judge-differs' : ''}`}
      data-testid="judge-verdict"
      data-verdict={judged.verdict}
      data-differs={differs}
    >
      Judge: {verdictWords[judged.verdict]}
      {judged.quote && <> — “{judged.quote}”</>}
      {differs && <strong> (the local score says {verdictWords[point.status]})</strong>}
    </span>
  );
}

/** Where the judge stands on this take: still reading, failed (and why), or who answered. */
export function JudgeStatus({ judge, onAskAgain }: { judge: Judge; onAskAgain?: () => void }) {
  if (judge.state === 'running')
    return (
      <p className="muted" role="status" data-testid="judge-status">
        The judge ({judge.model}) is reading this take…
      </p>
    );
  if (judge.state === 'failed')
    return (
      <p className="field-warning" role="status" data-testid="judge-status">
        The judge could not check these key points:{' '}
        {judge.error ? errorWords(judge.error.code, judge.error.detail) : ''} The local score above is unaffected.
        {onAskAgain && (
          <>
            {' '}
            <button type="button" onClick={onAskAgain}>
              Ask the judge again
            </button>
          </>
        )}
      </p>
    );
  return (
    <p className="muted" data-testid="judge-status">
      Judge verdicts from {judge.model} (prompt v{judge.promptVersion}); the local score does not depend on them.
    </p>
  );
}
